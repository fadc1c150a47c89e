package gava.codegen;

import static java.lang.constant.ConstantDescs.*;

import gava.lower.Exprs;
import gava.syntax.Expr;
import gava.types.Builtin;
import gava.types.Func;
import gava.types.Pointer;
import gava.types.Selection;
import gava.types.Signature;
import gava.types.Slice;
import gava.types.Tuple;
import gava.types.Type;
import gava.types.Types;
import java.lang.classfile.CodeBuilder;
import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;
import java.util.ArrayList;
import java.util.List;

/** Calls: functions, methods (static calls), func values (interface calls), builtins, conversions. */
final class CallGen {
  private final FuncGen f;
  private final CodeBuilder cb;

  CallGen(FuncGen f) {
    this.f = f;
    this.cb = f.cb;
  }

  /** Pushes the call's result (tuple for several results, nothing for none). */
  void call(Expr.Call c) {
    Expr fun = Exprs.unparen(c.fun);
    if (Exprs.isType(fun)) {
      if (c.args.size() != 1) throw new IllegalStateException("conversion with " + c.args.size() + " arguments");
      new Conversions(f).convert(c.args.get(0), ExprGen.type(c), c);
      return;
    }
    if (fun instanceof Expr.Name n && n.obj instanceof Builtin b) {
      new Builtins(f).call(b, c);
      return;
    }
    if (fun instanceof Expr.Selector && qualifiedOrName(fun) instanceof Builtin b) { // unsafe.String, ...
      new Builtins(f).call(b, c);
      return;
    }
    if (fun instanceof Expr.Selector s) {
      Selection sel = Exprs.selection(s);
      if (sel != null && sel.kind() == Selection.Kind.METHOD_VALUE) {
        methodCall(s, sel, c);
        return;
      }
      if (sel != null && sel.kind() == Selection.Kind.METHOD_EXPR && isIfaceMethod((Func) sel.obj())) {
        Func m = (Func) sel.obj();
        gava.types.Interface it = (gava.types.Interface) Types.under(sel.recv());
        f.ex.value(c.args.get(0), sel.recv());
        args(m.sig(), c.args.subList(1, c.args.size()), c.hasDots);
        f.at(c);
        new Ifaces(f.g, cb).call(it, m);
        return;
      }
      if (sel != null && sel.kind() == Selection.Kind.METHOD_EXPR) {
        Func m = (Func) sel.obj();
        Signature full = (Signature) ExprGen.type(s);
        if (c.args.size() == 1 && ExprGen.type(c.args.get(0)) instanceof Tuple) {
          args(full, c.args, c.hasDots);
          int[] tmps = spillArgs(full);
          reloadFirst(full, tmps);
          new ReceiverAdapter(f.g, cb).adapt(full.params.at(0), sel.path(), m);
          reloadRest(full, tmps);
        } else {
          f.ex.value(c.args.get(0), full.params.at(0));
          new ReceiverAdapter(f.g, cb).adapt(full.params.at(0), sel.path(), m);
          args(m.sig(), c.args.subList(1, c.args.size()), c.hasDots);
        }
        f.at(c);
        invokeMethod(m, s);
        return;
      }
    }
    if (qualifiedOrName(fun) instanceof Func fn && fn.decl != null && !fn.isMethod()) {
      args(fn.sig(), c.args, c.hasDots);
      f.at(c);
      cb.invokestatic(f.g.ownerOf(fn), f.g.funcName(fn), f.jt.methodType(fn.sig(), false, List.of()));
      return;
    }
    // a func value
    Type ft = ExprGen.type(fun);
    if (!(Types.under(ft) instanceof Signature sig)) throw new NotSupported(c, "call of " + ft);
    f.ex.expr(fun);
    args(sig, c.args, c.hasDots);
    f.at(c);
    Classes.FuncIface fi = f.jt.funcIface(sig);
    cb.invokeinterface(fi.cd(), "call", fi.mtd());
    if (sig.results.size() == 1) f.ex.castResult(fi.mtd(), sig.results.at(0));
  }

  /** The object a name or a qualified identifier ({@code pkg.Name}) denotes, else null. */
  static Object qualifiedOrName(Expr fun) {
    if (fun instanceof Expr.Name n) return n.obj;
    if (fun instanceof Expr.Selector s && Exprs.selection(s) instanceof Selection sel && sel.kind() == Selection.Kind.QUALIFIED) return sel.obj();
    return null;
  }

