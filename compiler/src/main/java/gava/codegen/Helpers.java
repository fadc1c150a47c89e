package gava.codegen;

import static java.lang.constant.ConstantDescs.*;

import gava.lower.Exprs;
import gava.types.Array;
import gava.types.Struct;
import gava.types.Type;
import gava.types.Var;
import java.lang.classfile.ClassBuilder;
import java.lang.classfile.ClassFile;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.Label;
import java.lang.classfile.TypeKind;
import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The program's {@code $Helpers} class: static methods generated code calls for operations too long
 * to inline (shifts by variable counts, unsigned conversions, deep array operations, struct
 * conversions). Its method names contain no {@code ·}, so tracebacks skip them.
 */
final class Helpers {
  private final Gen g;
  final ClassDesc cd;
  private final Map<String, Helper> methods = new LinkedHashMap<>();
  private final List<Helper> pending = new ArrayList<>();

  private record Helper(String name, MethodTypeDesc mtd, Consumer<ValueOps> body) {}

  Helpers(Gen g, ClassDesc cd) {
    this.g = g;
    this.cd = cd;
  }

  private synchronized String define(String name, MethodTypeDesc mtd, Consumer<ValueOps> body) {
    if (!methods.containsKey(name)) {
      Helper h = new Helper(name, mtd, body);
      methods.put(name, h);
      pending.add(h);
    }
    return name;
  }

  boolean isEmpty() {
    return methods.isEmpty();
  }

  void invoke(CodeBuilder cb, String name) {
    cb.invokestatic(cd, name, methods.get(name).mtd());
  }

  /** Emits all helpers (including those registered while emitting). */
  void emit(ClassBuilder clb) {
    while (!pending.isEmpty()) {
      Helper h = pending.remove(0);
      clb.withMethodBody(h.name(), h.mtd(), ClassFile.ACC_PUBLIC | ClassFile.ACC_STATIC, cb -> h.body().accept(new ValueOps(g, cb)));
    }
  }

  // ---- shifts ----

  /** x, long count -> x shifted (count already checked non-negative or unsigned). op: shl, shr, ushr; wide: long x. */
  String shift(String op, boolean wide) {
    String name = op + (wide ? "64" : "32");
    ClassDesc x = wide ? CD_long : CD_int;
    return define(name, MethodTypeDesc.of(x, x, CD_long), o -> {
      CodeBuilder cb = o.cb;
      int width = wide ? 64 : 32;
      Label big = cb.newLabel();
      // if (n < 0 || n >= width) goto big   (unsigned compare of n with width)
      cb.lload(wide ? 2 : 1);
      cb.loadConstant((long) width);
      cb.invokestatic(CD_Long, "compareUnsigned", MethodTypeDesc.of(CD_int, CD_long, CD_long));
      cb.ifge(big);
      if (wide) cb.lload(0); else cb.iload(0);
      cb.lload(wide ? 2 : 1);
      cb.l2i();
      switch (op) {
        case "shl" -> { if (wide) cb.lshl(); else cb.ishl(); }
        case "shr" -> { if (wide) cb.lshr(); else cb.ishr(); }
        default -> { if (wide) cb.lushr(); else cb.iushr(); }
      }
      cb.return_(TypeKind.from(x));
      cb.labelBinding(big);
      if (op.equals("shr")) {
        if (wide) { cb.lload(0); cb.loadConstant(63); cb.lshr(); }
        else { cb.iload(0); cb.loadConstant(31); cb.ishr(); }
      } else {
        if (wide) cb.lconst_0(); else cb.iconst_0();
      }
      cb.return_(TypeKind.from(x));
    });
  }

  /** long count -> count, panicking for negative counts (signed count types). */
  String shiftCount() {
    return define("shiftCount", MethodTypeDesc.of(CD_long, CD_long), o -> {
      CodeBuilder cb = o.cb;
      Label ok = cb.newLabel();
      cb.lload(0).lconst_0().lcmp().ifge(ok);
      cb.invokestatic(Rt.PANICS, "negativeShift", MethodTypeDesc.of(Rt.GOPANIC)).athrow();
      cb.labelBinding(ok);
      cb.lload(0).lreturn();
    });
  }

