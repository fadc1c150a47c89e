package gava.codegen;

import static java.lang.constant.ConstantDescs.*;

import gava.lower.Exprs;
import gava.syntax.Decl;
import gava.syntax.Expr;
import gava.syntax.Stmt;
import gava.syntax.Token;
import gava.types.Basic;
import gava.types.Tuple;
import gava.types.Type;
import gava.types.Types;
import gava.types.Var;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.Label;
import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;
import java.util.ArrayList;
import java.util.List;

/** Statements. */
final class StmtGen {
  private final FuncGen f;
  private final CodeBuilder cb;

  StmtGen(FuncGen f) {
    this.f = f;
    this.cb = f.cb;
  }

  void block(List<Stmt> list) {
    for (Stmt s : list) stmt(s);
  }

  void stmt(Stmt s) {
    if (s == null) return;
    f.at(s);
    switch (s) {
      case Stmt.Empty e -> {}
      case Stmt.Block b -> block(b.list);
      case Stmt.ExprStmt e -> exprStmt(e.x);
      case Stmt.Assign a -> new Assignments(f).assign(a);
      case Stmt.IncDec d -> new Assignments(f).incDec(d);
      case Stmt.DeclStmt d -> declStmt(d);
      case Stmt.If i -> ifStmt(i);
      case Stmt.For fo -> forStmt(fo);
      case Stmt.Range r -> new RangeGen(f).range(r);
      case Stmt.Switch sw -> switchStmt(sw);
      case Stmt.Labeled l -> labeled(l);
      case Stmt.Branch b -> branch(b);
      case Stmt.Return r -> returnStmt(r);
      case Stmt.GoDefer g -> new DeferGen(f).stmt(g);
      case Stmt.Send se -> new ChanGen(f).send(se);
      case Stmt.Select se -> new ChanGen(f).select(se);
      case Stmt.Bad b -> throw new IllegalStateException("bad statement");
      case Stmt.CaseClause c -> throw new IllegalStateException("case clause outside switch");
      case Stmt.CommClause c -> throw new IllegalStateException("comm clause outside select");
    }
  }

  private void exprStmt(Expr x) {
    Type t = ExprGen.type(x);
    f.ex.expr(x);
    if (t instanceof Tuple tu) {
      if (tu.size() > 0) cb.pop();
    } else if (t != null && !isVoidCall(x)) {
      f.ops.pop(t);
    }
  }

  private static boolean isVoidCall(Expr x) {
    Type t = ExprGen.type(x);
    return t == null || (t instanceof Tuple tu && tu.size() == 0);
  }

  private void declStmt(Stmt.DeclStmt d) {
    for (Decl decl : d.decls) {
      if (!(decl instanceof Decl.Var vd)) continue;
      f.at(vd);
      new Assignments(f).varDecl(vd.names, vd.values);
    }
  }

  private void ifStmt(Stmt.If i) {
    stmt(i.init);
    Label els = cb.newLabel(), end = cb.newLabel();
    f.ex.cond(i.cond, els, false);
    block(i.then.list);
    cb.goto_(end);
    cb.labelBinding(els);
    if (i.els != null) stmt(i.els);
    cb.labelBinding(end);
  }

  private void forStmt(Stmt.For fo) {
    stmt(fo.init);
    Label top = cb.newLabel(), cont = cb.newLabel(), end = cb.newLabel();
    f.breakTargets.put(fo, end);
    f.continueTargets.put(fo, cont);
    int epoch = PreemptPoll.enter(cb, fo, f.facts);
    cb.labelBinding(top);
    if (fo.cond != null) f.ex.cond(fo.cond, end, false);
    f.breakables.push(fo);
    f.loops.push(fo);
    block(fo.body.list);
    f.loops.pop();
    f.breakables.pop();
    cb.labelBinding(cont);
    PreemptPoll.backEdge(cb, epoch);
    for (Var v : f.facts.perIterationVars(fo)) freshCopy(v);
    stmt(fo.post);
    cb.goto_(top);
    cb.labelBinding(end);
  }

  /** Go 1.22 loop variables: the next iteration gets its own copy of v. */
  private void freshCopy(Var v) {
    Local l = f.locals.get(v);
    if (l == null) return;
    if (l.cell()) {
      char k = JvmTypes.kind(v.type);
      ClassDesc cell = Rt.cell(k);
      cb.new_(cell).dup();
      cb.aload(l.slot());
      cb.getfield(cell, "v", Rt.cellField(k));
      cb.invokespecial(cell, "<init>", MethodTypeDesc.of(CD_void, Rt.stackElem(k)));
      cb.astore(l.slot());
    } else if (Exprs.isAggregate(v.type)) {
      cb.aload(l.slot());
      f.ops.copy(v.type);
      cb.astore(l.slot());
    }
  }