  static boolean isIfaceMethod(Func m) {
    return m.decl == null || m.sig().recv == null || Types.isInterface(Types.deref(m.sig().recv.type));
  }

  private void checkConcrete(Func m, Expr at) {
    if (isIfaceMethod(m)) throw new NotSupported(at, "method expression of an interface type");
  }

  /** Pushes the interface value a method selection goes through (an Object: calls go through the dispatcher). */
  gava.types.Interface ifaceReceiver(Expr.Selector s, Selection sel) {
    List<Integer> path = sel.path();
    Type t = f.ex.followPath(s.x, path, path.size() - 1);
    return (gava.types.Interface) Types.under(t);
  }

  private void invokeMethod(Func m, Expr at) {
    cb.invokestatic(f.g.ownerOf(m), f.g.funcName(m), f.jt.methodType(m.sig(), true, List.of()));
  }

  private void methodCall(Expr.Selector s, Selection sel, Expr.Call c) {
    Func m = (Func) sel.obj();
    if (isIfaceMethod(m)) {
      gava.types.Interface it = ifaceReceiver(s, sel);
      args(m.sig(), c.args, c.hasDots);
      f.at(c);
      new Ifaces(f.g, cb).call(it, m);
      return;
    }
    receiver(s, sel, false);
    args(m.sig(), c.args, c.hasDots);
    f.at(c);
    invokeMethod(m, s);
  }

  /**
   * Pushes the receiver of a method selected by sel: the final receiver after the embedded path,
   * its address for pointer methods on addressable values, dereferenced for value methods on pointers.
   * bindCopy: copy aggregate value receivers (method values bind a copy).
   */
  void receiver(Expr.Selector s, Selection sel, boolean bindCopy) {
    Func m = (Func) sel.obj();
    List<Integer> path = sel.path();
    int steps = path.size() - 1;
    Type recvType = m.sig().recv.type;
    boolean ptrRecv = recvType instanceof Pointer;
    if (ptrRecv && sel.addressed()) {
      if (steps == 0) {
        f.ex.addressOf(s.x);
      } else {
        Type holder = f.ex.followPath(s.x, path, steps - 1);
        Type st = Types.under(holder) instanceof Pointer p ? p.elem : holder;
        gava.types.Struct struct = (gava.types.Struct) Types.under(st);
        int fi = path.get(steps - 1);
        LValues.FieldRef r = new LValues.FieldRef(f.g.classes.structClass(st), StructGen.fieldName(struct, fi));
        f.ex.fieldAddress(r, struct.fields.get(fi).type);
      }
      return;
    }
    Type t = f.ex.followPath(s.x, path, steps);
    boolean isPtr = Types.under(t) instanceof Pointer;
    if (!ptrRecv && isPtr) {
      Type elem = ((Pointer) Types.under(t)).elem;
      if (JvmTypes.isObjectPointer(elem)) {
        f.ex.nullCheck(f.jt.pointerDesc(elem));
        if (bindCopy) f.ops.copy(elem);
      } else {
        char k = JvmTypes.kind(elem);
        cb.invokevirtual(Rt.ptr(k), "get", MethodTypeDesc.of(Rt.stackElem(k)));
        if (k == 'B' || k == 'S') f.ops.fixLoaded(elem);
        else if (k == 'L') f.ops.checkcast(elem);
      }
      return;
    }
    if (!ptrRecv && bindCopy && Exprs.isAggregate(t)) f.ops.copy(t);
  }

  /** A method value x.M: a func value bound to the receiver. */
  void methodValue(Expr.Selector s, Selection sel) {
    Func m = (Func) sel.obj();
    if (isIfaceMethod(m)) {
      gava.types.Interface it = ifaceReceiver(s, sel);
      f.ex.nullCheck(f.g.classes.iface(it).cd());
      Classes.IfaceInfo ii = f.g.classes.iface(it);
      Classes.FuncIface fi = f.jt.funcIface(ExprGen.sigWithoutRecv(m.sig()));
      java.lang.constant.DirectMethodHandleDesc h = java.lang.constant.MethodHandleDesc.ofMethod(
          java.lang.constant.DirectMethodHandleDesc.Kind.INTERFACE_VIRTUAL, ii.cd(), "$" + m.name, f.jt.methodType(m.sig(), false, List.of()));
      Lambdas.make(cb, fi.cd(), "call", fi.mtd(), h, List.of(ii.cd()));
      return;
    }
    receiver(s, sel, true);
    Classes.FuncIface fi = f.jt.funcIface(ExprGen.sigWithoutRecv(m.sig()));
    ClassDesc recvDesc = f.jt.desc(m.sig().recv.type);
    f.ex.lambda(fi, f.g.ownerOf(m), f.g.funcName(m), f.jt.methodType(m.sig(), true, List.of()), List.of(recvDesc));
  }