  // ---- unsigned conversions ----

  /** uint64 (long bits) -> double. */
  String u64ToDouble() {
    return define("u64tod", MethodTypeDesc.of(CD_double, CD_long), o -> {
      CodeBuilder cb = o.cb;
      Label neg = cb.newLabel();
      cb.lload(0).lconst_0().lcmp().iflt(neg);
      cb.lload(0).l2d().dreturn();
      cb.labelBinding(neg);
      // ((x >>> 1) | (x & 1)) * 2.0
      cb.lload(0).iconst_1().lushr().lload(0).lconst_1().land().lor().l2d();
      cb.ldc(2.0).dmul().dreturn();
    });
  }

  /** uint64 (long bits) -> float. */
  String u64ToFloat() {
    return define("u64tof", MethodTypeDesc.of(CD_float, CD_long), o -> {
      CodeBuilder cb = o.cb;
      Label neg = cb.newLabel();
      cb.lload(0).lconst_0().lcmp().iflt(neg);
      cb.lload(0).l2f().freturn();
      cb.labelBinding(neg);
      cb.lload(0).iconst_1().lushr().lload(0).lconst_1().land().lor().l2f();
      cb.ldc(2.0f).fmul().freturn();
    });
  }

  /** double -> int64 as gc on amd64 (CVTTSD2SQ): NaN and out-of-range values give MinInt64. */
  String doubleToI64() {
    return define("dtoi64", MethodTypeDesc.of(CD_long, CD_double), o -> {
      CodeBuilder cb = o.cb;
      Label bad = cb.newLabel();
      cb.dload(0).ldc(-9.223372036854775808E18).dcmpl().iflt(bad);
      cb.dload(0).ldc(9.223372036854775808E18).dcmpg().ifge(bad);
      cb.dload(0).d2l().lreturn();
      cb.labelBinding(bad);
      cb.ldc(Long.MIN_VALUE).lreturn();
    });
  }

  /** double -> int32 as gc on amd64 (CVTTSD2SL): NaN and out-of-range values give MinInt32. */
  String doubleToI32() {
    return define("dtoi32", MethodTypeDesc.of(CD_int, CD_double), o -> {
      CodeBuilder cb = o.cb;
      Label bad = cb.newLabel();
      cb.dload(0).ldc(-2147483649.0).dcmpl().ifle(bad);
      cb.dload(0).ldc(2147483648.0).dcmpg().ifge(bad);
      cb.dload(0).d2i().ireturn();
      cb.labelBinding(bad);
      cb.ldc(Integer.MIN_VALUE).ireturn();
    });
  }

  /** double -> uint64 (long bits) as gc on amd64. */
  String doubleToU64() {
    String i64 = doubleToI64();
    return define("dtou64", MethodTypeDesc.of(CD_long, CD_double), o -> {
      CodeBuilder cb = o.cb;
      Label big = cb.newLabel();
      cb.dload(0).ldc(9.223372036854775808E18).dcmpg().ifge(big);
      cb.dload(0).invokestatic(cd, i64, MethodTypeDesc.of(CD_long, CD_double)).lreturn();
      cb.labelBinding(big);
      cb.dload(0).ldc(9.223372036854775808E18).dsub().invokestatic(cd, i64, MethodTypeDesc.of(CD_long, CD_double));
      cb.ldc(Long.MIN_VALUE).lor().lreturn();
    });
  }

  /** long index, int length -> int index, panicking like gc when out of range. */
  String checkIndex() {
    return define("checkIndex", MethodTypeDesc.of(CD_int, CD_long, CD_int), o -> {
      CodeBuilder cb = o.cb;
      Label bad = cb.newLabel();
      cb.lload(0).iload(2).i2l().invokestatic(CD_Long, "compareUnsigned", MethodTypeDesc.of(CD_int, CD_long, CD_long)).ifge(bad);
      cb.lload(0).l2i().ireturn();
      cb.labelBinding(bad);
      cb.lload(0).iload(2).i2l().invokestatic(Rt.PANICS, "indexOutOfRange", MethodTypeDesc.of(Rt.GOPANIC, CD_long, CD_long)).athrow();
    });
  }

