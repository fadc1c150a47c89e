package gava.codegen;

import static java.lang.constant.ConstantDescs.*;

import gava.types.Type;
import java.lang.classfile.ClassFile;
import java.lang.classfile.TypeKind;
import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;
import java.util.List;

/** Generators of the small per-program classes: func interfaces, result tuples, field pointers, Zero descriptors. */
final class SmallClasses {
  private SmallClasses() {}

  /** {@code public interface $Func·<shape> { R call(P...); }} */
  static byte[] funcIface(Classes.FuncIface fi, ClassFile cf) {
    return cf.build(fi.cd(), clb -> {
      clb.withFlags(ClassFile.ACC_PUBLIC | ClassFile.ACC_INTERFACE | ClassFile.ACC_ABSTRACT);
      clb.withMethod("call", fi.mtd(), ClassFile.ACC_PUBLIC | ClassFile.ACC_ABSTRACT, mb -> {});
    });
  }

  /** {@code public interface $Iface·<n> { R $M(P...); ... }} for a Go interface. */
  static byte[] iface(Gen g, Classes.IfaceInfo ii, ClassFile cf) {
    return cf.build(ii.cd(), clb -> {
      clb.withFlags(ClassFile.ACC_PUBLIC | ClassFile.ACC_INTERFACE | ClassFile.ACC_ABSTRACT);
      java.util.Set<String> seen = new java.util.HashSet<>();
      for (gava.types.Func m : ii.methods()) {
        MethodTypeDesc mtd = g.jt.methodType(m.sig(), false, List.of());
        if (seen.add(m.name + mtd.descriptorString())) {
          clb.withMethod("$" + m.name, mtd, ClassFile.ACC_PUBLIC | ClassFile.ACC_ABSTRACT, mb -> {});
        }
      }
      Ifaces.dispatchers(g, clb, ii);
    });
  }

  /** {@code public final class $Tuple·<shape> { public final X r0, r1...; <init>(X...) }} */
  static byte[] tuple(Classes.TupleInfo ti, ClassFile cf) {
    return cf.build(ti.cd(), clb -> {
      clb.withFlags(ClassFile.ACC_PUBLIC | ClassFile.ACC_FINAL | ClassFile.ACC_SUPER);
      List<ClassDesc> fs = ti.fields();
      for (int i = 0; i < fs.size(); i++) clb.withField("r" + i, fs.get(i), ClassFile.ACC_PUBLIC | ClassFile.ACC_FINAL);
      clb.withMethodBody("<init>", MethodTypeDesc.of(CD_void, fs), ClassFile.ACC_PUBLIC, cb -> {
        cb.aload(0).invokespecial(CD_Object, "<init>", MTD_void);
        int slot = 1;
        for (int i = 0; i < fs.size(); i++) {
          TypeKind k = TypeKind.from(fs.get(i));
          cb.aload(0).loadLocal(k, slot).putfield(ti.cd(), "r" + i, fs.get(i));
          slot += k.slotSize();
        }
        cb.return_();
      });
    });
  }

