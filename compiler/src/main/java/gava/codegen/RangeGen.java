package gava.codegen;

import static java.lang.constant.ConstantDescs.*;

import gava.lower.Exprs;
import gava.lower.FuncUnit;
import gava.syntax.Expr;
import gava.syntax.Stmt;
import gava.types.Array;
import gava.types.Basic;
import gava.types.MapType;
import gava.types.Pointer;
import gava.types.Signature;
import gava.types.Slice;
import gava.types.Type;
import gava.types.Types;
import gava.types.Universe;
import gava.types.Var;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.Label;
import java.lang.classfile.TypeKind;
import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;
import java.util.ArrayList;
import java.util.List;

/**
 * for-range loops over integers, strings, arrays, pointers to arrays, slices, maps, channels
 * (with ChanGen) and functions (the body is a yield method, {@link RangeFuncBody}).
 */
final class RangeGen {
  private final FuncGen f;
  private final CodeBuilder cb;

  RangeGen(FuncGen f) {
    this.f = f;
    this.cb = f.cb;
  }

  private static boolean present(Expr e) {
    return e != null && !(Exprs.unparen(e) instanceof Expr.Name n && n.name.equals("_"));
  }

  void range(Stmt.Range r) {
    Type xt = ExprGen.type(r.x);
    Type u = Types.under(xt);
    Label top = cb.newLabel(), cont = cb.newLabel(), end = cb.newLabel();
    f.breakTargets.put(r, end);
    f.continueTargets.put(r, cont);
    switch (u) {
      case Basic b when b.isInteger() -> rangeInt(r, xt, top, cont, end);
      case Basic b when b.isString() -> rangeString(r, top, cont, end);
      case Slice s -> rangeSlice(r, s, top, cont, end);
      case Array a -> rangeArray(r, a, false, top, cont, end);
      case Pointer p when Types.under(p.elem) instanceof Array a -> rangeArray(r, a, true, top, cont, end);
      case MapType m -> rangeMap(r, m, top, cont, end);
      case Signature s -> rangeFunc(r, s, end);
      case gava.types.Chan ch -> new ChanGen(f).range(r, top, cont, end, () -> body(r));
      default -> throw new NotSupported(r, "range over " + xt);
    }
  }

  /** Assigns (or declares, for :=) an iteration variable from a value pushed by the callback. */
  private void assignIter(Stmt.Range r, Expr target, Type valueType, Runnable value) {
    if (!present(target)) return;
    if (r.define) {
      Var v = Exprs.var(target);
      f.defineVar(v, () -> {
        value.run();
        f.ex.coerce(valueType, v.type);
      });
    } else {
      LValues.LV lv = f.lv.of(target);
      lv.evalParts();
      value.run();
      f.ex.coerce(valueType, lv.type);
      lv.store();
    }
  }

  /**
   * Assigns both iteration values: := declares them; = evaluates both left-hand operands first and
   * then assigns left to right, as a tuple assignment does ({@code for i, x[i] = range y}).
   */
  void assignBoth(Stmt.Range r, Type kt, Runnable key, Type vt, Runnable val) {
    if (r.define || !present(r.key) || !present(r.val)) {
      assignIter(r, r.key, kt, key);
      assignIter(r, r.val, vt, val);
      return;
    }
    LValues.LV lk = f.lv.of(r.key);
    lk.evalParts();
    lk.spill();
    LValues.LV lvv = f.lv.of(r.val);
    lvv.evalParts();
    lvv.spill();
    lk.reload();
    key.run();
    f.ex.coerce(kt, lk.type);
    lk.store();
    lvv.reload();
    val.run();
    f.ex.coerce(vt, lvv.type);
    lvv.store();
  }