  // ---- arrays ----

  private final Map<String, Integer> arrayIds = new LinkedHashMap<>();

  private int arrayId(Array a) {
    return arrayIds.computeIfAbsent(g.classes.keys.key(a), k -> arrayIds.size() + 1);
  }

  /** () -> fresh zero array whose elements need initialisation. */
  String arrayZero(Array a) {
    ClassDesc ad = g.jt.arrayDesc(a);
    return define("azero" + arrayId(a), MethodTypeDesc.of(ad), o -> {
      CodeBuilder cb = o.cb;
      ClassDesc comp = g.jt.component(a.elem);
      cb.loadConstant((int) a.len);
      o.newArray(comp);
      cb.astore(0);
      loop(cb, (int) a.len, 1, () -> {
        cb.aload(0).iload(1);
        o.zero(a.elem);
        cb.aastore();
      });
      cb.aload(0).areturn();
    });
  }

  /** arr -> fresh deep copy (aggregate elements). */
  String arrayCopy(Array a) {
    ClassDesc ad = g.jt.arrayDesc(a);
    return define("acopy" + arrayId(a), MethodTypeDesc.of(ad, ad), o -> {
      CodeBuilder cb = o.cb;
      ClassDesc comp = g.jt.component(a.elem);
      cb.loadConstant((int) a.len);
      o.newArray(comp);
      cb.astore(1);
      loop(cb, (int) a.len, 2, () -> {
        cb.aload(1).iload(2).aload(0).iload(2);
        o.arrayLoad(a.elem);
        o.copy(a.elem);
        cb.aastore();
      });
      cb.aload(1).areturn();
    });
  }

  /** dst, src -> assigns each aggregate element in place. */
  String arrayAssign(Array a) {
    ClassDesc ad = g.jt.arrayDesc(a);
    return define("aassign" + arrayId(a), MethodTypeDesc.of(CD_void, ad, ad), o -> {
      CodeBuilder cb = o.cb;
      loop(cb, (int) a.len, 2, () -> {
        cb.aload(0).iload(2);
        o.arrayLoad(a.elem);
        cb.aload(1).iload(2);
        o.arrayLoad(a.elem);
        o.assignInPlace(a.elem);
      });
      cb.return_();
    });
  }

  /** a, b -> Go ==. */
  String arrayEq(Array a) {
    ClassDesc ad = g.jt.arrayDesc(a);
    return define("aeq" + arrayId(a), MethodTypeDesc.of(CD_boolean, ad, ad), o -> {
      CodeBuilder cb = o.cb;
      Label no = cb.newLabel();
      loop(cb, (int) a.len, 2, () -> {
        cb.aload(0).iload(2);
        o.arrayLoad(a.elem);
        cb.aload(1).iload(2);
        o.arrayLoad(a.elem);
        o.eqJump(a.elem, no, false);
      });
      cb.iconst_1().ireturn();
      cb.labelBinding(no);
      cb.iconst_0().ireturn();
    });
  }

  /** a -> hash consistent with Go ==. */
  String arrayHash(Array a) {
    ClassDesc ad = g.jt.arrayDesc(a);
    return define("ahash" + arrayId(a), MethodTypeDesc.of(CD_int, ad), o -> {
      CodeBuilder cb = o.cb;
      cb.iconst_1().istore(1);
      loop(cb, (int) a.len, 2, () -> {
        cb.iload(1).bipush(31).imul();
        cb.aload(0).iload(2);
        o.arrayLoad(a.elem);
        o.hash(a.elem);
        cb.iadd().istore(1);
      });
      cb.iload(1).ireturn();
    });
  }

