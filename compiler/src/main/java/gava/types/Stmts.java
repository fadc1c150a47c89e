package gava.types;

import gava.syntax.Decl;
import gava.syntax.Diagnostics;
import gava.syntax.Expr;
import gava.syntax.Pos;
import gava.syntax.Stmt;
import gava.syntax.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Statements (spec "Statements") and function bodies, local declarations. */
abstract class Stmts extends Assignments {
  Stmts(Package pkg, Diagnostics diags) {
    super(pkg, diags);
  }

  @Override
  void funcBody(String name, Signature sig, Stmt.Block body, Constant iota, Scope sigScope) {
    Env saved = env;
    env = new Env();
    env.decl = saved.decl;
    env.scope = sigScope;
    env.iota = iota;
    env.sig = sig;
    env.locals = new ArrayList<>();
    env.funcScope = sigScope;
    try {
      Branches.check(pkg, body, (p, m) -> {}); // the parser reports branch errors; this records labels
      stmtList(body.list);
      if (sig.results.size() > 0 && !new Terminating(panics).isTerminatingList(body.list, "")) {
        error(body.rbrace, "missing return");
      }
      List<Var> unused = new ArrayList<>();
      for (Var v : env.locals) if (!v.used) unused.add(v);
      unused.sort(Comparator.comparing((Var v) -> v.pos));
      for (Var v : unused) error(v.pos, v.name + " declared but not used");
    } finally {
      env = saved;
    }
  }

  void openScope(String comment) {
    env.scope = new Scope(env.scope, comment);
  }

  void closeScope() {
    env.scope = env.scope.outer;
  }

  void stmtList(List<Stmt> list) {
    for (Stmt s : list) stmt(s);
  }

  void simpleStmt(Stmt s) {
    if (s != null) stmt(s);
  }

  void stmt(Stmt s0) {
    diags.at(s0.pos);
    switch (s0) {
      case Stmt.Empty s -> {}
      case Stmt.Bad s -> {}
      case Stmt.DeclStmt s -> declStmt(s.decls);
      case Stmt.Labeled s -> stmt(s.stmt);
      case Stmt.ExprStmt s -> {
        Operand x = new Operand();
        rawExpr(x, s.x, null, false);
        String msg;
        switch (x.mode) {
          case INVALID -> {
            return;
          }
          case BUILTIN -> msg = "must be called";
          case TYPEXPR -> msg = "is not an expression";
          default -> {
            if (isStatementKind(s.x)) return;
            msg = "is not used";
          }
        }
        error(x, s(x) + " " + msg);
      }
      case Stmt.Send s -> {
        Operand ch = new Operand(), val = new Operand();
        expr(ch, s.chan);
        expr(val, s.val);
        if (ch.invalid() || val.invalid()) return;
        if (!(Types.coreType(ch.type) instanceof Chan uch)) {
          error(s.pos, INVALID_OP + "cannot send to non-channel " + s(ch));
          return;
        }
        if (uch.dir == Expr.ChanDir.RECV) {
          error(s.pos, INVALID_OP + "cannot send to receive-only channel " + s(ch));
          return;
        }
        assignment(val, uch.elem, "send");
      }
      case Stmt.IncDec s -> {
        Operand x = new Operand();
        expr(x, s.x);
        if (x.invalid()) return;
        if (!Types.allNumeric(x.type)) {
          String op = s.inc ? "++" : "--";
          error(s.x, INVALID_OP + s(s.x) + op + " (non-numeric type " + s(x.type) + ")");
          return;
        }
        assignVar(s.x, x);
      }
      case Stmt.Assign s -> {
        if (s.op == Token.ASSIGN) {
          assignVars(s.lhs, s.rhs);
          return;
        }
        if (s.op == Token.DEFINE) {
          shortVarDecl(s.pos, s.lhs, s.rhs);
          return;
        }
        Token op = s.op.assignOp();
        if (op == null || s.lhs.size() != 1 || s.rhs.size() != 1) {
          error(s.pos, "assignment operation " + s.op.text + " requires single-valued expressions");
          return;
        }
        Operand x = new Operand();
        binary(x, null, s.lhs.get(0), s.rhs.get(0), op);
        assignVar(s.lhs.get(0), x);
      }
      case Stmt.GoDefer s -> {
        String kw = s.tok == Token.GO ? "go" : "defer";
        Operand x = new Operand();
        rawExpr(x, s.call, null, false);
        if (x.invalid()) return;
        Expr c = unparen(s.call);
        String msg;
        if (c instanceof Expr.Call call) {
          if (call.callKind == Expr.CallKind.CONVERSION) msg = "requires function call, not conversion";
          else if (isStatementKind(c)) return;
          else msg = "discards result of";
        } else {
          error(s.call, "expression in " + kw + " must be function call");
          return;
        }
        error(x, kw + " " + msg + " " + s(x));
      }
      case Stmt.Return s -> returnStmt(s);
      case Stmt.Branch s -> {}
      case Stmt.Block s -> {
        openScope("block");
        try {
          stmtList(s.list);
        } finally {
          closeScope();
        }
      }
      case Stmt.If s -> {
        openScope("if");
        try {
          simpleStmt(s.init);
          Operand x = new Operand();
          expr(x, s.cond);
          if (!x.invalid() && !Types.allBoolean(x.type)) error(s.cond, "non-boolean condition in if statement");
          finalizeCond(x);
          stmt(s.then);
          if (s.els != null) stmt(s.els);
        } finally {
          closeScope();
        }
      }
      case Stmt.Switch s -> {
        openScope("switch");
        try {
          simpleStmt(s.init);
          if (s.tag instanceof Expr.TypeSwitchGuard g) typeSwitchStmt(s, g);
          else switchStmt(s);
        } finally {
          closeScope();
        }
      }
      case Stmt.Select s -> selectStmt(s);
      case Stmt.For s -> {
        openScope("for");
        try {
          simpleStmt(s.init);
          if (s.cond != null) {
            Operand x = new Operand();
            expr(x, s.cond);
            if (!x.invalid() && !Types.allBoolean(x.type)) error(s.cond, "non-boolean condition in for statement");
            finalizeCond(x);
          }
          simpleStmt(s.post);
          stmt(s.body);
        } finally {
          closeScope();
        }
      }
      case Stmt.Range s -> rangeStmt(s);
      case Stmt.CaseClause s -> error(s.pos, "invalid statement");
      case Stmt.CommClause s -> error(s.pos, "invalid statement");
    }
  }

