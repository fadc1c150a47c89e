package gava.codegen;

import static java.lang.constant.ConstantDescs.*;

import gava.syntax.Expr;
import gava.syntax.Node;
import gava.types.Array;
import gava.types.Basic;
import gava.types.Interface;
import gava.types.Named;
import gava.types.Pointer;
import gava.types.Slice;
import gava.types.Struct;
import gava.types.Type;
import gava.types.Types;
import java.lang.classfile.CodeBuilder;
import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;

/** Conversions T(x) (spec "Conversions"). */
final class Conversions {
  private static final ClassDesc ARRAY_POINTERS = Rt.cd("ArrayPointers");
  private final FuncGen f;
  private final CodeBuilder cb;

  Conversions(FuncGen f) {
    this.f = f;
    this.cb = f.cb;
  }

  void convert(Expr arg, Type to, Node at) {
    if (ExprGen.isNil(arg)) {
      cb.aconst_null();
      return;
    }
    Type from = ExprGen.type(arg);
    f.ex.expr(arg);
    convertValue(from, to, at);
  }

  /** Value of type from on the stack -> value of type to. */
  void convertValue(Type from, Type to, Node at) {
    Type fu = Types.under(from), tu = Types.under(to);
    if (tu instanceof Interface) {
      f.ex.coerce(from, to);
      return;
    }
    if (fu instanceof Interface) throw new NotSupported(at, "conversion from interface");
    if (unsafePointer(fu, tu, to, at)) return;
    if (fu instanceof Basic fb && tu instanceof Basic tb) {
      basic(fb, from, tb, to, at);
      return;
    }
    if (tu instanceof Basic tb && tb.isString()) {
      if (fu instanceof Slice s) {
        if (JvmTypes.kind(s.elem) == 'B') cb.invokestatic(Rt.GOSTRING, "fromBytes", MethodTypeDesc.of(Rt.GOSTRING, Rt.slice('B')));
        else cb.invokestatic(Rt.GOSTRING, "fromRunes", MethodTypeDesc.of(Rt.GOSTRING, Rt.slice('I')));
        return;
      }
    }
    if (fu instanceof Basic fb && fb.isString() && tu instanceof Slice s) {
      if (JvmTypes.kind(s.elem) == 'B') cb.invokevirtual(Rt.GOSTRING, "toBytes", MethodTypeDesc.of(Rt.slice('B')));
      else cb.invokevirtual(Rt.GOSTRING, "toRunes", MethodTypeDesc.of(Rt.slice('I')));
      return;
    }
    if (fu instanceof Struct && tu instanceof Struct) {
      ClassDesc fc = f.jt.desc(from), tc = f.jt.desc(to);
      if (!fc.equals(tc)) cb.invokestatic(f.g.helpers.cd, f.g.helpers.structConvert(from, to), MethodTypeDesc.of(tc, fc));
      return;
    }
    if (fu instanceof Slice s && tu instanceof Array a) {
      sliceToArray(s, a);
      return;
    }
    if (fu instanceof Slice s && tu instanceof Pointer p && Types.under(p.elem) instanceof Array a) {
      sliceToArrayPointer(s, a);
      return;
    }
    if (fu instanceof Pointer && tu instanceof Pointer) {
      if (!f.jt.desc(from).equals(f.jt.desc(to))) throw new NotSupported(at, "pointer conversion between struct types");
      return;
    }
    ClassDesc fd = f.jt.desc(from), td = f.jt.desc(to);
    if (!fd.equals(td)) throw new NotSupported(at, "conversion from " + from + " to " + to);
  }