  /** A method expression T.M: a func value taking the receiver first. */
  void methodExpr(Expr.Selector s, Selection sel) {
    Func m = (Func) sel.obj();
    Signature full = (Signature) ExprGen.type(s);
    Classes.FuncIface fi = f.jt.funcIface(full);
    if (isIfaceMethod(m)) {
      gava.types.Interface it = (gava.types.Interface) Types.under(sel.recv());
      Classes.IfaceInfo ii = f.g.classes.iface(it);
      java.lang.constant.DirectMethodHandleDesc h = java.lang.constant.MethodHandleDesc.ofMethod(
          java.lang.constant.DirectMethodHandleDesc.Kind.INTERFACE_VIRTUAL, ii.cd(), "$" + m.name, f.jt.methodType(m.sig(), false, List.of()));
      Lambdas.make(cb, fi.cd(), "call", fi.mtd(), h, List.of());
      return;
    }
    MethodTypeDesc impl = f.jt.methodType(m.sig(), true, List.of());
    if (sel.path().size() > 1 || (needsDeref(sel, m) && !impl.equals(fi.mtd()))) {
      // promoted methods and (*T).M of value methods of non-struct T go through an adapter
      Type recv = full.params.at(0);
      ClassDesc owner = f.g.ownerOf(f.unit);
      String name = f.g.synthetic(owner, f.unit.jvmName + "·methodexpr", fi.mtd(), wcb -> {
        wcb.loadLocal(java.lang.classfile.TypeKind.from(fi.mtd().parameterType(0)), 0);
        new ReceiverAdapter(f.g, wcb).adapt(recv, sel.path(), m);
        int slot = java.lang.classfile.TypeKind.from(fi.mtd().parameterType(0)).slotSize();
        for (ClassDesc p : fi.mtd().parameterList().subList(1, fi.mtd().parameterCount())) {
          java.lang.classfile.TypeKind k = java.lang.classfile.TypeKind.from(p);
          wcb.loadLocal(k, slot);
          slot += k.slotSize();
        }
        wcb.invokestatic(f.g.ownerOf(m), f.g.funcName(m), impl);
        wcb.return_(java.lang.classfile.TypeKind.from(fi.mtd().returnType()));
      });
      f.ex.lambda(fi, owner, name, fi.mtd(), List.of());
      return;
    }
    f.ex.lambda(fi, f.g.ownerOf(m), f.g.funcName(m), impl, List.of());
  }

  /** A method expression (*T).M of a value method: the receiver argument must be dereferenced. */
  private static boolean needsDeref(Selection sel, Func m) {
    return Types.under(sel.recv()) instanceof Pointer && !(m.sig().recv.type instanceof Pointer);
  }

  /** Spills the pushed arguments of sig into temporaries (last first); returns their slots. */
  private int[] spillArgs(Signature sig) {
    int n = sig.params.size();
    int[] slots = new int[n];
    for (int i = n - 1; i >= 0; i--) slots[i] = f.temp(f.jt.desc(sig.params.at(i)));
    return slots;
  }

  private void reloadFirst(Signature sig, int[] slots) {
    f.load(f.jt.desc(sig.params.at(0)), slots[0]);
  }

  private void reloadRest(Signature sig, int[] slots) {
    for (int i = 1; i < slots.length; i++) f.load(f.jt.desc(sig.params.at(i)), slots[i]);
  }

  /** Dereferencing a pointer on the stack for a value receiver (struct pointers: null check only). */
  static final class Deref {
    private final Gen g;
    private final CodeBuilder cb;

    Deref(Gen g, CodeBuilder cb) {
      this.g = g;
      this.cb = cb;
    }