  /** A condition's untyped bool gets its final type bool. */
  private void finalizeCond(Operand x) {
    if (!x.invalid() && Types.isUntyped(x.type) && x.expr != null) updateExprType(x.expr, Universe.BOOL, true);
  }

  /** Calls of functions, receive operations and built-ins of "statement" kind may stand alone. */
  private boolean isStatementKind(Expr e) {
    e = unparen(e);
    if (e instanceof Expr.Operation op && op.y == null && op.op == Token.ARROW) return true;
    if (e instanceof Expr.Call c) {
      if (c.callKind == Expr.CallKind.CALL) return true;
      if (c.callKind == Expr.CallKind.BUILTIN && unparen(c.fun) instanceof Expr.Name n && n.obj instanceof Builtin b) {
        return switch (b.id) {
          case CLOSE, COPY, DELETE, PANIC, PRINT, PRINTLN, RECOVER, CLEAR -> true;
          default -> false;
        };
      }
      if (c.callKind == Expr.CallKind.BUILTIN && c.fun instanceof Expr.Selector) return false;
    }
    return false;
  }

  private void returnStmt(Stmt.Return s) {
    Tuple res = env.sig.results;
    if (s.results.isEmpty() && res.size() > 0 && !res.vars.get(0).name.isEmpty()) {
      for (Var v : res.vars) {
        Obj alt = env.scope.lookup(v.name);
        if (alt != null && alt != v) {
          error(s.pos, "result parameter " + v.name + " not in scope at return\n\t" + alt.pos + ": inner declaration of " + objString(alt));
        }
      }
      return;
    }
    initVars(res.vars, s.results, s.pos);
  }

  String objString(Obj o) {
    String kind = switch (o) {
      case Var v -> "var";
      case Const c -> "const";
      case TypeName t -> "type";
      case Func f -> "func";
      default -> "";
    };
    return kind + " " + o.name + (o.type != null ? " " + s(o.type) : "");
  }

  // ---------------------------------------------------------------- switch statements

