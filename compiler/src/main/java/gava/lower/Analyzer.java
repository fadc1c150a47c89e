package gava.lower;

import gava.syntax.Decl;
import gava.syntax.Expr;
import gava.syntax.File;
import gava.syntax.Stmt;
import gava.syntax.Token;
import gava.types.Array;
import gava.types.Func;
import gava.types.Selection;
import gava.types.Signature;
import gava.types.Type;
import gava.types.Types;
import gava.types.Var;
import java.util.ArrayList;
import java.util.List;

/**
 * Walks every function body once, recording declarations, uses from closures, writes and
 * address-taking of variables, and creating the compilation units; then decides which variables
 * live in cells ({@link Facts}).
 */
final class Analyzer {
  private final Facts facts;
  private FuncUnit cur;
  private final List<Var> locals = new ArrayList<>();

  Analyzer(Facts facts) {
    this.facts = facts;
  }

  void run(gava.types.Package pkg, List<File> files) {
    run(pkg, files, List.of());
  }

  /** instances: the stencilled instances of generic functions and methods (the generic declarations are skipped). */
  void run(gava.types.Package pkg, List<File> files, List<Stencil.Instance> instances) {
    FuncUnit init = new FuncUnit(FuncUnit.Kind.PACKAGE_INIT, null, null, null, JvmNames.PACKAGE_INIT, null, "glob·");
    facts.packageInit = init;
    facts.units.add(init);
    int initCount = 0;
    // Declared functions first so that their names are known; bodies in source order.
    for (File f : files) {
      for (Decl d : f.decls) {
        if (!(d instanceof Decl.Func fd) || !(fd.name.obj instanceof Func fn) || !(fn.type instanceof Signature sig)) continue;
        if (Stencil.isGeneric(sig)) continue;
        String name;
        FuncUnit.Kind kind = fn.isMethod() ? FuncUnit.Kind.METHOD : FuncUnit.Kind.FUNC;
        if (kind == FuncUnit.Kind.FUNC && fn.name.equals("init") && fd.recv == null) name = JvmNames.initFuncName(initCount++);
        else if (fn.name.equals("_")) continue;
        else name = JvmNames.funcName(fn);
        facts.funcNames.put(fn, name);
        FuncUnit u = new FuncUnit(kind, fd, null, null, name, sig, name);
        facts.unitOf.put(fd, u);
        if (kind == FuncUnit.Kind.FUNC && fn.name.equals("init")) facts.initFuncs.add(u);
      }
    }
    List<FuncUnit> instanceUnits = new ArrayList<>();
    for (Stencil.Instance in : instances) {
      FuncUnit.Kind kind = in.func().isMethod() ? FuncUnit.Kind.METHOD : FuncUnit.Kind.FUNC;
      facts.funcNames.put(in.func(), in.jvmName());
      FuncUnit u = new FuncUnit(kind, in.decl(), null, null, in.jvmName(), in.sig(), in.jvmName());
      facts.unitOf.put(in.decl(), u);
      facts.funcUnits.put(in.func(), u);
      instanceUnits.add(u);
    }
    for (File f : files) {
      for (Decl d : f.decls) {
        switch (d) {
          case Decl.Func fd -> {
            FuncUnit u = facts.unitOf.get(fd);
            if (u == null || fd.body == null) continue;
            facts.units.add(u);
            cur = u;
            declareSignature(u, u.sig);
            block(fd.body);
            cur = null;
          }
          case Decl.Var vd -> {
            cur = init;
            for (Expr v : vd.values) expr(v);
            cur = null;
          }
          default -> {}
        }
      }
    }
    for (FuncUnit u : instanceUnits) {
      facts.units.add(u);
      cur = u;
      declareSignature(u, u.sig);
      block(u.decl.body);
      cur = null;
    }
    decide(pkg);
  }

  private void declareSignature(FuncUnit u, Signature sig) {
    if (sig.recv != null) declareParam(u, sig.recv);
    for (Var v : sig.params.vars) declareParam(u, v);
    for (Var v : sig.results.vars) {
      u.results.add(v);
      declare(v);
    }
  }

  private void declareParam(FuncUnit u, Var v) {
    u.params.add(v);
    declare(v);
  }

  private void declare(Var v) {
    if (v == null || v.isGlobal) return;
    if (facts.owner.putIfAbsent(v, cur) == null) locals.add(v);
  }

  private void use(Var v) {
    if (v == null || v.isGlobal || v.isField) return;
    FuncUnit o = facts.owner.get(v);
    if (o == null) {
      declare(v);
      return;
    }
    if (o == cur) return;
    facts.captured.add(v);
    for (FuncUnit u = cur; u != null && u != o; u = u.parent) {
      if (!u.captures.contains(v)) u.captures.add(v);
    }
  }

  private void written(Expr lhs) {
    Var v = Exprs.rootVar(lhs);
    if (v != null) facts.written.add(v);
  }