  /**
   * Range over a function iterator: calls it with the body's yield method bound to a fresh
   * RangeFunc (and the body's captures), then dispatches on the exit the body recorded.
   */
  private void rangeFunc(Stmt.Range r, Signature iter, Label end) {
    FuncUnit u = f.g.facts.unit(r);
    if (u == null) throw new IllegalStateException("range-over-func body without unit");
    f.ex.expr(r.x);
    cb.new_(Rt.RANGE_FUNC).dup();
    if (f.deferSlot >= 0) cb.aload(f.deferSlot);
    else cb.aconst_null();
    cb.invokespecial(Rt.RANGE_FUNC, "<init>", MethodTypeDesc.of(CD_void, Rt.DEFER));
    int loop = f.temp(Rt.RANGE_FUNC);
    cb.aload(loop);
    List<ClassDesc> caps = new ArrayList<>();
    caps.add(Rt.RANGE_FUNC);
    for (Var v : u.captures) {
      if (f.isCellVar(v)) f.loadCell(v);
      else f.loadVar(v);
      caps.add(FuncGen.captureDesc(f.g, v));
    }
    f.ex.lambda(f.jt.funcIface(u.sig), f.g.ownerOf(u), u.jvmName, FuncGen.methodType(f.g, u), caps);
    f.at(r);
    Classes.FuncIface fi = f.jt.funcIface(iter);
    cb.invokeinterface(fi.cd(), "call", fi.mtd());
    cb.aload(loop).invokevirtual(Rt.RANGE_FUNC, "finish", MethodTypeDesc.of(CD_int));
    List<RangeFuncExits.Exit> exits = new RangeFuncExits(r).exits;
    if (exits.isEmpty()) {
      cb.pop();
      cb.labelBinding(end);
      return;
    }
    int code = f.temp(CD_int);
    List<Label> targets = new ArrayList<>();
    for (int i = 0; i < exits.size(); i++) {
      Label l = cb.newLabel();
      targets.add(l);
      cb.iload(code).loadConstant(i + 1).if_icmpeq(l);
    }
    cb.goto_(end);
    for (int i = 0; i < exits.size(); i++) {
      cb.labelBinding(targets.get(i));
      exitTo(exits.get(i));
    }
    cb.labelBinding(end);
  }

  /** Continues an exit of an inner range-over-func loop: leaves this body too, or jumps to the target here. */
  private void exitTo(RangeFuncExits.Exit e) {
    if (f.rangeBody != null && f.rangeBody.exits.code(e) > 0) {
      cb.goto_(f.rangeBody.exitLabel(e));
      return;
    }
    switch (e.kind()) {
      case BREAK -> cb.goto_(target(f.breakTargets, (Stmt) e.target()));
      case CONTINUE -> cb.goto_(target(f.continueTargets, (Stmt) e.target()));
      case GOTO -> cb.goto_(f.gotoLabels.computeIfAbsent((String) e.target(), k -> cb.newLabel()));
      case RETURN -> f.st.returnResults();
    }
  }

  private static Label target(java.util.Map<Stmt, Label> m, Stmt s) {
    Label l = m.get(s);
    if (l == null) throw new IllegalStateException("range-over-func exit target not found");
    return l;
  }

  private void body(Stmt.Range r) {
    f.breakables.push(r);
    f.loops.push(r);
    f.st.block(r.body.list);
    f.loops.pop();
    f.breakables.pop();
  }

  private void rangeInt(Stmt.Range r, Type t, Label top, Label cont, Label end) {
    ClassDesc d = f.jt.desc(t);
    TypeKind k = TypeKind.from(d);
    f.ex.expr(r.x);
    int n = f.temp(d);
    if (k == TypeKind.LONG) cb.lconst_0(); else cb.iconst_0();
    int i = f.temp(d);
    boolean uns = JvmTypes.isUnsigned(t);
    cb.labelBinding(top);
    f.load(d, i);
    f.load(d, n);
    if (k == TypeKind.LONG) {
      if (uns) cb.invokestatic(CD_Long, "compareUnsigned", MethodTypeDesc.of(CD_int, CD_long, CD_long));
      else cb.lcmp();
      cb.ifge(end);
    } else if (uns && JvmTypes.basicKind(t) == Basic.Kind.UINT32) {
      cb.invokestatic(CD_Integer, "compareUnsigned", MethodTypeDesc.of(CD_int, CD_int, CD_int));
      cb.ifge(end);
    } else {
      cb.if_icmpge(end);
    }
    assignIter(r, r.key, t, () -> f.load(d, i));
    body(r);
    cb.labelBinding(cont);
    if (k == TypeKind.LONG) {
      f.load(d, i);
      cb.lconst_1().ladd();
      cb.storeLocal(k, i);
    } else {
      cb.iinc(i, 1);
    }
    cb.goto_(top);
    cb.labelBinding(end);
  }

