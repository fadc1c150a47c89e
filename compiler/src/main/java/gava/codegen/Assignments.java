package gava.codegen;

import static java.lang.constant.ConstantDescs.*;

import gava.lower.Exprs;
import gava.syntax.Expr;
import gava.syntax.Stmt;
import gava.syntax.Token;
import gava.types.MapType;
import gava.types.Tuple;
import gava.types.Type;
import gava.types.Types;
import gava.types.Var;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.Label;
import java.lang.constant.MethodTypeDesc;
import java.util.ArrayList;
import java.util.List;

/** Assignments, short variable declarations, var declarations, ++/--. */
final class Assignments {
  private final FuncGen f;
  private final CodeBuilder cb;

  Assignments(FuncGen f) {
    this.f = f;
    this.cb = f.cb;
  }

  void assign(Stmt.Assign a) {
    if (a.op == Token.DEFINE) {
      define(a.lhs, a.rhs);
    } else if (a.op == Token.ASSIGN) {
      plain(a.lhs, a.rhs);
    } else {
      opAssign(a.op.assignOp(), a.lhs.get(0), a.rhs.get(0));
    }
  }

  void incDec(Stmt.IncDec d) {
    LValues.LV lv = f.lv.of(d.x);
    if (lv instanceof LValues.MapEntry me && me.opAssign(d.inc ? Token.ADD : Token.SUB, null)) return;
    lv.evalParts();
    lv.spill();
    lv.reload();
    lv.reload();
    lv.load();
    Type t = lv.type;
    if (Types.under(t) instanceof gava.types.Basic b && b.isComplex()) {
      f.ex.constant(gava.types.Constant.ofInt(1), t, d.x);
      new Arith(f).binary(d.inc ? Token.ADD : Token.SUB, t, d);
      lv.store();
      return;
    }
    switch (JvmTypes.kind(t)) {
      case 'J' -> { cb.lconst_1(); if (d.inc) cb.ladd(); else cb.lsub(); }
      case 'F' -> { cb.fconst_1(); if (d.inc) cb.fadd(); else cb.fsub(); }
      case 'D' -> { cb.dconst_1(); if (d.inc) cb.dadd(); else cb.dsub(); }
      default -> { cb.iconst_1(); if (d.inc) cb.iadd(); else cb.isub(); f.ops.normalize(t); }
    }
    lv.store();
  }

  private void opAssign(Token op, Expr lhs, Expr rhs) {
    LValues.LV lv = f.lv.of(lhs);
    if (lv instanceof LValues.MapEntry me && me.opAssign(op, rhs)) return;
    lv.evalParts();
    lv.spill();
    lv.reload();
    lv.reload();
    lv.load();
    Type t = lv.type;
    if (op == Token.SHL || op == Token.SHR) {
      f.ex.shift(op, t, rhs);
    } else if (op == Token.ADD && JvmTypes.isString(t)) {
      f.ex.value(rhs, t);
      cb.invokestatic(Rt.GOSTRING, "concat", MethodTypeDesc.of(Rt.GOSTRING, Rt.GOSTRING, Rt.GOSTRING));
    } else {
      f.ex.value(rhs, t);
      new Arith(f).binary(op, t, rhs, rhs);
    }
    lv.store();
  }

  private void plain(List<Expr> lhs, List<Expr> rhs) {
    if (lhs.size() == 1 && rhs.size() == 1) {
      LValues.LV lv = f.lv.of(lhs.get(0));
      lv.evalParts();
      f.ex.valueFor(rhs.get(0), lv.type, lv.rebinds());
      lv.store();
      return;
    }
    List<LValues.LV> lvs = new ArrayList<>();
    for (Expr l : lhs) {
      LValues.LV lv = f.lv.of(l);
      lv.evalParts();
      lv.spill();
      lvs.add(lv);
    }
    // every aggregate value is snapshotted (copied unless fresh): an in-place store into one
    // destination must not change a value still to be stored into another (a[i], a[j] = a[j], a[i])
    List<Runnable> vals = values(lhs.size(), rhs, i -> lvs.get(i).type, i -> true);
    for (int i = 0; i < lvs.size(); i++) {
      LValues.LV lv = lvs.get(i);
      lv.reload();
      vals.get(i).run();
      lv.store();
    }
  }

