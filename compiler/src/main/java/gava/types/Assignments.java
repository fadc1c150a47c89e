package gava.types;

import gava.syntax.Diagnostics;
import gava.syntax.Expr;
import gava.syntax.Pos;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Assignments and initialisations (spec "Assignment statements", "Variable declarations", "Short variable declarations"). */
abstract class Assignments extends Builtins {
  Assignments(Package pkg, Diagnostics diags) {
    super(pkg, diags);
  }

  /**
   * Checks that x can be assigned to a variable of type T (null: the blank identifier or an
   * untyped context such as print), converting untyped values; x is invalidated on failure.
   */
  @Override
  void assignment(Operand x, Type T, String context) {
    singleValue(x);
    switch (x.mode) {
      case INVALID -> {
        return;
      }
      case CONSTANT, VARIABLE, MAPINDEX, VALUE, NILVALUE, COMMAOK -> {}
      default -> {
        error(x, "cannot assign " + s(x) + " to " + (T == null ? "<nil>" : s(T)) + " in " + context);
        x.mode = Operand.Mode.INVALID;
        return;
      }
    }
    if (Types.isUntyped(x.type)) {
      Type target = T;
      if (x.isNil()) {
        if (T == null) {
          error(x, "use of untyped nil in " + context);
          x.mode = Operand.Mode.INVALID;
          return;
        }
      } else if (T == null || isNonTypeParamInterface(T)) {
        target = Types.defaultType(x.type);
      }
      Implicit r = implicitTypeAndValue(x, target);
      if (r.code() != OK) {
        String msg = "cannot use " + s(x) + " as " + s(target) + " value in " + context;
        if (r.code() == TRUNCATED) msg += " (truncated)";
        else if (r.code() == OVERFLOW) msg += " (overflows)";
        error(x, msg);
        x.mode = Operand.Mode.INVALID;
        return;
      }
      if (r.val() != null) {
        x.val = r.val();
        updateExprVal(x.expr, r.val());
      }
      if (r.type() != x.type) {
        x.type = r.type();
        updateExprType(x.expr, r.type(), false);
      }
    }
    if (Types.under(x.type) instanceof Signature sg && !sg.tparams.isEmpty()) {
      error(x, "cannot use generic function " + s(x.expr) + " without instantiation in " + context);
    }
    if (T == null) return;
    StringBuilder reason = new StringBuilder();
    if (!assignableTo(x, T, reason)) {
      // gc's wording (types2 with CompilerErrorMessages): the reason on a continuation line
      if (reason.length() > 0) error(x, "cannot use " + s(x) + " as type " + s(T) + " in " + context + ":\n\t" + reason);
      else error(x, "cannot use " + s(x) + " as type " + s(T) + " in " + context);
      x.mode = Operand.Mode.INVALID;
    }
  }

  void initConst(Const lhs, Operand x) {
    if (x.invalid() || Types.isInvalid(x.type) || Types.isInvalid(lhs.type)) {
      if (lhs.type == null) lhs.type = Universe.INVALID;
      return;
    }
    if (x.mode != Operand.Mode.CONSTANT) {
      error(x, s(x) + " is not constant");
      if (lhs.type == null) lhs.type = Universe.INVALID;
      return;
    }
    if (lhs.type == null) lhs.type = x.type;
    assignment(x, lhs.type, "constant declaration");
    if (x.invalid()) return;
    lhs.value = x.val;
  }

  /** Returns the type assigned, or null on failure. */
  Type initVar(Var lhs, Operand x, String context) {
    if (x.invalid() || Types.isInvalid(x.type) || Types.isInvalid(lhs.type)) {
      if (lhs.type == null) lhs.type = Universe.INVALID;
      lhs.used = true;
      return null;
    }
    if (lhs.type == null) {
      Type t = x.type;
      if (Types.isUntyped(t)) {
        if (t == Universe.UNTYPED_NIL) {
          error(x, "use of untyped nil in " + context);
          lhs.type = Universe.INVALID;
          return null;
        }
        t = Types.defaultType(t);
      }
      lhs.type = t;
    }
    assignment(x, lhs.type, context);
    if (x.invalid()) {
      lhs.used = true;
      return null;
    }
    return x.type;
  }