  private void rangeString(Stmt.Range r, Label top, Label cont, Label end) {
    f.ex.expr(r.x);
    int s = f.temp(Rt.GOSTRING);
    cb.aload(s).invokestatic(Rt.GOSTRING, "len", MethodTypeDesc.of(CD_long, Rt.GOSTRING));
    int n = f.temp(CD_long);
    cb.lconst_0();
    int i = f.temp(CD_long);
    cb.lconst_1();
    int w = f.temp(CD_long);
    cb.labelBinding(top);
    cb.lload(i).lload(n).lcmp().ifge(end);
    cb.aload(s).lload(i).invokestatic(Rt.GOSTRING, "decodeRune", MethodTypeDesc.of(CD_long, Rt.GOSTRING, CD_long));
    cb.dup2();
    cb.bipush(32).lushr();
    cb.lstore(w);
    cb.l2i();
    int rune = f.temp(CD_int);
    assignBoth(r, Universe.INT, () -> cb.lload(i), Universe.RUNE, () -> cb.iload(rune));
    body(r);
    cb.labelBinding(cont);
    cb.lload(i).lload(w).ladd().lstore(i);
    cb.goto_(top);
    cb.labelBinding(end);
  }

  private void rangeSlice(Stmt.Range r, Slice st, Label top, Label cont, Label end) {
    char k = JvmTypes.kind(st.elem);
    ClassDesc sc = Rt.slice(k);
    f.ex.expr(r.x);
    int s = f.temp(sc);
    cb.aload(s).invokestatic(sc, "len", MethodTypeDesc.of(CD_long, sc));
    int n = f.temp(CD_long);
    cb.lconst_0();
    int i = f.temp(CD_long);
    cb.labelBinding(top);
    cb.lload(i).lload(n).lcmp().ifge(end);
    assignBoth(r, Universe.INT, () -> cb.lload(i), st.elem, () -> {
      cb.aload(s).lload(i);
      cb.invokestatic(sc, "get", MethodTypeDesc.of(Rt.stackElem(k), sc, CD_long));
      if (k == 'B' || k == 'S') f.ops.fixLoaded(st.elem);
      else if (k == 'L') f.ops.checkcast(st.elem);
      if (Exprs.isAggregate(st.elem)) f.ops.copy(st.elem);
    });
    body(r);
    cb.labelBinding(cont);
    cb.lload(i).lconst_1().ladd().lstore(i);
    cb.goto_(top);
    cb.labelBinding(end);
  }

  private void rangeArray(Stmt.Range r, Array a, boolean viaPointer, Label top, Label cont, Label end) {
    ClassDesc ad = f.jt.arrayDesc(a);
    boolean needArr = present(r.val);
    int arr = -1;
    if (needArr) {
      f.ex.expr(r.x);
      if (!viaPointer && !f.ex.isFresh(r.x)) f.ops.copy(a);
      arr = f.temp(ad);
    } else if (!(r.x.value != null) && hasEffects(r.x)) {
      f.ex.expr(r.x);
      cb.pop();
    }
    cb.iconst_0();
    int i = f.temp(CD_int);
    cb.labelBinding(top);
    cb.iload(i).loadConstant((int) a.len).if_icmpge(end);
    int arrSlot = arr;
    assignBoth(r, Universe.INT, () -> cb.iload(i).i2l(), a.elem, () -> {
      cb.aload(arrSlot).iload(i);
      f.ops.arrayLoad(a.elem);
      if (Exprs.isAggregate(a.elem)) f.ops.copy(a.elem);
    });
    body(r);
    cb.labelBinding(cont);
    cb.iinc(i, 1);
    cb.goto_(top);
    cb.labelBinding(end);
  }

  private static boolean hasEffects(Expr e) {
    e = Exprs.unparen(e);
    return !(e instanceof Expr.Name);
  }

  private void rangeMap(Stmt.Range r, MapType m, Label top, Label cont, Label end) {
    f.ex.expr(r.x);
    cb.invokestatic(Rt.GOMAP, "iter", MethodTypeDesc.of(Rt.MAP_ITER, Rt.GOMAP));
    int it = f.temp(Rt.MAP_ITER);
    cb.labelBinding(top);
    cb.labelBinding(cont);
    cb.aload(it).invokevirtual(Rt.MAP_ITER, "next", MethodTypeDesc.of(CD_boolean)).ifeq(end);
    MapGen mg = new MapGen(f);
    assignBoth(r, m.key, () -> {
      cb.aload(it);
      mg.iterKey(m);
    }, m.elem, () -> {
      cb.aload(it);
      mg.iterValue(m);
    });
    body(r);
    cb.goto_(top);
    cb.labelBinding(end);
  }
}
