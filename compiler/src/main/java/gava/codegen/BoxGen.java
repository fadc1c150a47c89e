package gava.codegen;

import static java.lang.constant.ConstantDescs.*;

import gava.types.Basic;
import gava.types.Func;
import gava.types.Named;
import gava.types.Pointer;
import gava.types.Signature;
import gava.types.Type;
import gava.types.Types;
import java.lang.classfile.ClassFile;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.Label;
import java.lang.classfile.TypeKind;
import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;
import java.util.List;

/**
 * The box of a Go type whose JVM representation does not identify it, used when its value is held
 * in an interface ({@link Ifaces}): holds the value in {@code v}, compares with Go's == (panicking
 * for uncomparable types), implements the Go interfaces the type satisfies, and prints as gc's
 * printpanicval does ({@code Error()}/{@code String()} result, {@code main.T(v)}, or {@code (T) 0x...}).
 */
final class BoxGen {
  private BoxGen() {}

  static byte[] generate(Gen g, Classes.BoxInfo bi, ClassFile cf) {
    ClassDesc c = bi.cd();
    Type t = bi.type();
    ClassDesc vd = g.jt.desc(t);
    TypeKind vk = TypeKind.from(vd);
    String typeName = Ifaces.goTypeString(t);
    boolean comparable = Types.comparable(t);
    return cf.build(c, clb -> {
      clb.withFlags(ClassFile.ACC_PUBLIC | ClassFile.ACC_FINAL | ClassFile.ACC_SUPER);
      clb.withInterfaceSymbols(Rt.GOPANIC_PRINTABLE);
      clb.withField("v", vd, ClassFile.ACC_PUBLIC | ClassFile.ACC_FINAL);
      clb.withMethodBody("<init>", MethodTypeDesc.of(CD_void, vd), ClassFile.ACC_PRIVATE, cb -> {
        cb.aload(0).invokespecial(CD_Object, "<init>", MTD_void);
        cb.aload(0).loadLocal(vk, 1).putfield(c, "v", vd).return_();
      });
      clb.withMethodBody("of", MethodTypeDesc.of(c, vd), ClassFile.ACC_PUBLIC | ClassFile.ACC_STATIC, cb -> {
        cb.new_(c).dup().loadLocal(vk, 0).invokespecial(c, "<init>", MethodTypeDesc.of(CD_void, vd)).areturn();
      });
      clb.withMethodBody("equals", MethodTypeDesc.of(CD_boolean, CD_Object), ClassFile.ACC_PUBLIC, cb -> {
        Label no = cb.newLabel();
        cb.aload(1).instanceOf(c).ifeq(no);
        if (!comparable) {
          cb.ldc(typeName).invokestatic(Rt.PANICS, "uncomparable", MethodTypeDesc.of(Rt.GOPANIC, CD_String)).athrow();
        } else {
          cb.aload(0).getfield(c, "v", vd);
          cb.aload(1).checkcast(c).getfield(c, "v", vd);
          new ValueOps(g, cb).eqJump(t, no, false);
          cb.iconst_1().ireturn();
        }
        cb.labelBinding(no);
        cb.iconst_0().ireturn();
      });
      clb.withMethodBody("hashCode", MethodTypeDesc.of(CD_int), ClassFile.ACC_PUBLIC, cb -> {
        if (!comparable) {
          cb.ldc(typeName).invokestatic(Rt.PANICS, "unhashable", MethodTypeDesc.of(Rt.GOPANIC, CD_String)).athrow();
          return;
        }
        cb.aload(0).getfield(c, "v", vd);
        new ValueOps(g, cb).hash(t);
        cb.ireturn();
      });
      clb.withMethodBody("goPanicString", MethodTypeDesc.of(CD_String), ClassFile.ACC_PUBLIC, cb -> {
        Func m = stringMethodOf(t);
        if (m != null) {
          cb.aload(0).getfield(c, "v", vd);
          if (t instanceof Pointer p && !(m.sig().recv.type instanceof Pointer) && !JvmTypes.isObjectPointer(p.elem)) {
            // a value method through a pointer to a non-struct named type: load the pointee
            char k = JvmTypes.kind(p.elem);
            ValueOps ops = new ValueOps(g, cb);
            cb.invokevirtual(Rt.ptr(k), "get", MethodTypeDesc.of(Rt.stackElem(k)));
            if (k == 'B' || k == 'S') ops.fixLoaded(p.elem);
            else if (k == 'L') ops.checkcast(p.elem);
          }
          cb.invokestatic(g.ownerOf(m), g.funcName(m), g.jt.methodType(m.sig(), true, List.of()));
          cb.invokevirtual(Rt.GOSTRING, "toString", MethodTypeDesc.of(CD_String));
          cb.areturn();
          return;
        }
        if (Types.under(t) instanceof Basic b && b.kind != Basic.Kind.UNSAFE_POINTER) {
          boolean named = t instanceof Named;
          String open = b.isString() ? "(\"" : b.isComplex() ? "" : "(", close = b.isString() ? "\")" : b.isComplex() ? "" : ")";
          if (named) cb.ldc(typeName + open);
          cb.aload(0).getfield(c, "v", vd);
          formatBasic(cb, b);
          if (named) {
            cb.invokevirtual(CD_String, "concat", MethodTypeDesc.of(CD_String, CD_String));
            cb.ldc(close);
            cb.invokevirtual(CD_String, "concat", MethodTypeDesc.of(CD_String, CD_String));
          }
        } else {
          cb.ldc("(" + typeName + ") ");
          cb.aload(0).getfield(c, "v", vd);
          if (vd.isPrimitive()) {
            if (vk.slotSize() == 2) cb.pop2(); else cb.pop();
            cb.aload(0);
          }
          cb.invokestatic(Rt.PRINT, "address", MethodTypeDesc.of(CD_String, CD_Object));
          cb.invokevirtual(CD_String, "concat", MethodTypeDesc.of(CD_String, CD_String));
        }
        cb.areturn();
      });
      Ifaces.implement(g, clb, c, t, cb -> cb.aload(0).getfield(c, "v", vd));
    });
  }

