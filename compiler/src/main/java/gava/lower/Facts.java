package gava.lower;

import gava.syntax.Expr;
import gava.syntax.Node;
import gava.syntax.Stmt;
import gava.types.Func;
import gava.types.Var;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What lowering found out about a package, for code generation. */
public final class Facts {
  /** Every unit in source order (closures after their enclosing unit's start). */
  public final List<FuncUnit> units = new ArrayList<>();
  /** The package initialiser (always present). */
  public FuncUnit packageInit;
  /** init functions in source order. */
  public final List<FuncUnit> initFuncs = new ArrayList<>();

  final Map<Node, FuncUnit> unitOf = new IdentityHashMap<>();
  final Map<Func, String> funcNames = new IdentityHashMap<>();
  final Map<Func, FuncUnit> funcUnits = new IdentityHashMap<>();
  final Set<Var> cells = Collections.newSetFromMap(new IdentityHashMap<>());
  final Set<Var> inPlace = Collections.newSetFromMap(new IdentityHashMap<>());
  final Set<Var> copyOnEntry = Collections.newSetFromMap(new IdentityHashMap<>());
  final Set<Var> captured = Collections.newSetFromMap(new IdentityHashMap<>());
  final Set<Var> addrTaken = Collections.newSetFromMap(new IdentityHashMap<>());
  final Set<Var> written = Collections.newSetFromMap(new IdentityHashMap<>());
  final Map<Stmt.For, List<Var>> loopVars = new IdentityHashMap<>();
  final Map<Var, FuncUnit> owner = new IdentityHashMap<>();

  /** The unit of a function declaration or literal. */
  public FuncUnit unit(Node declOrLit) {
    return unitOf.get(declOrLit);
  }

  /** The unit of a declared function or method, or of a stencilled instance (null if not compiled in this package). */
  public FuncUnit unit(Func f) {
    FuncUnit u = funcUnits.get(f);
    return u != null ? u : f.decl != null ? unitOf.get(f.decl) : null;
  }

  /** JVM method name of a declared function or method (null if it is not compiled, e.g. {@code _}). */
  public String funcName(Func f) {
    String n = funcNames.get(f);
    return n != null ? n : JvmNames.funcName(f);
  }

  /** The variable lives in a cell (a gava.runtime Cell that is also its pointer). */
  public boolean isCell(Var v) {
    return cells.contains(v);
  }

  /**
   * A struct or array variable whose object identity is observable (address taken or captured):
   * assignments to it copy into the existing object instead of rebinding.
   */
  public boolean isInPlace(Var v) {
    return v.isGlobal || inPlace.contains(v);
  }

  /** A struct/array parameter that must be copied on entry (it is mutated, captured or its address is taken). */
  public boolean copyOnEntry(Var v) {
    return copyOnEntry.contains(v);
  }

  /** Used by a closure other than the unit that declares it. */
  public boolean isCaptured(Var v) {
    return captured.contains(v);
  }

  public boolean isAddrTaken(Var v) {
    return addrTaken.contains(v);
  }

  /** Assigned anywhere other than at its declaration (or through a field/element for struct/array vars). */
  public boolean isWritten(Var v) {
    return written.contains(v);
  }

  /**
   * Variables declared by a three-clause for loop's init that need a fresh copy per iteration
   * (Go 1.22): those in cells or assigned in place. Empty when none.
   */
  public List<Var> perIterationVars(Stmt.For f) {
    return loopVars.getOrDefault(f, List.of());
  }

  /** The unit that declares a local variable (null for globals and unknown variables). */
  public FuncUnit owner(Var v) {
    return owner.get(v);
  }

  /** The unit of a function literal. */
  public FuncUnit closure(Expr.FuncLit lit) {
    return unitOf.get(lit);
  }
}