  /** for (int i = 0; i < n; i++) body, with i in local slot. */
  private static void loop(CodeBuilder cb, int n, int slot, Runnable body) {
    Label top = cb.newLabel(), end = cb.newLabel();
    cb.iconst_0().istore(slot);
    cb.labelBinding(top);
    cb.iload(slot);
    cb.loadConstant(n);
    cb.if_icmpge(end);
    body.run();
    cb.iinc(slot, 1);
    cb.goto_(top);
    cb.labelBinding(end);
  }

  // ---- struct conversions ----

  /** from-object -> fresh object of the target struct class with the same field values (copied). */
  String structConvert(Type from, Type to) {
    ClassDesc fc = g.classes.structClass(from), tc = g.classes.structClass(to);
    String name = "conv" + arrayIds.computeIfAbsent("conv " + g.classes.keys.key(from) + " -> " + g.classes.keys.key(to), k -> arrayIds.size() + 1);
    return define(name, MethodTypeDesc.of(tc, fc), o -> {
      CodeBuilder cb = o.cb;
      Struct fs = (Struct) gava.types.Types.under(from);
      Struct ts = (Struct) gava.types.Types.under(to);
      cb.new_(tc).dup().iconst_0().invokespecial(tc, "<init>", MethodTypeDesc.of(CD_void, CD_boolean));
      cb.astore(1);
      for (int i = 0; i < ts.fields.size(); i++) {
        Var tf = ts.fields.get(i), ff = fs.fields.get(i);
        cb.aload(1).aload(0);
        cb.getfield(fc, StructGen.fieldName(fs, i), g.jt.desc(ff.type));
        if (Exprs.isAggregate(ff.type)) {
          o.copy(ff.type);
          if (Exprs.isNamedStruct(ff.type) || Exprs.isNamedStruct(tf.type)) {
            if (!g.classes.structClass(ff.type).equals(g.classes.structClass(tf.type))) {
              cb.invokestatic(cd, structConvert(ff.type, tf.type), MethodTypeDesc.of(g.jt.desc(tf.type), g.jt.desc(ff.type)));
            }
          }
        }
        cb.putfield(tc, StructGen.fieldName(ts, i), g.jt.desc(tf.type));
      }
      cb.aload(1).areturn();
    });
  }
  // ---- interfaces ----

  /** Object -> the Go name of its dynamic type (for assertion failure messages). */
  String dynTypeName() {
    return define("dynTypeName", MethodTypeDesc.of(CD_String, CD_Object), o -> {
      CodeBuilder cb = o.cb;
      Ifaces ifs = new Ifaces(g, cb);
      for (ClassDesc c : new ClassDesc[] {CD_Boolean, CD_Long, CD_Byte, CD_Short, CD_Integer, CD_Float, CD_Double, Rt.GOSTRING}) {
        Label next = cb.newLabel();
        cb.aload(0).instanceOf(c).ifeq(next);
        cb.ldc(Ifaces.canonicalName(c)).areturn();
        cb.labelBinding(next);
      }
      for (Type t : List.copyOf(g.classes.dynTypes.values())) {
        Label next = cb.newLabel();
        cb.aload(0).instanceOf(ifs.rep(t).cd()).ifeq(next);
        cb.ldc(Ifaces.goTypeString(t)).areturn();
        cb.labelBinding(next);
      }
      Label next = cb.newLabel();
      cb.aload(0).instanceOf(Rt.cd("RuntimeError")).ifeq(next);
      cb.ldc("runtime.Error").areturn();
      cb.labelBinding(next);
      cb.aload(0).invokevirtual(CD_Object, "getClass", MethodTypeDesc.of(CD_Class));
      cb.invokevirtual(CD_Class, "getName", MethodTypeDesc.of(CD_String)).areturn();
    });
  }