    void deref(Type ptrType) {
      Type elem = ((Pointer) Types.under(ptrType)).elem;
      if (JvmTypes.isObjectPointer(elem)) {
        cb.invokestatic(Rt.CD_OBJECTS, "requireNonNull", MethodTypeDesc.of(java.lang.constant.ConstantDescs.CD_Object, java.lang.constant.ConstantDescs.CD_Object));
        cb.checkcast(g.jt.pointerDesc(elem));
      } else {
        char k = JvmTypes.kind(elem);
        cb.invokevirtual(Rt.ptr(k), "get", MethodTypeDesc.of(Rt.stackElem(k)));
        if (k == 'B' || k == 'S') new ValueOps(g, cb).fixLoaded(elem);
        else if (k == 'L') new ValueOps(g, cb).checkcast(elem);
      }
    }
  }

  // ---- arguments ----

  /** Pushes the arguments of a call to sig (variadic packing, f(g()) spreading). */
  void args(Signature sig, List<Expr> args, boolean hasDots) {
    args(sig, args, hasDots, false);
  }

  /**
   * The arguments of a call bound now and made later (go and defer statements): struct and array
   * arguments are copied now, as the spec evaluates them at the statement (a called function copies
   * its aggregate parameters only when it runs).
   */
  void boundArgs(Signature sig, List<Expr> args, boolean hasDots) {
    args(sig, args, hasDots, true);
  }

  private void args(Signature sig, List<Expr> args, boolean hasDots, boolean copy) {
    if (args.size() == 1 && ExprGen.type(args.get(0)) instanceof Tuple tt && tt.size() > 1) {
      f.ex.expr(args.get(0));
      int tmp = f.temp(f.jt.desc(tt));
      List<Runnable> vals = new ArrayList<>();
      for (int i = 0; i < tt.size(); i++) {
        int idx = i;
        vals.add(() -> {
          cb.aload(tmp);
          f.tupleGet(tt, idx);
        });
      }
      pushArgs(sig, vals, List.copyOf(tt.vars.stream().map(v -> v.type).toList()));
      return;
    }
    pushArgsExprs(sig, args, hasDots, copy);
  }

  private void pushArgsExprs(Signature sig, List<Expr> args, boolean hasDots, boolean copy) {
    Tuple ps = sig.params;
    int n = ps.size();
    int fixed = sig.variadic ? n - 1 : n;
    for (int i = 0; i < fixed; i++) f.ex.valueFor(args.get(i), ps.at(i), copy);
    if (!sig.variadic) return;
    Type st = ps.at(n - 1);
    if (hasDots) {
      f.ex.value(args.get(n - 1), st);
      return;
    }
    List<Runnable> rest = new ArrayList<>();
    Type elem = ((Slice) Types.under(st)).elem;
    for (int i = fixed; i < args.size(); i++) {
      Expr a = args.get(i);
      rest.add(() -> f.ex.valueFor(a, elem, true));
    }
    packSlice(elem, rest);
  }

  private void pushArgs(Signature sig, List<Runnable> vals, List<Type> types) {
    Tuple ps = sig.params;
    int n = ps.size();
    int fixed = sig.variadic ? n - 1 : n;
    for (int i = 0; i < fixed; i++) {
      vals.get(i).run();
      f.ex.coerce(types.get(i), ps.at(i));
    }
    if (!sig.variadic) return;
    Type elem = ((Slice) Types.under(ps.at(n - 1))).elem;
    List<Runnable> rest = new ArrayList<>();
    for (int i = fixed; i < vals.size(); i++) {
      int idx = i;
      rest.add(() -> {
        vals.get(idx).run();
        f.ex.coerce(types.get(idx), elem);
      });
    }
    packSlice(elem, rest);
  }

  /** Pushes a new slice of elem holding the values (nil when there are none). */
  void packSlice(Type elem, List<Runnable> values) {
    if (values.isEmpty()) {
      cb.aconst_null();
      return;
    }
    char k = JvmTypes.kind(elem);
    ClassDesc comp = f.jt.component(elem);
    cb.loadConstant(values.size());
    f.ops.newArray(comp);
    for (int i = 0; i < values.size(); i++) {
      cb.dup();
      cb.loadConstant(i);
      values.get(i).run();
      f.ops.arrayStore(elem);
    }
    cb.invokestatic(Rt.slice(k), "of", MethodTypeDesc.of(Rt.slice(k), Rt.array(k)));
  }
}