  void assignError(List<Expr> rhs, int nvars, int nvals) {
    String vars = measure(nvars, "variable"), vals = measure(nvals, "value");
    Expr rhs0 = rhs.get(0);
    if (rhs.size() == 1 && unparen(rhs0) instanceof Expr.Call call) {
      error(rhs0, "assignment mismatch: " + vars + " but " + s(call.fun) + " returns " + vals);
      return;
    }
    error(rhs0, "assignment mismatch: " + vars + " but " + vals);
  }

  static String measure(int n, String unit) {
    return n + " " + unit + (n != 1 ? "s" : "");
  }

  /** initVars: lhs variables initialised from rhs; returnPos non-null for return statements. */
  void initVars(List<Var> lhs, List<Expr> origRhs, Pos returnPos) {
    List<Operand> rhs = exprList(origRhs, lhs.size() == 2 && returnPos == null);
    boolean commaOk = origRhs.size() == 1 && rhs.size() == 2 && lhs.size() == 2 && returnPos == null
        && (rhs.get(0).mode == Operand.Mode.MAPINDEX || rhs.get(0).mode == Operand.Mode.COMMAOK);
    if (lhs.size() != rhs.size()) {
      for (Var v : lhs) {
        v.used = true;
        if (v.type == null) v.type = Universe.INVALID;
      }
      for (Operand x : rhs) if (x.invalid()) return;
      if (returnPos != null) {
        Pos at = returnPos;
        String q = "not enough";
        if (rhs.size() > lhs.size()) {
          at = startPos(rhs.get(lhs.size()).expr);
          q = "too many";
        } else if (!rhs.isEmpty()) {
          at = startPos(rhs.get(rhs.size() - 1).expr);
        }
        List<Type> have = new ArrayList<>();
        for (Operand x : rhs) have.add(x.type);
        List<Type> want = new ArrayList<>();
        for (Var v : lhs) want.add(v.type);
        error(at, q + " return values\n\thave " + typesSummary(have, false) + "\n\twant " + typesSummary(want, false));
        return;
      }
      assignError(origRhs, lhs.size(), rhs.size());
      return;
    }
    String context = returnPos != null ? "return statement" : "assignment";
    if (commaOk) {
      Type a0 = initVar(lhs.get(0), rhs.get(0), context);
      Type a1 = initVar(lhs.get(1), rhs.get(1), context);
      recordCommaOkTypes(origRhs.get(0), a0 == null ? Universe.INVALID : a0, a1);
      return;
    }
    boolean ok = true;
    for (int i = 0; i < lhs.size(); i++) {
      if (initVar(lhs.get(i), rhs.get(i), context) == null) ok = false;
    }
    if (!ok) for (Var v : lhs) v.used = true;
  }

  void recordCommaOkTypes(Expr e, Type t0, Type t1) {
    if (t1 == null || Types.isUntyped(t1)) t1 = Universe.BOOL;
    Tuple tt = new Tuple(List.of(new Var(e.pos, pkg, "", t0, false), new Var(e.pos, pkg, "", t1, false)));
    while (true) {
      e.type = tt;
      if (e instanceof Expr.Paren p) e = p.x;
      else break;
    }
  }

  /** Assigns x to the lhs expression; returns the type or null on failure. */
  Type assignVar(Expr lhs, Operand x) {
    if (x.invalid() || Types.isInvalid(x.type)) {
      useLHS(lhs);
      return null;
    }
    Expr.Name ident = unparen(lhs) instanceof Expr.Name n ? n : null;
    if (ident != null && ident.name.equals("_")) {
      recordDef(ident, null);
      assignment(x, null, "assignment to _ identifier");
      if (x.invalid()) return null;
      ident.type = x.type;
      return x.type;
    }
    Var v = null;
    boolean vUsed = false;
    if (ident != null) {
      Obj obj = env.scope.lookup(ident.name);
      if (obj instanceof Var w && w.pkg == pkg) {
        v = w;
        vUsed = w.used;
      }
    }
    Operand z = new Operand();
    expr(z, lhs);
    if (v != null) v.used = vUsed;
    if (z.invalid() || Types.isInvalid(z.type)) return null;
    switch (z.mode) {
      case VARIABLE, MAPINDEX -> {}
      default -> {
        if (z.expr instanceof Expr.Selector sel) {
          Operand op = new Operand();
          expr(op, sel.x);
          if (op.mode == Operand.Mode.MAPINDEX) {
            error(z, "cannot assign to struct field " + s(z.expr) + " in map");
            return null;
          }
        }
        error(z, "cannot assign to " + s(z));
        return null;
      }
    }
    assignment(x, z.type, "assignment");
    if (x.invalid()) return null;
    return x.type;
  }