  /** {@code [N]E(s)} (Go 1.20): a fresh copy of s[:N]; panics when len(s) < N. */
  private void sliceToArray(Slice s, Array a) {
    char k = JvmTypes.kind(s.elem);
    cb.loadConstant(a.len);
    if (k != 'L') {
      cb.invokestatic(ARRAY_POINTERS, "toArray" + k, MethodTypeDesc.of(Rt.array(k), Rt.slice(k), CD_long));
      return;
    }
    // elements are copied as values; the array's class may be T[] (structs) where the slice holds Object[]
    new Builtins(f).zeroDesc(a.elem);
    ClassDesc ad = f.jt.arrayDesc(a);
    cb.ldc(ad);
    cb.invokestatic(ARRAY_POINTERS, "toArray", MethodTypeDesc.of(Rt.array('L'), Rt.slice('L'), CD_long, Rt.ZERO, CD_Class));
    cb.checkcast(ad);
  }

  /**
   * {@code (*[N]E)(s)} (Go 1.17): the slice's backing array itself, which aliases the slice's
   * elements; nil for a nil slice and N == 0; panics when len(s) < N (see gava.runtime.ArrayPointers
   * for the windows a JVM array cannot alias).
   */
  private void sliceToArrayPointer(Slice s, Array a) {
    char k = JvmTypes.kind(s.elem);
    cb.loadConstant(a.len);
    if (k != 'L') {
      cb.invokestatic(ARRAY_POINTERS, "of" + k, MethodTypeDesc.of(Rt.array(k), Rt.slice(k), CD_long));
      return;
    }
    ClassDesc ad = f.jt.arrayDesc(a);
    cb.ldc(ad);
    cb.invokestatic(ARRAY_POINTERS, "ofL", MethodTypeDesc.of(Rt.array('L'), Rt.slice('L'), CD_long, CD_Class));
    cb.checkcast(ad);
  }

  /**
   * Conversions with unsafe.Pointer (an Object: the pointer's own representation). Pointer to and
   * from unsafe.Pointer keep the object (a checkcast on the way back); unsafe.Pointer to uintptr is
   * the object's identity hash (0 for nil): no address arithmetic on the JVM.
   */
  private boolean unsafePointer(Type fu, Type tu, Type to, Node at) {
    boolean fromU = fu instanceof Basic fb && fb.kind == Basic.Kind.UNSAFE_POINTER;
    boolean toU = tu instanceof Basic tb && tb.kind == Basic.Kind.UNSAFE_POINTER;
    if (!fromU && !toU) return false;
    if (fromU && toU) return true;
    if (toU && fu instanceof Pointer) return true;
    if (fromU && tu instanceof Pointer) {
      ClassDesc pd = f.jt.desc(to);
      if (pd.equals(Rt.ptr('J'))) {
        // (*uintptr)(p) of a pointer to a string or slice: reads its data's pseudo-address
        cb.invokestatic(Rt.cd("UnsafeWords"), "toPtrJ", MethodTypeDesc.of(CD_Object, CD_Object));
      }
      unsafeView(((Pointer) tu).elem, pd);
      cb.checkcast(pd);
      return true;
    }
    if (fromU && tu instanceof Basic tb && tb.kind == Basic.Kind.UINTPTR) {
      cb.invokestatic(java.lang.constant.ClassDesc.of("java.lang.System"), "identityHashCode", MethodTypeDesc.of(CD_int, CD_Object));
      cb.i2l();
      return true;
    }
    throw new NotSupported(at, "conversion from " + fu + " to " + tu + " (no address arithmetic)");
  }

  /**
   * (*reflect.StringHeader)(p), (*reflect.SliceHeader)(p), (*string)(p), (*[]byte)(p) of a pointer to
   * a string or slice variable: a view of its header or bytes (gava.runtime.UnsafeViews).
   */
  private void unsafeView(Type elem, ClassDesc pd) {
    if (elem instanceof Named n && n.obj.pkg != null && n.obj.pkg.path.equals("reflect")
        && (n.obj.name.equals("StringHeader") || n.obj.name.equals("SliceHeader"))) {
      cb.ldc(pd);
      cb.invokestatic(Rt.cd("UnsafeViews"), "toHeader", MethodTypeDesc.of(CD_Object, CD_Object, ClassDesc.of("java.lang.Class")));
    } else if (Types.under(elem) instanceof Basic b && b.kind == Basic.Kind.STRING) {
      cb.invokestatic(Rt.cd("UnsafeViews"), "toPtrString", MethodTypeDesc.of(CD_Object, CD_Object));
    } else if (Types.under(elem) instanceof Slice sl && Types.under(sl.elem) instanceof Basic b
        && (b.kind == Basic.Kind.UINT8)) {
      cb.invokestatic(Rt.cd("UnsafeViews"), "toPtrBytes", MethodTypeDesc.of(CD_Object, CD_Object));
    }
  }