  private void labeled(Stmt.Labeled l) {
    String name = l.label.name;
    Label lab = f.gotoLabels.computeIfAbsent(name, k -> cb.newLabel());
    cb.labelBinding(lab);
    f.labeled.put(name, l.stmt);
    stmt(l.stmt);
  }

  private static Stmt unlabel(Stmt s) {
    while (s instanceof Stmt.Labeled l) s = l.stmt;
    return s;
  }

  private void branch(Stmt.Branch b) {
    if (f.rangeBody != null && f.rangeBody.branch(b)) return;
    switch (b.tok) {
      case BREAK -> {
        Stmt target = b.target != null ? unlabel(b.target) : b.label != null ? f.labeled.get(b.label.name) : f.breakables.peek();
        Label l = f.breakTargets.get(target);
        if (l == null) throw new IllegalStateException("break target not found");
        cb.goto_(l);
      }
      case CONTINUE -> {
        Stmt target = b.target != null ? unlabel(b.target) : b.label != null ? f.labeled.get(b.label.name) : f.loops.peek();
        Label l = f.continueTargets.get(target);
        if (l == null) throw new IllegalStateException("continue target not found");
        cb.goto_(l);
      }
      case GOTO -> cb.goto_(f.gotoLabels.computeIfAbsent(b.label.name, k -> cb.newLabel()));
      case FALLTHROUGH -> {} // handled by the switch: the clause body falls into the next one
      default -> throw new IllegalStateException("branch " + b.tok);
    }
  }

  private void switchStmt(Stmt.Switch sw) {
    if (sw.tag instanceof Expr.TypeSwitchGuard guard) {
      typeSwitch(sw, guard);
      return;
    }
    stmt(sw.init);
    Label end = cb.newLabel();
    f.breakTargets.put(sw, end);
    Type tagType = null;
    int tag = -1;
    if (sw.tag != null) {
      tagType = ExprGen.type(sw.tag);
      if (tagType instanceof Basic b && b.isUntyped()) tagType = Types.defaultType(tagType);
      f.ex.value(sw.tag, tagType);
      tag = f.temp(tagType);
    }
    List<Label> bodies = new ArrayList<>();
    Label dflt = null;
    for (Stmt.CaseClause c : sw.clauses) {
      Label l = cb.newLabel();
      bodies.add(l);
      if (c.isDefault) dflt = l;
      for (Expr e : c.cases) {
        f.at(e);
        if (tag >= 0) {
          Type ct = ExprGen.type(e);
          f.load(f.jt.desc(tagType), tag);
          if (ct != null && Types.isInterface(ct) && !Types.isInterface(tagType)) {
            // case of interface type, tag of a concrete type: compared as interface values
            f.ex.coerce(tagType, ct);
            f.ex.value(e, ct);
            f.ops.eqJump(ct, l, true);
            continue;
          }
          f.ex.value(e, tagType);
          f.ops.eqJump(tagType, l, true);
        } else if (ExprGen.type(e) instanceof Type ct && Types.isInterface(ct)) {
          // tagless switch, case of interface type: compared with the interface value true
          cb.iconst_1();
          f.ex.coerce(gava.types.Universe.BOOL, ct);
          f.ex.value(e, ct);
          f.ops.eqJump(ct, l, true);
        } else {
          f.ex.cond(e, l, true);
        }
      }
    }
    cb.goto_(dflt != null ? dflt : end);
    f.breakables.push(sw);
    for (int i = 0; i < sw.clauses.size(); i++) {
      Stmt.CaseClause c = sw.clauses.get(i);
      cb.labelBinding(bodies.get(i));
      block(c.body);
      boolean falls = !c.body.isEmpty() && unlabel(c.body.get(c.body.size() - 1)) instanceof Stmt.Branch br && br.tok == Token.FALLTHROUGH;
      if (!falls) cb.goto_(end);
    }
    f.breakables.pop();
    cb.labelBinding(end);
  }

  private void typeSwitch(Stmt.Switch sw, Expr.TypeSwitchGuard guard) {
    stmt(sw.init);
    Label end = cb.newLabel();
    f.breakTargets.put(sw, end);
    Ifaces ifs = new Ifaces(f.g, cb);
    f.ex.expr(guard.x);
    int x = f.temp(CD_Object);
    List<Label> bodies = new ArrayList<>();
    Label dflt = null;
    for (Stmt.CaseClause c : sw.clauses) {
      Label l = cb.newLabel();
      bodies.add(l);
      if (c.isDefault) dflt = l;
      for (Expr e : c.cases) {
        f.at(e);
        cb.aload(x);
        if (ExprGen.isNil(e)) cb.ifnull(l);
        else ifs.instanceJump(ExprGen.type(e), l, true);
      }
    }
    cb.goto_(dflt != null ? dflt : end);
    f.breakables.push(sw);
    for (int i = 0; i < sw.clauses.size(); i++) {
      Stmt.CaseClause c = sw.clauses.get(i);
      cb.labelBinding(bodies.get(i));
      if (c.implicitObj instanceof Var v && !v.name.equals("_")) {
        f.defineVar(v, () -> {
          cb.aload(x);
          if (!Types.isInterface(v.type)) ifs.unbox(v.type);
        });
      }
      block(c.body);
      cb.goto_(end);
    }
    f.breakables.pop();
    cb.labelBinding(end);
  }