  /** (x, static interface name, target type name, target's pkgpath) -> the panic of a failed x.(T) for concrete T. */
  String assertFailed() {
    String dyn = dynTypeName();
    return define("assertFailed", MethodTypeDesc.of(Rt.GOPANIC, CD_Object, CD_String, CD_String, CD_String), o -> {
      CodeBuilder cb = o.cb;
      // Panics.typeAssertion(x, iface, dynamic type name or null, target, target's pkgpath): adds
      // gc's "(types from different packages|scopes)" when both names are the same
      Label notNil = cb.newLabel();
      Label join = cb.newLabel();
      cb.aload(0);
      cb.aload(1);
      cb.aload(0).ifnonnull(notNil);
      cb.aconst_null();
      cb.goto_(join);
      cb.labelBinding(notNil);
      cb.aload(0).invokestatic(cd, dyn, MethodTypeDesc.of(CD_String, CD_Object));
      cb.labelBinding(join);
      cb.aload(2).aload(3);
      cb.invokestatic(Rt.PANICS, "typeAssertion", MethodTypeDesc.of(Rt.GOPANIC, CD_Object, CD_String, CD_String, CD_String, CD_String)).areturn();
    });
  }

  /** (x, static interface name, target interface name, interface id) -> the panic of a failed x.(I). */
  String assertIfaceFailed() {
    String dyn = dynTypeName();
    String missing = missingMethod();
    return define("assertIfaceFailed", MethodTypeDesc.of(Rt.GOPANIC, CD_Object, CD_String, CD_String, CD_int), o -> {
      CodeBuilder cb = o.cb;
      Label notNil = cb.newLabel();
      cb.aload(0).ifnonnull(notNil);
      cb.ldc("interface conversion: interface is nil, not ").aload(2).invokevirtual(CD_String, "concat", MethodTypeDesc.of(CD_String, CD_String));
      cb.invokestatic(Rt.PANICS, "plainError", MethodTypeDesc.of(Rt.GOPANIC, CD_String)).areturn();
      cb.labelBinding(notNil);
      cb.ldc("interface conversion: ");
      cb.aload(0).invokestatic(cd, dyn, MethodTypeDesc.of(CD_String, CD_Object));
      cb.invokevirtual(CD_String, "concat", MethodTypeDesc.of(CD_String, CD_String));
      cb.ldc(" is not ").invokevirtual(CD_String, "concat", MethodTypeDesc.of(CD_String, CD_String));
      cb.aload(2).invokevirtual(CD_String, "concat", MethodTypeDesc.of(CD_String, CD_String));
      cb.ldc(": missing method ").invokevirtual(CD_String, "concat", MethodTypeDesc.of(CD_String, CD_String));
      cb.aload(0).iload(3).invokestatic(cd, missing, MethodTypeDesc.of(CD_String, CD_Object, CD_int));
      cb.invokevirtual(CD_String, "concat", MethodTypeDesc.of(CD_String, CD_String));
      cb.invokestatic(Rt.PANICS, "plainError", MethodTypeDesc.of(Rt.GOPANIC, CD_String)).areturn();
    });
  }

  /** (x, interface id) -> the name of the first method of the interface x's dynamic type lacks. */
  String missingMethod() {
    return define("missingMethod", MethodTypeDesc.of(CD_String, CD_Object, CD_int),
        o -> missingMethodChunk(o.cb, List.copyOf(g.classes.dynTypes.values()), 0, 1));
  }

  /** Bytes of code a chunk of missingMethod may take (the JVM allows 64 KiB per method). */
  private static final int CHUNK_BYTES = 30_000;