  /** The Error()/String() method gc's panic printing calls on a value of type t, or null. */
  static Func stringMethodOf(Type t) {
    if (t instanceof Named n) return stringMethod(n, false);
    if (t instanceof Pointer p && p.elem instanceof Named n) return stringMethod(n, true);
    return null;
  }

  /** value of basic type b on the stack -> its text as print would write it. */
  static void formatBasic(CodeBuilder cb, Basic b) {
    if (b.isString()) {
      cb.invokevirtual(Rt.GOSTRING, "toString", MethodTypeDesc.of(CD_String));
    } else if (b.isComplex()) {
      cb.invokestatic(Rt.COMPLEX, "format", MethodTypeDesc.of(CD_String, CD_Object));
    } else if (b.isBoolean()) {
      cb.invokestatic(CD_String, "valueOf", MethodTypeDesc.of(CD_String, CD_boolean));
    } else if (b.isFloat()) {
      if (b.kind == Basic.Kind.FLOAT32) cb.f2d();
      cb.invokestatic(Rt.PRINT, "formatFloat", MethodTypeDesc.of(CD_String, CD_double));
    } else if (JvmTypes.kind(b) == 'J') {
      cb.invokestatic(CD_Long, b.isUnsigned() ? "toUnsignedString" : "toString", MethodTypeDesc.of(CD_String, CD_long));
    } else {
      cb.invokestatic(CD_Integer, b.kind == Basic.Kind.UINT32 ? "toUnsignedString" : "toString", MethodTypeDesc.of(CD_String, CD_int));
    }
  }

  /**
   * The method gc's panic printing calls on a value of type n: {@code Error() string}, else
   * {@code String() string}; pointer-receiver methods only when allowPtr (the value is a *n).
   */
  static Func stringMethod(Named n, boolean allowPtr) {
    for (String name : new String[] {"Error", "String"}) {
      Func m = n.method(name);
      if (m == null || m.decl == null) continue;
      Signature s = m.sig();
      if (s.params.size() != 0 || s.results.size() != 1 || !JvmTypes.isString(s.results.at(0))) continue;
      if (!(Types.under(s.results.at(0)) instanceof Basic)) continue;
      if (s.recv.type instanceof Pointer && !allowPtr) continue;
      return m;
    }
    return null;
  }
}