  private void returnStmt(Stmt.Return r) {
    if (f.rangeBody != null) {
      f.rangeBody.returnStmt(r);
      return;
    }
    if (f.deferSlot >= 0) {
      deferReturn(r);
      return;
    }
    Tuple rs = f.unit.sig.results;
    List<Runnable> vals = new ArrayList<>();
    if (r.results.isEmpty()) {
      for (Var v : f.unit.results) vals.add(() -> f.loadVar(v));
      f.returnValues(vals);
      return;
    }
    if (r.results.size() == 1 && rs.size() > 1) {
      Expr call = r.results.get(0);
      Tuple tt = (Tuple) ExprGen.type(call);
      f.ex.expr(call);
      if (sameTuple(tt, rs)) {
        cb.areturn();
        return;
      }
      int tmp = f.temp(f.jt.desc(tt));
      for (int i = 0; i < rs.size(); i++) {
        int idx = i;
        vals.add(() -> {
          cb.aload(tmp);
          f.tupleGet(tt, idx);
          f.ex.coerce(tt.at(idx), rs.at(idx));
        });
      }
      f.returnValues(vals);
      return;
    }
    for (int i = 0; i < r.results.size(); i++) {
      Expr e = r.results.get(i);
      Type rt = rs.at(i);
      vals.add(() -> f.ex.valueFor(e, rt, !isDyingLocal(e)));
    }
    if (f.unit.namedResults() && needsResultStores()) {
      // Named results are visible to closures: store them, then return their values.
      for (int i = 0; i < vals.size(); i++) {
        Var v = f.unit.results.get(i);
        vals.get(i).run();
        int tmp = f.temp(f.jt.desc(v.type));
        final int t = tmp;
        vals.set(i, () -> f.load(f.jt.desc(v.type), t));
      }
      for (int i = 0; i < vals.size(); i++) {
        Var v = f.unit.results.get(i);
        LValues.LV lv = f.lv.var(v);
        lv.evalParts();
        vals.get(i).run();
        lv.store();
      }
      List<Runnable> loads = new ArrayList<>();
      for (Var v : f.unit.results) loads.add(() -> f.loadVar(v));
      f.returnValues(loads);
      return;
    }
    f.returnValues(vals);
  }

  /**
   * Returns the result variables' values (a return inside a range-over-function body stored them):
   * through the deferred calls in a function with defer.
   */
  void returnResults() {
    if (f.deferSlot >= 0) {
      if (f.resultSlots != null) {
        for (int i = 0; i < f.resultSlots.length; i++) {
          Var v = f.unit.results.get(i);
          f.loadVar(v);
          cb.storeLocal(java.lang.classfile.TypeKind.from(f.jt.desc(v.type)), f.resultSlots[i]);
        }
      }
      cb.goto_(f.deferExit);
      return;
    }
    List<Runnable> loads = new ArrayList<>();
    for (Var v : f.unit.results) loads.add(() -> f.loadVar(v));
    f.returnValues(loads);
  }

  /** return in a function with defer: store the results, then leave through the deferred calls. */
  private void deferReturn(Stmt.Return r) {
    Tuple rs = f.unit.sig.results;
    if (!r.results.isEmpty()) {
      List<Runnable> vals = f.resultValues(r.results, rs);
      for (int i = 0; i < rs.size(); i++) {
        if (f.resultSlots != null) {
          vals.get(i).run();
          cb.storeLocal(java.lang.classfile.TypeKind.from(f.jt.desc(rs.at(i))), f.resultSlots[i]);
        } else {
          LValues.LV lv = f.lv.var(f.unit.results.get(i));
          lv.evalParts();
          vals.get(i).run();
          lv.store();
        }
      }
    }
    cb.goto_(f.deferExit);
  }

  private boolean needsResultStores() {
    for (Var v : f.unit.results) if (f.facts.isCaptured(v)) return true;
    return false;
  }

  /** A non-escaping local (not a parameter) whose object can be returned without copying. */
  private boolean isDyingLocal(Expr e) {
    Var v = Exprs.var(e);
    return v != null && !v.isGlobal && !v.isParam && !f.facts.isInPlace(v) && !f.facts.isCaptured(v)
        && f.locals.containsKey(v);
  }

  private boolean sameTuple(Tuple a, Tuple b) {
    if (a.size() != b.size()) return false;
    for (int i = 0; i < a.size(); i++) {
      if (!f.jt.desc(a.at(i)).equals(f.jt.desc(b.at(i)))) return false;
      if (Types.isInterface(b.at(i)) && !Types.isInterface(a.at(i))) return false;
    }
    return true;
  }
}