  /**
   * The tests of missingMethod for types[from..]: as many as fit in one method; the rest go to the
   * next chunk {@code missingMethod·<n+1>}, which this one calls when no type of its own matched.
   */
  private void missingMethodChunk(CodeBuilder cb, List<Type> types, int from, int n) {
    Ifaces ifs = new Ifaces(g, cb);
    int bytes = 0;
    int i = from;
    for (; i < types.size(); i++) {
      Type t = types.get(i);
      List<Object[]> missing = new ArrayList<>();
      for (Classes.IfaceInfo ii : List.copyOf(g.classes.ifaces.values())) {
        gava.types.Func[] mm = gava.types.Lookup.missingMethod(t, ii.type(), true, null);
        if (mm != null) missing.add(new Object[] {ii.id(), mm[0].name});
      }
      int size = 10 + 14 * missing.size();
      if (bytes > 0 && bytes + size > CHUNK_BYTES) break;
      bytes += size;
      Label next = cb.newLabel();
      cb.aload(0).instanceOf(ifs.rep(t).cd()).ifeq(next);
      for (Object[] m : missing) {
        Label no = cb.newLabel();
        cb.iload(1).loadConstant((Integer) m[0]).if_icmpne(no);
        cb.ldc((String) m[1]).areturn();
        cb.labelBinding(no);
      }
      cb.labelBinding(next);
    }
    if (i < types.size()) {
      int rest = i;
      String name = define("missingMethod\u00b7" + (n + 1), MethodTypeDesc.of(CD_String, CD_Object, CD_int),
          o -> missingMethodChunk(o.cb, types, rest, n + 1));
      cb.aload(0).iload(1).invokestatic(cd, name, MethodTypeDesc.of(CD_String, CD_Object, CD_int)).areturn();
      return;
    }
    // canonical boxes and others have no methods: the interface's first method is missing
    for (Classes.IfaceInfo ii : List.copyOf(g.classes.ifaces.values())) {
      Label no = cb.newLabel();
      cb.iload(1).loadConstant(ii.id()).if_icmpne(no);
      cb.ldc(ii.methods().isEmpty() ? "?" : ii.methods().get(0).name).areturn();
      cb.labelBinding(no);
    }
    cb.ldc("?").areturn();
  }

  /** Go == on two interface values: same dynamic type and equal values; panics for uncomparable types. */
  String ifaceEq() {
    return define("ifaceEq", MethodTypeDesc.of(CD_boolean, CD_Object, CD_Object), o -> {
      CodeBuilder cb = o.cb;
      Label aNotNull = cb.newLabel(), bNotNull = cb.newLabel(), notD = cb.newLabel(), notF = cb.newLabel();
      Label same = cb.newLabel(), no = cb.newLabel(), yes = cb.newLabel();
      // if (a == null) return b == null; if (b == null) return false;
      cb.aload(0).ifnonnull(aNotNull);
      cb.aload(1).ifnull(yes);
      cb.goto_(no);
      cb.labelBinding(aNotNull);
      cb.aload(1).ifnonnull(bNotNull);
      cb.goto_(no);
      cb.labelBinding(bNotNull);
      // floats compare by value (NaN != NaN, +0 == -0)
      cb.aload(0).instanceOf(CD_Double).ifeq(notD);
      cb.aload(1).instanceOf(CD_Double).ifeq(no);
      cb.aload(0).checkcast(CD_Double).invokevirtual(CD_Double, "doubleValue", MethodTypeDesc.of(CD_double));
      cb.aload(1).checkcast(CD_Double).invokevirtual(CD_Double, "doubleValue", MethodTypeDesc.of(CD_double));
      cb.dcmpl().ifne(no);
      cb.goto_(yes);
      cb.labelBinding(notD);
      cb.aload(0).instanceOf(CD_Float).ifeq(notF);
      cb.aload(1).instanceOf(CD_Float).ifeq(no);
      cb.aload(0).checkcast(CD_Float).invokevirtual(CD_Float, "floatValue", MethodTypeDesc.of(CD_float));
      cb.aload(1).checkcast(CD_Float).invokevirtual(CD_Float, "floatValue", MethodTypeDesc.of(CD_float));
      cb.fcmpl().ifne(no);
      cb.goto_(yes);
      cb.labelBinding(notF);
      // different dynamic types are unequal; same type: the class's Go == (may panic)
      cb.aload(0).invokevirtual(CD_Object, "getClass", MethodTypeDesc.of(CD_Class));
      cb.aload(1).invokevirtual(CD_Object, "getClass", MethodTypeDesc.of(CD_Class));
      cb.if_acmpeq(same);
      cb.goto_(no);
      cb.labelBinding(same);
      cb.aload(0).aload(1).invokevirtual(CD_Object, "equals", MethodTypeDesc.of(CD_boolean, CD_Object)).ireturn();
      cb.labelBinding(yes);
      cb.iconst_1().ireturn();
      cb.labelBinding(no);
      cb.iconst_0().ireturn();
    });
  }
}