  void assignVars(List<Expr> lhs, List<Expr> origRhs) {
    List<Operand> rhs = exprList(origRhs, lhs.size() == 2);
    boolean commaOk = origRhs.size() == 1 && rhs.size() == 2 && lhs.size() == 2
        && (rhs.get(0).mode == Operand.Mode.MAPINDEX || rhs.get(0).mode == Operand.Mode.COMMAOK);
    if (lhs.size() != rhs.size()) {
      for (Expr l : lhs) use(l);
      for (Operand x : rhs) if (x.invalid()) return;
      assignError(origRhs, lhs.size(), rhs.size());
      return;
    }
    if (commaOk) {
      Type a0 = assignVar(lhs.get(0), rhs.get(0));
      Type a1 = assignVar(lhs.get(1), rhs.get(1));
      recordCommaOkTypes(origRhs.get(0), a0 == null ? Universe.INVALID : a0, a1);
      return;
    }
    boolean ok = true;
    for (int i = 0; i < lhs.size(); i++) {
      if (assignVar(lhs.get(i), rhs.get(i)) == null) ok = false;
    }
    if (!ok) {
      for (Expr l : lhs) {
        if (unparen(l) instanceof Expr.Name n && env.scope.lookup(n.name) instanceof Var v && v.pkg == pkg) v.used = true;
      }
    }
  }

  /** Evaluates an lhs expression after an error without counting it as a use; blank is skipped. */
  void useLHS(Expr e) {
    Expr u = unparen(e);
    if (u instanceof Expr.Name n) {
      if (n.name.equals("_")) return;
      Obj obj = env.scope.lookup(n.name);
      if (obj instanceof Var v && v.pkg == pkg) {
        boolean used = v.used;
        use(e);
        v.used = used;
        return;
      }
    }
    use(e);
  }

  void shortVarDecl(Pos pos, List<Expr> lhs, List<Expr> rhs) {
    Scope scope = env.scope;
    Set<String> seen = new HashSet<>();
    Var[] lhsVars = new Var[lhs.size()];
    List<Var> newVars = new ArrayList<>();
    List<Expr.Name> newIdents = new ArrayList<>();
    boolean hasErr = false;
    for (int i = 0; i < lhs.size(); i++) {
      Expr l = lhs.get(i);
      if (!(l instanceof Expr.Name ident)) {
        use(l);
        error(l, "non-name " + s(l) + " on left side of :=");
        hasErr = true;
        continue;
      }
      String name = ident.name;
      if (!name.equals("_")) {
        if (!seen.add(name)) {
          error(l, s(l) + " repeated on left side of :=");
          hasErr = true;
          continue;
        }
      }
      Obj alt = name.equals("_") ? null : scope.lookupLocal(name);
      if (alt != null) {
        recordUse(ident, alt);
        if (alt instanceof Var w) lhsVars[i] = w;
        else {
          error(l, "cannot assign to " + s(l));
          hasErr = true;
        }
        continue;
      }
      Var obj = new Var(ident.pos, pkg, name, null, false);
      lhsVars[i] = obj;
      if (!name.equals("_")) {
        newVars.add(obj);
        newIdents.add(ident);
      }
      recordDef(ident, obj);
    }
    List<Var> vars = new ArrayList<>();
    for (int i = 0; i < lhsVars.length; i++) {
      if (lhsVars[i] == null) lhsVars[i] = new Var(lhs.get(i).pos, pkg, "_", null, false);
      vars.add(lhsVars[i]);
    }
    initVars(vars, rhs, null);
    for (int i = 0; i < lhs.size(); i++) {
      if (lhs.get(i) instanceof Expr.Name n && lhsVars[i].type != null) {
        n.type = lhsVars[i].type;
      }
    }
    if (newVars.isEmpty() && !hasErr) {
      error(pos, "no new variables on left side of :=");
      return;
    }
    for (int i = 0; i < newVars.size(); i++) {
      declareLocal(newIdents.get(i), newVars.get(i));
    }
  }

  /** Declares a local variable in the current scope and remembers it for the unused check. */
  void declareLocal(Expr.Name id, Var v) {
    if (declare(env.scope, id, v) && env.locals != null && !v.name.equals("_")) env.locals.add(v);
  }
}