  private void switchStmt(Stmt.Switch s) {
    Operand x = new Operand();
    if (s.tag != null) {
      expr(x, s.tag);
      assignment(x, null, "switch expression");
      if (!x.invalid() && !Types.comparable(x.type) && !Types.hasNil(x.type)) {
        error(x, "cannot switch on " + s(x) + " (" + s(x.type) + " is not comparable)");
        x.mode = Operand.Mode.INVALID;
      }
    } else {
      x.mode = Operand.Mode.CONSTANT;
      x.type = Universe.BOOL;
      x.val = Constant.TRUE;
      Pos pos = s.clauses.isEmpty() ? s.rbrace : s.clauses.get(0).pos;
      x.expr = new Expr.Name(pos, "true");
    }
    multipleDefaults(s.clauses);
    Map<Constant, List<Object[]>> seen = new HashMap<>();
    for (Stmt.CaseClause clause : s.clauses) {
      caseValues(x, clause.cases, seen);
      openScope("case");
      try {
        stmtList(clause.body);
      } finally {
        closeScope();
      }
    }
  }

  private void multipleDefaults(List<Stmt.CaseClause> clauses) {
    Stmt.CaseClause first = null;
    for (Stmt.CaseClause c : clauses) {
      if (c.isDefault) {
        if (first != null) error(c.pos, "multiple defaults (first at " + first.pos + ")");
        else first = c;
      }
    }
  }

  private void caseValues(Operand x, List<Expr> values, Map<Constant, List<Object[]>> seen) {
    for (Expr e : values) {
      Operand v = new Operand();
      expr(v, e);
      if (x.invalid() || v.invalid()) continue;
      convertUntyped(v, x.type);
      if (v.invalid()) continue;
      Operand res = new Operand();
      res.copyFrom(v);
      comparison(res, x, Token.EQL, true);
      if (res.invalid()) continue;
      if (v.mode != Operand.Mode.CONSTANT) continue;
      Constant key = v.val;
      if (key.kind == Constant.Kind.BOOL || key.kind == Constant.Kind.COMPLEX) continue;
      List<Object[]> prev = seen.computeIfAbsent(key, k -> new ArrayList<>());
      boolean dup = false;
      for (Object[] vt : prev) {
        if (Types.identical(v.type, (Type) vt[1])) {
          error(v, "duplicate case " + s(v) + " in expression switch\n\t" + vt[0] + ": previous case");
          dup = true;
          break;
        }
      }
      if (!dup) prev.add(new Object[] {startPos(v.expr), v.type});
    }
  }

  private void typeSwitchStmt(Stmt.Switch s, Expr.TypeSwitchGuard guard) {
    Expr.Name lhs = guard.lhs;
    if (lhs != null) {
      if (lhs.name.equals("_")) {
        error(lhs, "no new variable on left side of :=");
        lhs = null;
      } else {
        recordDef(lhs, null);
      }
    }
    Operand x = new Operand();
    expr(x, guard.x);
    if (x.invalid()) return;
    guard.type = x.type;
    Operand sx = null;
    if (x.type instanceof TypeParam) {
      error(x, "cannot use type switch on type parameter value " + s(x));
    } else if (Types.under(x.type) instanceof Interface) {
      sx = x;
    } else {
      error(x, s(x) + " is not an interface");
    }
    multipleDefaults(s.clauses);
    List<Var> lhsVars = new ArrayList<>();
    List<Object[]> seen = new ArrayList<>();
    for (Stmt.CaseClause clause : s.clauses) {
      Type T = caseTypes(sx, clause.cases, seen);
      openScope("case");
      try {
        if (lhs != null) {
          if (clause.cases.size() != 1 || T == null) T = x.type;
          Var obj = new Var(lhs.pos, pkg, lhs.name, T, false);
          declare(env.scope, null, obj);
          clause.implicitObj = obj;
          lhsVars.add(obj);
        }
        stmtList(clause.body);
      } finally {
        closeScope();
      }
    }
    if (lhs != null) {
      boolean used = false;
      for (Var v : lhsVars) {
        if (v.used) used = true;
        v.used = true;
      }
      if (!used) error(lhs.pos, lhs.name + " declared but not used");
    }
  }

  private Type caseTypes(Operand x, List<Expr> types, List<Object[]> seen) {
    Type T = null;
    outer:
    for (Expr e : types) {
      if (unparen(e) instanceof Expr.Name n && env.scope.lookup(n.name) instanceof Nil) {
        T = null;
        Operand dummy = new Operand();
        expr(dummy, e);
      } else {
        T = varType(e);
        if (Types.isInvalid(T)) continue;
      }
      for (Object[] o : seen) {
        Type t = (Type) o[0];
        if ((T == null && t == null) || (T != null && t != null && Types.identical(T, t))) {
          String ts = T == null ? "nil" : s(T);
          error(e, "duplicate case " + ts + " in type switch\n\t" + startPos((Expr) o[1]) + ": previous case");
          continue outer;
        }
      }
      seen.add(new Object[] {T, e});
      if (x != null && T != null) typeAssertion(e, x, T, true);
    }
    return T;
  }