  private void basic(Basic fb, Type from, Basic tb, Type to, Node at) {
    if (fb.isComplex() || tb.isComplex()) {
      if (!fb.isComplex() || !tb.isComplex()) throw new IllegalStateException("conversion from " + from + " to " + to);
      ComplexGen.convert(cb, tb.kind == Basic.Kind.COMPLEX64 && fb.kind != Basic.Kind.COMPLEX64);
      return;
    }
    if (fb.kind == Basic.Kind.UNSAFE_POINTER || tb.kind == Basic.Kind.UNSAFE_POINTER) throw new NotSupported(at, "unsafe.Pointer");
    if (tb.isString()) {
      if (fb.isString()) return;
      if (fb.isInteger()) {
        f.ex.toLong(from);
        if (fb.isUnsigned() && JvmTypes.kind(from) == 'J') {
          // huge unsigned values are invalid code points
          cb.dup2().lconst_0().lcmp();
          java.lang.classfile.Label ok = cb.newLabel();
          cb.ifge(ok);
          cb.pop2().loadConstant(-1L);
          cb.labelBinding(ok);
        }
        cb.invokestatic(Rt.GOSTRING, "fromRune", MethodTypeDesc.of(Rt.GOSTRING, CD_long));
        return;
      }
    }
    if (fb.isBoolean() && tb.isBoolean()) return;
    char fk = JvmTypes.kind(from), tk = JvmTypes.kind(to);
    boolean fu = fb.isUnsigned();
    if (fb.isInteger() && tb.isInteger()) {
      if (tk == 'J') {
        if (fk != 'J') f.ex.toLong(from);
        return;
      }
      if (fk == 'J') cb.l2i();
      f.ops.normalize(to);
      return;
    }
    if (fb.isInteger() && tb.isFloat()) {
      if (fk != 'J') {
        if (fb.kind == Basic.Kind.UINT32) {
          f.ex.toLong(from);
          fk = 'J';
        } else {
          if (tk == 'F') cb.i2f(); else cb.i2d();
          return;
        }
      }
      if (fu && fb.kind != Basic.Kind.UINT32) {
        f.g.helpers.invoke(cb, tk == 'F' ? f.g.helpers.u64ToFloat() : f.g.helpers.u64ToDouble());
      } else {
        if (tk == 'F') cb.l2f(); else cb.l2d();
      }
      return;
    }
    if (fb.isFloat() && tb.isInteger()) {
      if (fk == 'F') cb.f2d();
      switch (tb.kind) {
        case UINT64, UINT, UINTPTR -> f.g.helpers.invoke(cb, f.g.helpers.doubleToU64());
        case INT64, INT -> f.g.helpers.invoke(cb, f.g.helpers.doubleToI64());
        case UINT32 -> { f.g.helpers.invoke(cb, f.g.helpers.doubleToI64()); cb.l2i(); }
        default -> { f.g.helpers.invoke(cb, f.g.helpers.doubleToI32()); f.ops.normalize(to); }
      }
      return;
    }
    if (fb.isFloat() && tb.isFloat()) {
      if (fk == 'F' && tk == 'D') cb.f2d();
      else if (fk == 'D' && tk == 'F') cb.d2f();
      return;
    }
    if (fk == tk) return;
    throw new NotSupported(at, "conversion from " + from + " to " + to);
  }
}
