package gava.lower;

import gava.syntax.Decl;
import gava.syntax.Expr;
import gava.syntax.Node;
import gava.syntax.Stmt;
import gava.types.Signature;
import gava.types.Var;
import java.util.ArrayList;
import java.util.List;

/**
 * One compilation unit that becomes one static JVM method: a declared function or method, a
 * function literal (closure), or the package initialiser (package-level variable initialisation).
 */
public final class FuncUnit {
  public enum Kind { FUNC, METHOD, CLOSURE, PACKAGE_INIT }

  public final Kind kind;
  /** The declaration for FUNC and METHOD units. */
  public final Decl.Func decl;
  /** The literal for CLOSURE units. */
  public final Expr.FuncLit lit;
  /** The enclosing unit of a closure. */
  public final FuncUnit parent;
  /** JVM method name ({@code ·} stands for Go's {@code .} in frame names). */
  public final String jvmName;
  /** The Go signature (receiver included for methods); null for the package initialiser. */
  public final Signature sig;
  /**
   * Variables of enclosing units this closure uses (directly or through nested closures), in order
   * of first use. They become the leading parameters of the closure's JVM method.
   */
  public final List<Var> captures = new ArrayList<>();
  /** Parameters in JVM order (receiver first for methods), excluding captures. */
  public final List<Var> params = new ArrayList<>();
  /** Result variables (named or anonymous). */
  public final List<Var> results = new ArrayList<>();

  /** The body (not counting nested function literals) contains a defer statement. */
  public boolean hasDefer;

  /**
   * For a RANGE_BODY unit: the range-over-function loop whose body it is (the synthetic yield
   * closure; its iteration variables are declared by it, its defers go to the enclosing function's).
   */
  public Stmt.Range rangeLoop;
  /** A return statement inside a range-over-function body of this function: results live in variables. */
  public boolean rangeReturns;

  int closureCount;
  int rangeCount;
  final String closurePrefix;

  FuncUnit(Kind kind, Decl.Func decl, Expr.FuncLit lit, FuncUnit parent, String jvmName, Signature sig, String closurePrefix) {
    this.kind = kind;
    this.decl = decl;
    this.lit = lit;
    this.parent = parent;
    this.jvmName = jvmName;
    this.sig = sig;
    this.closurePrefix = closurePrefix;
  }

  /** The function body (null for the package initialiser). */
  public Stmt.Block body() {
    return decl != null ? decl.body : lit != null ? lit.body : rangeLoop != null ? rangeLoop.body : null;
  }

  /** The node for positions of diagnostics about this unit. */
  public Node node() {
    return decl != null ? decl : lit != null ? lit : rangeLoop;
  }

  /** The body of a range-over-function loop (a synthetic closure). */
  public boolean isRangeBody() {
    return rangeLoop != null;
  }

  /** The declared function or literal whose code this is: itself, or for a range body, the enclosing one's. */
  public FuncUnit function() {
    FuncUnit u = this;
    while (u.rangeLoop != null && u.parent != null) u = u.parent;
    return u;
  }

  /** Results have names (a bare return returns them). */
  public boolean namedResults() {
    for (Var v : results) if (!v.name.isEmpty()) return true;
    return false;
  }

  @Override
  public String toString() {
    return jvmName;
  }
}
