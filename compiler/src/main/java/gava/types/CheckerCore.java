package gava.types;

import gava.syntax.Decl;
import gava.syntax.Diagnostics;
import gava.syntax.Expr;
import gava.syntax.Pos;
import gava.syntax.Stmt;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * State shared by all parts of the checker (the classes between this one and {@link Checker} each
 * implement one area of the spec): the package, diagnostics, package-level declaration infos, the
 * untyped-expression table, the current environment, and error reporting and recording helpers.
 * Cross-area calls go through the abstract methods declared here.
 */
abstract class CheckerCore {
  final Package pkg;
  final Diagnostics diags;

  /** Package-level objects (consts, vars, types, funcs, methods) in source order with their declarations. */
  final Map<Obj, DeclInfo> objMap = new LinkedHashMap<>();
  /** Object colors for cycle detection: absent = white, GREY = on objPath, BLACK = done. */
  final Map<Obj, Integer> color = new IdentityHashMap<>();
  final List<Obj> objPath = new ArrayList<>();
  /** Methods declared for each (package-level) base type name, in source order. */
  final Map<TypeName, List<Func>> methods = new LinkedHashMap<>();
  /** Untyped expressions whose final type is not known yet. */
  final Map<Expr, Untyped> untyped = new LinkedHashMap<>();
  /** Function bodies and other work to do once package-level declarations are done. */
  final List<Runnable> delayed = new ArrayList<>();
  /** Variables whose address/type are needed later: local variables declared in the current function. */
  Env env = new Env();
  int errorCount;
  /** Instances of generic types and substitution. */
  final Instantiator instantiator = new Instantiator(this);
  /** The instantiation graph, checked for cycles at the end (types2 mono.go). */
  final Mono mono = new Mono(this);
  /** Finds imported packages (see {@link Importer}). */
  Importer importer = Importer.NONE;
  /** Every import declaration's package name, in source order (for "imported and not used"). */
  final List<PkgName> imports = new ArrayList<>();
  /** Objects a dot import put into a file scope: file scope -> name -> the import's package name. */
  final Map<Scope, Map<String, PkgName>> dotImports = new IdentityHashMap<>();
  /** Packages standing in for imports that could not be found (their names are never reported unused). */
  final Set<Package> fakeImports = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

  /** A dot-imported object was used: its import counts as used (types2 dotImportMap). */
  void markDotImport(String name, Obj obj) {
    if (dotImports.isEmpty() || obj.pkg == null || obj.pkg == pkg) return;
    for (Scope s = env.scope; s != null; s = s.outer) {
      if (s.lookupLocal(name) == null) continue;
      Map<String, PkgName> m = dotImports.get(s);
      PkgName pn = m == null ? null : m.get(name);
      if (pn != null) pn.used = true;
      return;
    }
  }

  static final int GREY = 1, BLACK = 2;

  /** An untyped expression: its current mode, untyped type, value, and whether it is a shift lhs operand. */
  static final class Untyped {
    Operand.Mode mode;
    Basic type;
    Constant val;
    boolean isLhs;
    /** For a shift lhs: the shift expression (for gc's message). */
    Expr parent;

    Untyped(Operand.Mode mode, Basic type, Constant val) {
      this.mode = mode;
      this.type = type;
      this.val = val;
    }
  }

  /** Where the checker currently is (types2's environment). */
  static final class Env {
    DeclInfo decl;
    Scope scope;
    /** Value of iota in a constant declaration, else null. */
    Constant iota;
    /** If set, errors are reported at this position (inherited constant initialisers). */
    Pos errpos;
    /** The signature of the function whose body is being checked, else null. */
    Signature sig;
    /** Local variables declared in the current function body (for "declared and not used"). */
    List<Var> locals;
    boolean hasLabel;
    boolean hasCallOrRecv;
    /** The enclosing function body's scope chain top (the function scope). */
    Scope funcScope;
    /** Inside a type parameter list (types2 inTParamList: a cycle through a generic type there is invalid). */
    boolean inTParamList;

    Env copy() {
      Env e = new Env();
      e.decl = decl;
      e.scope = scope;
      e.iota = iota;
      e.errpos = errpos;
      e.sig = sig;
      e.locals = locals;
      e.hasLabel = hasLabel;
      e.hasCallOrRecv = hasCallOrRecv;
      e.funcScope = funcScope;
      return e;
    }
  }

  /** The declaration of a package-level object. */
  static final class DeclInfo {
    Scope fileScope;
    /** For var decls with one initializer for several variables: all of them. */
    List<Var> lhs;
    Expr vtyp;
    Expr init;
    boolean inherited;
    int iota;
    Decl.Type tdecl;
    Decl.Func fdecl;
    /** Package-level objects this declaration refers to (for initialisation order). */
    final Set<Obj> deps = new LinkedHashSet<>();
  }

  CheckerCore(Package pkg, Diagnostics diags) {
    this.pkg = pkg;
    this.diags = diags;
  }

  // ---------------------------------------------------------------- errors

  void error(Pos pos, String msg) {
    if (errorCount > 0 && (msg.indexOf("invalid operand") > 0 || msg.indexOf("invalid type") > 0)) return;
    if (env.errpos != null) pos = env.errpos;
    errorCount++;
    diags.error(pos == null ? Pos.NONE : pos, msg);
  }