  /** A pointer to a non-aggregate field of a struct object: extends PtrX, holds the object. */
  static byte[] fieldPtr(Classes.FieldPtr fp, int fieldIndex, ClassFile cf) {
    ClassDesc sup = Rt.ptr(fp.kind());
    ClassDesc ev = Rt.stackElem(fp.kind());
    return cf.build(fp.cd(), clb -> {
      clb.withFlags(ClassFile.ACC_PUBLIC | ClassFile.ACC_FINAL | ClassFile.ACC_SUPER);
      clb.withSuperclass(sup);
      clb.withField("o", fp.owner(), ClassFile.ACC_PUBLIC | ClassFile.ACC_FINAL);
      clb.withMethodBody("<init>", MethodTypeDesc.of(CD_void, fp.owner()), ClassFile.ACC_PUBLIC, cb -> {
        cb.aload(0).invokespecial(sup, "<init>", MTD_void);
        cb.aload(1).invokestatic(Rt.CD_OBJECTS, "requireNonNull", MethodTypeDesc.of(CD_Object, CD_Object)).pop();
        cb.aload(0).aload(1).putfield(fp.cd(), "o", fp.owner());
        cb.return_();
      });
      clb.withMethodBody("get", MethodTypeDesc.of(ev), ClassFile.ACC_PUBLIC, cb -> {
        cb.aload(0).getfield(fp.cd(), "o", fp.owner()).getfield(fp.owner(), fp.field(), fp.fieldDesc());
        cb.return_(TypeKind.from(ev));
      });
      clb.withMethodBody("set", MethodTypeDesc.of(CD_void, ev), ClassFile.ACC_PUBLIC, cb -> {
        cb.aload(0).getfield(fp.cd(), "o", fp.owner());
        cb.loadLocal(TypeKind.from(ev), 1);
        if (!fp.fieldDesc().isPrimitive() && !fp.fieldDesc().equals(CD_Object)) cb.checkcast(fp.fieldDesc());
        cb.putfield(fp.owner(), fp.field(), fp.fieldDesc());
        cb.return_();
      });
      clb.withMethodBody("base", MethodTypeDesc.of(CD_Object), ClassFile.ACC_PROTECTED, cb -> {
        cb.aload(0).getfield(fp.cd(), "o", fp.owner()).areturn();
      });
      clb.withMethodBody("index", MethodTypeDesc.of(CD_int), ClassFile.ACC_PROTECTED, cb -> {
        cb.loadConstant(fieldIndex).ireturn();
      });
      clb.withMethodBody("equals", MethodTypeDesc.of(CD_boolean, CD_Object), ClassFile.ACC_PUBLIC, cb -> {
        cb.aload(0).aload(1).invokestatic(Rt.PTR, "eq", MethodTypeDesc.of(CD_boolean, CD_Object, CD_Object)).ireturn();
      });
      clb.withMethodBody("hashCode", MethodTypeDesc.of(CD_int), ClassFile.ACC_PUBLIC, cb -> {
        cb.aload(0).invokestatic(Rt.PTR, "hash", MethodTypeDesc.of(CD_int, CD_Object)).ireturn();
      });
    });
  }

  /** A Zero descriptor for a struct or array element type (mutable values). */
  static byte[] zero(Gen g, Classes.ZeroInfo zi, ClassFile cf) {
    Type t = zi.type();
    ClassDesc c = zi.cd();
    ClassDesc vd = g.jt.desc(t);
    return cf.build(c, clb -> {
      clb.withFlags(ClassFile.ACC_PUBLIC | ClassFile.ACC_FINAL | ClassFile.ACC_SUPER);
      clb.withInterfaceSymbols(Rt.ZERO);
      clb.withField("INSTANCE", c, ClassFile.ACC_PUBLIC | ClassFile.ACC_STATIC | ClassFile.ACC_FINAL);
      clb.withMethodBody("<clinit>", MTD_void, ClassFile.ACC_STATIC, cb -> {
        cb.new_(c).dup().invokespecial(c, "<init>", MTD_void).putstatic(c, "INSTANCE", c).return_();
      });
      clb.withMethodBody("<init>", MTD_void, ClassFile.ACC_PUBLIC, cb -> {
        cb.aload(0).invokespecial(CD_Object, "<init>", MTD_void).return_();
      });
      clb.withMethodBody("zero", MethodTypeDesc.of(CD_Object), ClassFile.ACC_PUBLIC, cb -> {
        new ValueOps(g, cb).zero(t);
        cb.areturn();
      });
      clb.withMethodBody("size", MethodTypeDesc.of(CD_int), ClassFile.ACC_PUBLIC, cb -> {
        cb.loadConstant(GoSizes.sizeInt(t)).ireturn();
      });
      clb.withMethodBody("immutable", MethodTypeDesc.of(CD_boolean), ClassFile.ACC_PUBLIC, cb -> {
        cb.iconst_0().ireturn();
      });
      clb.withMethodBody("copy", MethodTypeDesc.of(CD_Object, CD_Object), ClassFile.ACC_PUBLIC, cb -> {
        cb.aload(1).checkcast(vd);
        new ValueOps(g, cb).copy(t);
        cb.areturn();
      });
      clb.withMethodBody("assign", MethodTypeDesc.of(CD_void, CD_Object, CD_Object), ClassFile.ACC_PUBLIC, cb -> {
        cb.aload(1).checkcast(vd).aload(2).checkcast(vd);
        new ValueOps(g, cb).assignInPlace(t);
        cb.return_();
      });
    });
  }

  /** Field index of a field pointer's field in its struct (for Ptr.index()). */
  static int fieldIndex(Classes.StructInfo owner, String field) {
    for (int i = 0; i < owner.struct().fields.size(); i++) {
      if (StructGen.fieldName(owner.struct(), i).equals(field)) return i;
    }
    return 0;
  }
}