  /** Evaluates the right-hand side(s) into temporaries; returns loaders of the n values. */
  List<Runnable> values(int n, List<Expr> rhs, java.util.function.IntFunction<Type> target,
      java.util.function.IntPredicate fresh) {
    List<Runnable> out = new ArrayList<>();
    if (rhs.size() == n) {
      for (int i = 0; i < n; i++) {
        Type t = target.apply(i);
        Expr e = rhs.get(i);
        Type vt = t != null ? t : ExprGen.type(e);
        f.ex.valueFor(e, vt, fresh.test(i));
        int tmp = f.temp(f.jt.desc(vt));
        out.add(() -> f.load(f.jt.desc(vt), tmp));
      }
      return out;
    }
    Expr e = Exprs.unparen(rhs.get(0));
    if (e instanceof Expr.Operation o && o.op == Token.ARROW && o.y == null) {
      return new ChanGen(f).recv2(o.x, target.apply(0), target.apply(1));
    }
    if (e instanceof Expr.Assert a) {
      // v, ok := x.(T)
      Type t = ExprGen.type(a.assertType);
      Ifaces ifs = new Ifaces(f.g, cb);
      f.ex.expr(a.x);
      int x = f.temp(CD_Object);
      java.lang.constant.ClassDesc vd = f.jt.desc(t);
      int val = cb.allocateLocal(java.lang.classfile.TypeKind.from(vd));
      int ok = cb.allocateLocal(java.lang.classfile.TypeKind.INT);
      Label yes = cb.newLabel(), done = cb.newLabel();
      cb.aload(x);
      ifs.instanceJump(t, yes, true);
      f.ops.zero(t);
      cb.storeLocal(java.lang.classfile.TypeKind.from(vd), val);
      cb.iconst_0().istore(ok);
      cb.goto_(done);
      cb.labelBinding(yes);
      cb.aload(x);
      ifs.unbox(t);
      cb.storeLocal(java.lang.classfile.TypeKind.from(vd), val);
      cb.iconst_1().istore(ok);
      cb.labelBinding(done);
      Type vt = target.apply(0) != null ? target.apply(0) : t;
      out.add(() -> {
        f.load(vd, val);
        f.ex.coerce(t, vt);
      });
      Type okt = target.apply(1);
      out.add(() -> {
        cb.iload(ok);
        f.ex.coerce(gava.types.Universe.BOOL, okt);
      });
      return out;
    }
    if (e instanceof Expr.Index ix && Types.under(ExprGen.type(ix.x)) instanceof MapType m) {
      // v, ok := m[k]
      int[] slots = new MapGen(f).get2(ix, m);
      int val = slots[0], ok = slots[1];
      Type vt = target.apply(0) != null ? target.apply(0) : m.elem;
      out.add(() -> {
        f.load(f.jt.desc(m.elem), val);
        f.ex.coerce(m.elem, vt);
      });
      Type okt = target.apply(1);
      out.add(() -> {
        cb.iload(ok);
        f.ex.coerce(gava.types.Universe.BOOL, okt);
      });
      return out;
    }
    if (ExprGen.type(e) instanceof Tuple tt) {
      f.ex.expr(e);
      int tmp = f.temp(f.jt.desc(tt));
      for (int i = 0; i < n; i++) {
        int idx = i;
        Type t = target.apply(i) != null ? target.apply(i) : tt.at(i);
        out.add(() -> {
          cb.aload(tmp);
          f.tupleGet(tt, idx);
          f.ex.coerce(tt.at(idx), t);
        });
      }
      return out;
    }
    throw new IllegalStateException("cannot assign " + rhs.size() + " values to " + n + " variables");
  }

  private void define(List<Expr> lhs, List<Expr> rhs) {
    if (lhs.size() == 1 && rhs.size() == 1) {
      Var v = Exprs.var(lhs.get(0));
      if (v == null || !f.locals.containsKey(v) && !v.isGlobal) {
        Expr r = rhs.get(0);
        Type vt = v != null ? v.type : ExprGen.type(r);
        if (v == null) {
          f.ex.expr(r);
          f.ops.pop(ExprGen.type(r));
        } else {
          f.defineVar(v, () -> f.ex.valueFor(r, vt, true));
        }
        return;
      }
    }
    List<Var> vars = new ArrayList<>();
    List<LValues.LV> existing = new ArrayList<>();
    for (Expr l : lhs) {
      Var v = Exprs.var(l);
      vars.add(v);
      if (v != null && (f.locals.containsKey(v) || v.isGlobal) && !v.name.equals("_")) {
        LValues.LV lv = f.lv.var(v);
        lv.evalParts();
        lv.spill();
        existing.add(lv);
      } else {
        existing.add(null);
      }
    }
    List<Runnable> vals = values(lhs.size(), rhs,
        i -> vars.get(i) != null ? vars.get(i).type : null,
        i -> existing.get(i) == null || existing.get(i).rebinds());
    for (int i = 0; i < lhs.size(); i++) {
      Var v = vars.get(i);
      Runnable val = vals.get(i);
      if (existing.get(i) != null) {
        LValues.LV lv = existing.get(i);
        lv.reload();
        val.run();
        lv.store();
      } else if (v != null && !v.name.equals("_")) {
        f.defineVar(v, val);
      }
    }
  }

  /** var names [T] = values (or zero values). */
  void varDecl(List<Expr.Name> names, List<Expr> values) {
    if (values.isEmpty()) {
      for (Expr.Name n : names) {
        Var v = Exprs.var(n);
        if (v == null || v.name.equals("_")) continue;
        f.defineVar(v, () -> f.ops.zero(v.type));
      }
      return;
    }
    List<Expr> lhs = new ArrayList<>(names);
    define(lhs, values);
  }
}