  private void addrTaken(Expr e) {
    Var v = Exprs.rootVar(e);
    if (v != null) {
      facts.addrTaken.add(v);
      facts.written.add(v);
    }
  }

  // ---- statements ----

  private void block(Stmt.Block b) {
    if (b != null) for (Stmt s : b.list) stmt(s);
  }

  private void stmts(List<Stmt> list) {
    for (Stmt s : list) stmt(s);
  }

  private void stmt(Stmt s) {
    if (s == null) return;
    switch (s) {
      case Stmt.Block b -> block(b);
      case Stmt.ExprStmt e -> expr(e.x);
      case Stmt.Send se -> { expr(se.chan); expr(se.val); }
      case Stmt.IncDec d -> { written(d.x); expr(d.x); }
      case Stmt.Assign a -> assign(a);
      case Stmt.DeclStmt d -> {
        for (Decl decl : d.decls) {
          if (decl instanceof Decl.Var vd) {
            for (Expr v : vd.values) expr(v);
            for (Expr.Name n : vd.names) if (n.obj instanceof Var v) declare(v);
          }
        }
      }
      case Stmt.Branch br -> {}
      case Stmt.GoDefer g -> {
        if (g.tok == Token.DEFER) cur.function().hasDefer = true;
        expr(g.call);
      }
      case Stmt.Return r -> {
        for (Expr e : r.results) expr(e);
        if (cur.isRangeBody()) rangeReturn();
        if (!r.results.isEmpty() && cur.namedResults()) for (Var v : cur.results) facts.written.add(v);
      }
      case Stmt.If i -> { stmt(i.init); expr(i.cond); block(i.then); stmt(i.els); }
      case Stmt.For f -> {
        stmt(f.init);
        expr(f.cond);
        block(f.body);
        stmt(f.post);
        if (f.init instanceof Stmt.Assign a && a.op == Token.DEFINE) {
          List<Var> vs = new ArrayList<>();
          for (Expr l : a.lhs) if (Exprs.var(l) instanceof Var v && facts.owner.get(v) == cur) vs.add(v);
          facts.loopVars.put(f, vs); // filtered in decide()
        }
      }
      case Stmt.Range r when isRangeFunc(r) -> rangeBody(r);
      case Stmt.Range r -> {
        expr(r.x);
        if (r.define) {
          for (Expr e : new Expr[] {r.key, r.val}) if (e != null && Exprs.var(e) instanceof Var v) declare(v);
        } else {
          for (Expr e : new Expr[] {r.key, r.val}) if (e != null) { written(e); expr(e); }
        }
        block(r.body);
      }
      case Stmt.Switch sw -> {
        stmt(sw.init);
        if (sw.tag instanceof Expr.TypeSwitchGuard g) expr(g.x);
        else expr(sw.tag);
        for (Stmt.CaseClause c : sw.clauses) {
          if (c.implicitObj instanceof Var v) declare(v);
          if (!(sw.tag instanceof Expr.TypeSwitchGuard)) for (Expr e : c.cases) expr(e);
          stmts(c.body);
        }
      }
      case Stmt.Select sel -> {
        for (Stmt.CommClause c : sel.clauses) { stmt(c.comm); stmts(c.body); }
      }
      case Stmt.CaseClause c -> stmts(c.body);
      case Stmt.CommClause c -> { stmt(c.comm); stmts(c.body); }
      case Stmt.Labeled l -> stmt(l.stmt);
      case Stmt.Empty e -> {}
      case Stmt.Bad b -> {}
    }
  }

  private void assign(Stmt.Assign a) {
    for (Expr r : a.rhs) expr(r);
    if (a.op == Token.DEFINE) {
      for (Expr l : a.lhs) {
        Var v = Exprs.var(l);
        if (v == null) continue;
        if (facts.owner.containsKey(v)) {
          use(v);
          facts.written.add(v);
        } else {
          declare(v);
        }
      }
    } else {
      for (Expr l : a.lhs) {
        written(l);
        expr(l);
      }
    }
  }

  // ---- expressions ----