  private void selectStmt(Stmt.Select s) {
    Stmt.CommClause first = null;
    for (Stmt.CommClause c : s.clauses) {
      if (c.comm == null) {
        if (first != null) error(c.pos, "multiple defaults in select (first at " + first.pos + ")");
        else first = c;
      }
    }
    for (Stmt.CommClause clause : s.clauses) {
      boolean valid = false;
      Expr rhs = null;
      switch (clause.comm) {
        case null -> valid = true;
        case Stmt.Send send -> valid = true;
        case Stmt.Assign a -> {
          if (a.rhs.size() == 1) rhs = a.rhs.get(0);
        }
        case Stmt.ExprStmt es -> rhs = es.x;
        default -> {}
      }
      if (rhs != null && unparen(rhs) instanceof Expr.Operation op && op.y == null && op.op == Token.ARROW) valid = true;
      if (!valid) {
        error(gava.syntax.Positions.startPos(clause.comm), "select case must be send or receive (possibly with assignment)");
        continue;
      }
      openScope("case");
      try {
        if (clause.comm != null) stmt(clause.comm);
        stmtList(clause.body);
      } finally {
        closeScope();
      }
    }
  }

  // ---------------------------------------------------------------- range

  private void rangeStmt(Stmt.Range s) {
    Expr sKey = s.key, sValue = s.val;
    Operand x = new Operand();
    expr(x, s.x);
    Type key = null, val = null;
    boolean isInt = false, isFunc = false;
    if (!x.invalid()) {
      String cause = "";
      Type u = Types.coreType(x.type);
      if (u instanceof Chan ch) {
        if (sValue != null) error(sValue, "range over " + s(x) + " permits only one iteration variable");
        if (ch.dir == Expr.ChanDir.SEND) cause = "receive from send-only channel";
      } else {
        if (s.extra != null) error(s.extra, "range clause permits at most two iteration variables");
        if (u == null) cause = s(x.type) + " has no core type";
      }
      if (u instanceof Basic b && b.isInteger()) {
        isInt = true;
        if (sValue != null) error(sValue, "range over " + s(x) + " permits only one iteration variable");
        Type kt = x.type;
        if (Types.isUntyped(kt)) {
          // the type is what it would be if assigned to the iteration variable
          if (!s.define && sKey != null && !(unparen(sKey) instanceof Expr.Name n && n.name.equals("_"))) {
            Operand k = new Operand();
            Var saved = null;
            boolean savedUsed = false;
            if (unparen(sKey) instanceof Expr.Name n && env.scope.lookup(n.name) instanceof Var w) {
              saved = w;
              savedUsed = w.used;
            }
            rawExpr(k, sKey, null, false);
            if (saved != null) saved.used = savedUsed;
            kt = k.invalid() ? Types.defaultType(kt) : k.type;
          } else {
            kt = Types.defaultType(kt);
          }
          convertUntyped(x, kt);
          if (x.invalid()) return;
        }
        key = x.type;
      } else if (u instanceof Signature sig) {
        Type[] kv = rangeFuncKeyVal(sig);
        if (kv == null) {
          cause = "func must be func(yield func(...) bool): " + rangeFuncProblem(sig);
        } else {
          key = kv[0];
          val = kv[1];
          isFunc = true;
          int nparams = yieldParams(sig);
          if (nparams < 2 && sValue != null) error(sValue, "range over " + s(x) + " permits only one iteration variable");
          if (nparams < 1 && sKey != null) error(sKey, "range over " + s(x) + " permits no iteration variables");
        }
      } else {
        Type[] kv = rangeKeyVal(u);
        if (kv != null) {
          key = kv[0];
          val = kv[1];
        }
      }
      if (!isInt && ((key == null && !isFunc) || !cause.isEmpty())) {
        if (cause.isEmpty()) error(x, "cannot range over " + s(x));
        else if (isFuncCause(cause)) error(x, "cannot range over " + s(x) + ": " + cause); // Go 1.23's wording
        else error(x, "cannot range over " + s(x) + " (" + cause + ")");
      }
      if (!isInt && Types.isUntyped(x.type) && x.expr != null) updateExprType(x.expr, Types.defaultType(x.type), true);
    }
    openScope("range");
    try {
      Expr[] lhs = {sKey, sValue};
      Type[] rhs = {key, val};
      if (s.define) {
        List<Var> vars = new ArrayList<>();
        List<Expr.Name> ids = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
          Expr l = lhs[i];
          if (l == null) continue;
          Var obj;
          if (l instanceof Expr.Name ident) {
            obj = new Var(ident.pos, pkg, ident.name, null, false);
            recordDef(ident, obj);
            if (!ident.name.equals("_")) {
              vars.add(obj);
              ids.add(ident);
            }
          } else {
            error(l, "cannot declare " + s(l));
            obj = new Var(l.pos, pkg, "_", null, false);
          }
          if (rhs[i] != null) {
            Operand xv = new Operand(Operand.Mode.VALUE, l, rhs[i], null);
            initVar(obj, xv, "range clause");
            l.type = obj.type;
          } else {
            obj.type = Universe.INVALID;
            obj.used = true;
          }
        }
        if (!vars.isEmpty()) {
          for (int i = 0; i < vars.size(); i++) {
            if (declare(env.scope, null, vars.get(i)) && env.locals != null) env.locals.add(vars.get(i));
          }
        } else if (sKey != null || sValue != null) {
          error(s.pos, "no new variables on left side of :=");
        }
      } else {
        for (int i = 0; i < 2; i++) {
          Expr l = lhs[i];
          if (l == null) continue;
          if (rhs[i] != null) {
            Operand xv = new Operand(Operand.Mode.VALUE, l, rhs[i], null);
            assignVar(l, xv);
          }
        }
      }
      stmt(s.body);
    } finally {
      closeScope();
    }
  }

  static Type[] rangeKeyVal(Type u) {
    switch (u) {
      case Basic b when b.isString() -> {
        return new Type[] {Universe.INT, Universe.RUNE};
      }
      case Array a -> {
        return new Type[] {Universe.INT, a.elem};
      }
      case Slice sl -> {
        return new Type[] {Universe.INT, sl.elem};
      }
      case Pointer p when Types.under(p.elem) instanceof Array a -> {
        return new Type[] {Universe.INT, a.elem};
      }
      case MapType m -> {
        return new Type[] {m.key, m.elem};
      }
      case Chan c -> {
        return new Type[] {c.elem, null};
      }
      case null, default -> {
        return null;
      }
    }
  }

  /** For func(yield func(K, V) bool): {K or null, V or null, marker}; null if not a range func. */
  private static Type[] rangeFuncKeyVal(Signature sig) {
    if (sig.params.size() != 1 || sig.results.size() != 0) return null;
    if (!(Types.coreType(sig.params.at(0)) instanceof Signature y)) return null;
    if (y.results.size() != 1 || !Types.isBoolean(y.results.at(0)) || y.params.size() > 2) return null;
    Type k = y.params.size() > 0 ? y.params.at(0) : null;
    Type v = y.params.size() > 1 ? y.params.at(1) : null;
    return new Type[] {k, v, null};
  }

  private static boolean isFuncCause(String cause) {
    return cause.startsWith("func must be");
  }

  /** What is wrong with a function that is not an iterator (types2's wording, Go 1.23). */
  private static String rangeFuncProblem(Signature sig) {
    if (sig.params.size() != 1) return "wrong argument count";
    if (sig.results.size() != 0) return "wrong result count";
    if (!(Types.coreType(sig.params.at(0)) instanceof Signature y)) return "argument is not func";
    if (y.params.size() > 2) return "yield func has too many parameters";
    return "yield func does not return bool";
  }

  private static int yieldParams(Signature sig) {
    return ((Signature) Types.coreType(sig.params.at(0))).params.size();
  }

  // ---------------------------------------------------------------- local declarations

  @Override
  void declStmt(List<Decl> decls) {
    for (Decl d : decls) {
      switch (d) {
        case Decl.Const c -> {
          List<Const> lhs = new ArrayList<>();
          Constant iota = Constant.ofInt(c.iota);
          for (int i = 0; i < c.names.size(); i++) {
            Expr.Name name = c.names.get(i);
            Const obj = new Const(name.pos, pkg, name.name, null, null);
            lhs.add(obj);
            Expr init = i < c.values.size() ? c.values.get(i) : null;
            constDecl(obj, c.constType, init, c.inherited, iota, name.pos);
          }
          arity(c.pos, c.names, c.values, true, c.inherited);
          for (int i = 0; i < c.names.size(); i++) declare(env.scope, c.names.get(i), lhs.get(i));
        }
        case Decl.Var v -> {
          List<Var> lhs0 = new ArrayList<>();
          for (Expr.Name name : v.names) lhs0.add(new Var(name.pos, pkg, name.name, null, false));
          Type declared = v.varType != null ? varType(v.varType) : null;
          List<Expr> values = v.values;
          for (int i = 0; i < lhs0.size(); i++) {
            Var obj = lhs0.get(i);
            List<Var> lhs = null;
            Expr init = null;
            if (values.size() == v.names.size()) {
              init = values.get(i);
            } else if (values.size() == 1) {
              lhs = lhs0;
              init = values.get(0);
            } else if (i < values.size()) {
              init = values.get(i);
            }
            varDecl(obj, lhs, declared, v.varType != null, init);
            if (values.size() == 1) break;
          }
          if (v.varType == null || !values.isEmpty()) arity(v.pos, v.names, values, false, false);
          for (int i = 0; i < v.names.size(); i++) {
            Var obj = lhs0.get(i);
            if (obj.type == null) obj.type = Universe.INVALID;
            v.names.get(i).type = obj.type;
            declareLocal(v.names.get(i), obj);
          }
        }
        case Decl.Type t -> {
          TypeName obj = new TypeName(t.name.pos, pkg, t.name.name, null);
          obj.alias = t.alias;
          declare(env.scope, t.name, obj);
          color.put(obj, GREY);
          objPath.add(obj);
          try {
            typeDecl(obj, t, null);
          } finally {
            objPath.remove(objPath.size() - 1);
            color.put(obj, BLACK);
          }
        }
        case Decl.Func f -> error(f.pos, "function declaration not allowed here");
        case Decl.Import im -> error(im.pos, "imports must appear before other declarations");
      }
    }
  }

  void arity(Pos pos, List<Expr.Name> names, List<Expr> inits, boolean constDecl, boolean inherited) {
    int l = names.size(), r = inits.size();
    if (l < r) {
      Expr n = inits.get(l);
      if (inherited) error(pos, "extra init expr at " + n.pos);
      else error(n, "extra init expr " + s(n));
    } else if (l > r && (constDecl || r != 1)) {
      Expr.Name n = names.get(r);
      error(n, "missing init expr for " + n.name);
    }
  }

  void constDecl(Const obj, Expr typ, Expr init, boolean inherited, Constant iota, Pos namePos) {
    Env saved = env;
    env = env.copy();
    env.iota = iota;
    if (inherited) env.errpos = namePos;
    try {
      if (typ != null) {
        Type t = typ(typ);
        if (!Types.isConstType(t)) {
          if (!Types.isInvalid(Types.under(t))) error(typ, "invalid constant type " + s(t));
          obj.type = Universe.INVALID;
          return;
        }
        obj.type = t;
      }
      Operand x = new Operand();
      if (init != null) {
        expr(x, init);
      }
      initConst(obj, x);
    } finally {
      env = saved;
    }
  }

  /** Declares one variable; declared is the explicit type (hasType) evaluated once for the declaration. */
  void varDecl(Var obj, List<Var> lhs, Type declared, boolean hasType, Expr init) {
    try {
      varDecl0(obj, lhs, declared, hasType, init);
    } finally {
      // as types2: variables of invalid type (after errors) count as used, avoiding follow-on errors
      if (obj.type == Universe.INVALID) obj.used = true;
      if (lhs != null) for (Var v : lhs) if (v.type == Universe.INVALID) v.used = true;
    }
  }

  private void varDecl0(Var obj, List<Var> lhs, Type declared, boolean hasType, Expr init) {
    if (hasType) obj.type = declared;
    if (init == null) {
      if (!hasType) obj.type = Universe.INVALID;
      return;
    }
    if (lhs == null || lhs.size() == 1) {
      Operand x = new Operand();
      expr(x, init);
      initVar(obj, x, "variable declaration");
      return;
    }
    if (hasType) for (Var v : lhs) v.type = declared;
    initVars(lhs, List.of(init), null);
  }

  abstract void typeDecl(TypeName obj, Decl.Type tdecl, Named def);
}