  void error(Expr at, String msg) {
    error(startPos(at), msg);
  }

  void error(Operand at, String msg) {
    error(at.expr == null ? Pos.NONE : startPos(at.expr), msg);
  }

  /** A multi-part error: first part's message, then "\n\tpos: msg" for each further part. */
  void errorParts(Pos pos, String msg, Object... rest) {
    StringBuilder b = new StringBuilder(msg);
    for (int i = 0; i + 1 < rest.length; i += 2) {
      b.append("\n\t");
      Pos p = (Pos) rest[i];
      if (p != null && p.line() > 0) b.append(p).append(": ");
      b.append(rest[i + 1]);
    }
    error(pos, b.toString());
  }

  String s(Operand x) {
    return x.str(pkg);
  }

  String s(Type t) {
    return TypeString.of(t, pkg);
  }

  static String s(Expr e) {
    return ExprString.of(e);
  }

  /** Where gc reports an error at an expression (syntax.StartPos). */
  static Pos startPos(Expr e) {
    if (e == null) return Pos.NONE;
    return gava.syntax.Positions.startPos(e);
  }

  /** gc's position of a node (e.Pos()). */
  static Pos gcPos(gava.syntax.Node n) {
    return gava.syntax.Positions.gcPos(n);
  }

  /** Position of the operator for operations, else the start (types2's opPos). */
  static Pos opPos(Expr e) {
    if (e instanceof Expr.Operation op) return gcPos(op);
    return startPos(e);
  }

  static Expr unparen(Expr e) {
    while (e instanceof Expr.Paren p) e = p.x;
    return e;
  }

  // ---------------------------------------------------------------- recording

  /** Records the result of checking e into the tree (or remembers it while still untyped). */
  void record(Operand x) {
    Expr e = x.expr;
    if (e == null) return;
    Type t = x.type;
    Constant v = x.mode == Operand.Mode.CONSTANT ? x.val : null;
    switch (x.mode) {
      case INVALID -> t = Universe.INVALID;
      case NOVALUE -> t = Tuple.EMPTY;
      case BUILTIN -> t = null;
      default -> {}
    }
    if (t != null && Types.isUntyped(t) && x.mode != Operand.Mode.INVALID) {
      Untyped u = untyped.get(e);
      if (u == null) untyped.put(e, new Untyped(x.mode, (Basic) t, v));
      else {
        u.mode = x.mode;
        u.type = (Basic) t;
        u.val = v;
      }
      e.type = t;
      e.value = v;
    } else {
      recordTypeAndValue(e, x.mode, t, v);
    }
  }

  void recordTypeAndValue(Expr e, Operand.Mode mode, Type t, Constant v) {
    if (e == null) return;
    e.type = t;
    e.value = mode == Operand.Mode.CONSTANT ? v : null;
  }

  void recordUse(Expr.Name n, Obj o) {
    n.obj = o;
  }

  void recordDef(Expr.Name n, Obj o) {
    if (n != null) {
      n.obj = o;
      if (o != null) declNames.add(n);
    }
  }

  /** Declaring names: they get the type (and constant value) of their object at the end. */
  final List<Expr.Name> declNames = new ArrayList<>();

  /** Records that the current declaration depends on package-level object o. */
  void addDeclDep(Obj o) {
    if (env.decl == null) return;
    if (o instanceof Func f && f.origin != null) o = f.origin;
    if (!objMap.containsKey(o)) return;
    env.decl.deps.add(o);
  }

  void later(Runnable r) {
    delayed.add(r);
  }

  /** Declares obj in scope s, reporting a redeclaration; the name node (if any) records obj. */
  /** Declares obj in s; false (after reporting) if the name is already declared there. */
  boolean declare(Scope s, Expr.Name id, Obj obj) {
    if (id != null) recordDef(id, obj);
    if (obj.name.equals("_")) return true;
    Obj alt = s.insert(obj);
    if (alt != null) {
      errorParts(obj.pos, obj.name + " redeclared in this block", alt.pos, "other declaration of " + obj.name);
      return false;
    }
    return true;
  }

  // ---------------------------------------------------------------- cross-area entry points

  abstract void objDecl(Obj obj, Named def);

  abstract Type typ(Expr e);

  abstract Type varType(Expr e);

  abstract Type definedType(Expr e, Named def);

  abstract void expr(Operand x, Expr e);

  abstract void exprOrType(Operand x, Expr e);

  abstract void exprWithHint(Operand x, Expr e, Type hint);

  abstract void rawExpr(Operand x, Expr e, Type hint, boolean allowGeneric);

  abstract void multiExpr(List<Operand> out, Expr e);

  abstract void assignment(Operand x, Type t, String context);

  abstract void convertUntyped(Operand x, Type target);

  abstract void updateExprType(Expr e, Type t, boolean fin);

  abstract void funcBody(String name, Signature sig, Stmt.Block body, Constant iota, Scope sigScope);

  abstract Signature funcType(Expr.Field recv, List<Expr.Field> tparams, Expr.FuncType ftype, Scope sigScope);

  abstract void conversion(Operand x, Type t);

  abstract void singleValue(Operand x);

  abstract void declStmt(List<Decl> decls);
}