  private void expr(Expr e) {
    if (e == null) return;
    switch (e) {
      case Expr.Name n -> { if (n.obj instanceof Var v) use(v); }
      case Expr.BasicLit b -> {}
      case Expr.CompositeLit c -> {
        for (Expr el : c.elems) {
          if (el instanceof Expr.KeyValue kv) {
            if (!(kv.key instanceof Expr.Name kn && (kn.obj == null || kn.obj instanceof Var fv && fv.isField))) expr(kv.key);
            expr(kv.val);
          } else {
            expr(el);
          }
        }
      }
      case Expr.KeyValue kv -> { expr(kv.key); expr(kv.val); }
      case Expr.FuncLit f -> closure(f);
      case Expr.Paren p -> expr(p.x);
      case Expr.Selector s -> {
        Selection sel = Exprs.selection(s);
        if (sel == null) {
          if (!Exprs.isType(s.x)) expr(s.x);
          return;
        }
        switch (sel.kind()) {
          case QUALIFIED, METHOD_EXPR -> {}
          case FIELD -> expr(s.x);
          case METHOD_VALUE -> {
            if (sel.addressed() && !sel.indirect()) addrTaken(s.x);
            expr(s.x);
          }
        }
      }
      case Expr.Index i -> { expr(i.x); for (Expr x : i.indices) expr(x); }
      case Expr.Slice s -> {
        Type xt = Exprs.type(s.x);
        if (xt != null && Types.under(xt) instanceof Array) addrTaken(s.x);
        expr(s.x); expr(s.lo); expr(s.hi); expr(s.max);
      }
      case Expr.Assert a -> expr(a.x);
      case Expr.TypeSwitchGuard g -> expr(g.x);
      case Expr.Operation o -> {
        if (o.y == null && o.op == Token.AND) addrTaken(o.x);
        if (o.y == null && o.op == Token.MUL && Exprs.isType(o.x)) return;
        expr(o.x);
        expr(o.y);
      }
      case Expr.Call c -> {
        if (Exprs.isType(c.fun)) {
          for (Expr a : c.args) expr(a);
          return;
        }
        expr(c.fun);
        for (Expr a : c.args) expr(a);
      }
      case Expr.Bad b -> {}
      case Expr.ArrayType t -> {}
      case Expr.SliceType t -> {}
      case Expr.DotsType t -> {}
      case Expr.StructType t -> {}
      case Expr.InterfaceType t -> {}
      case Expr.FuncType t -> {}
      case Expr.MapType t -> {}
      case Expr.ChanType t -> {}
    }
  }

  private void closure(Expr.FuncLit f) {
    FuncUnit parent = cur;
    String name = parent.kind == FuncUnit.Kind.CLOSURE
        ? parent.jvmName + "·" + (++parent.closureCount)
        : parent.closurePrefix + "·func" + (++parent.closureCount);
    Signature sig = f.type instanceof Signature s ? s : null;
    FuncUnit u = new FuncUnit(FuncUnit.Kind.CLOSURE, null, f, parent, name, sig, name);
    facts.unitOf.put(f, u);
    facts.units.add(u);
    cur = u;
    if (sig != null) declareSignature(u, sig);
    block(f.body);
    cur = parent;
    // Captures of u that parent does not own are captures of parent too (already added by use()).
  }

  private static boolean isRangeFunc(Stmt.Range r) {
    Type t = Exprs.type(r.x);
    return t != null && Types.coreType(t) instanceof Signature;
  }

  /**
   * The body of a range-over-function loop becomes a unit of its own (the yield closure): the
   * range expression belongs to the enclosing unit, the iteration variables (when declared) to the
   * body, so that each iteration has its own.
   */
  private void rangeBody(Stmt.Range r) {
    expr(r.x);
    FuncUnit parent = cur;
    Signature yield = Types.coreType(Exprs.type(r.x)) instanceof Signature s && s.params.size() == 1
        && Types.coreType(s.params.at(0)) instanceof Signature y ? y : null;
    String name = parent.jvmName + "-range" + (++parent.rangeCount);
    FuncUnit u = new FuncUnit(FuncUnit.Kind.CLOSURE, null, null, parent, name, yield, name);
    u.rangeLoop = r;
    facts.unitOf.put(r, u);
    facts.units.add(u);
    cur = u;
    if (r.define) {
      for (Expr e : new Expr[] {r.key, r.val}) if (e != null && Exprs.var(e) instanceof Var v) declare(v);
    } else {
      for (Expr e : new Expr[] {r.key, r.val}) if (e != null) { written(e); expr(e); }
    }
    block(r.body);
    cur = parent;
  }

  /** A return inside a range-over-function body assigns the enclosing function's results (shared variables). */
  private void rangeReturn() {
    FuncUnit fn = cur.function();
    fn.rangeReturns = true;
    for (Var v : fn.results) {
      use(v);
      facts.written.add(v);
    }
  }

  // ---- decisions ----

  private void decide(gava.types.Package pkg) {
    for (Var v : locals) {
      boolean agg = Exprs.isAggregate(v.type);
      boolean cap = facts.captured.contains(v), addr = facts.addrTaken.contains(v), wr = facts.written.contains(v);
      if (agg) {
        if (cap || addr) facts.inPlace.add(v);
        if (v.isParam && (cap || addr || wr)) facts.copyOnEntry.add(v);
      } else if (addr || (cap && wr)) {
        facts.cells.add(v);
      }
    }
    for (gava.types.Obj o : pkg.scope.objects()) {
      if (o instanceof Var v && !Exprs.isAggregate(v.type) && facts.addrTaken.contains(v)) facts.cells.add(v);
    }
    for (var e : facts.loopVars.entrySet()) {
      List<Var> keep = new ArrayList<>();
      for (Var v : e.getValue()) if (facts.cells.contains(v) || facts.inPlace.contains(v)) keep.add(v);
      e.setValue(keep);
    }
  }
}
