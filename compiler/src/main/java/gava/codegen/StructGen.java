package gava.codegen;

import static java.lang.constant.ConstantDescs.*;

import gava.lower.Exprs;
import gava.types.Named;
import gava.types.Struct;
import gava.types.Type;
import gava.types.Var;
import java.lang.classfile.ClassFile;
import java.lang.classfile.Label;
import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;

/**
 * The class of a struct type: public fields mapped as design.md says, a zero-value constructor,
 * a raw constructor {@code (Z)V} that leaves fields at JVM defaults, {@code copy()}, {@code assign(T)},
 * and {@code equals}/{@code hashCode} with Go's {@code ==}.
 */
final class StructGen {
  private StructGen() {}

  /** JVM field name of field i (blank fields get distinct names). */
  static String fieldName(Struct s, int i) {
    String n = s.fields.get(i).name;
    return n.equals("_") || n.isEmpty() ? "_·" + i : n;
  }

  static byte[] generate(Gen g, Classes.StructInfo si, ClassFile cf) {
    ClassDesc c = si.cd();
    Struct s = si.struct();
    JvmTypes jt = g.jt;
    return cf.build(c, clb -> {
      clb.withFlags(ClassFile.ACC_PUBLIC | ClassFile.ACC_FINAL | ClassFile.ACC_SUPER);
      clb.withInterfaceSymbols(Rt.GOPANIC_PRINTABLE);
      for (int i = 0; i < s.fields.size(); i++) {
        clb.withField(fieldName(s, i), jt.desc(s.fields.get(i).type), ClassFile.ACC_PUBLIC);
      }
      clb.withMethodBody("<init>", MTD_void, ClassFile.ACC_PUBLIC, cb -> {
        cb.aload(0).invokespecial(CD_Object, "<init>", MTD_void);
        ValueOps o = new ValueOps(g, cb);
        for (int i = 0; i < s.fields.size(); i++) {
          Type ft = s.fields.get(i).type;
          if (!ValueOps.needsElementInit(ft)) continue;
          cb.aload(0);
          o.zero(ft);
          cb.putfield(c, fieldName(s, i), jt.desc(ft));
        }
        cb.return_();
      });
      clb.withMethodBody("<init>", MethodTypeDesc.of(CD_void, CD_boolean), ClassFile.ACC_PUBLIC, cb -> {
        cb.aload(0).invokespecial(CD_Object, "<init>", MTD_void).return_();
      });
      clb.withMethodBody("copy", MethodTypeDesc.of(c), ClassFile.ACC_PUBLIC, cb -> {
        ValueOps o = new ValueOps(g, cb);
        cb.new_(c).dup().iconst_0().invokespecial(c, "<init>", MethodTypeDesc.of(CD_void, CD_boolean));
        for (int i = 0; i < s.fields.size(); i++) {
          Type ft = s.fields.get(i).type;
          ClassDesc fd = jt.desc(ft);
          cb.dup().aload(0).getfield(c, fieldName(s, i), fd);
          if (Exprs.isAggregate(ft)) o.copy(ft);
          cb.putfield(c, fieldName(s, i), fd);
        }
        cb.areturn();
      });
      clb.withMethodBody("assign", MethodTypeDesc.of(CD_void, c), ClassFile.ACC_PUBLIC, cb -> {
        ValueOps o = new ValueOps(g, cb);
        for (int i = 0; i < s.fields.size(); i++) {
          Type ft = s.fields.get(i).type;
          ClassDesc fd = jt.desc(ft);
          String fn = fieldName(s, i);
          if (Exprs.isAggregate(ft)) {
            cb.aload(0).getfield(c, fn, fd).aload(1).getfield(c, fn, fd);
            o.assignInPlace(ft);
          } else {
            cb.aload(0).aload(1).getfield(c, fn, fd).putfield(c, fn, fd);
          }
        }
        cb.return_();
      });
      boolean comparable = gava.types.Types.comparable(si.goType());
      String typeName = Ifaces.goTypeString(si.goType());
      clb.withMethodBody("equals", MethodTypeDesc.of(CD_boolean, CD_Object), ClassFile.ACC_PUBLIC, cb -> {
        ValueOps o = new ValueOps(g, cb);
        Label no = cb.newLabel();
        cb.aload(1).instanceOf(c).ifeq(no);
        if (!comparable) {
          // only reachable through interfaces: Go panics comparing uncomparable dynamic types
          cb.ldc(typeName).invokestatic(Rt.PANICS, "uncomparable", MethodTypeDesc.of(Rt.GOPANIC, CD_String)).athrow();
          cb.labelBinding(no);
          cb.iconst_0().ireturn();
          return;
        }
        cb.aload(1).checkcast(c).astore(2);
        for (int i = 0; i < s.fields.size(); i++) {
          Var f = s.fields.get(i);
          if (f.name.equals("_")) continue;
          ClassDesc fd = jt.desc(f.type);
          cb.aload(0).getfield(c, fieldName(s, i), fd);
          cb.aload(2).getfield(c, fieldName(s, i), fd);
          o.eqJump(f.type, no, false);
        }
        cb.iconst_1().ireturn();
        cb.labelBinding(no);
        cb.iconst_0().ireturn();
      });
      clb.withMethodBody("hashCode", MethodTypeDesc.of(CD_int), ClassFile.ACC_PUBLIC, cb -> {
        if (!comparable) {
          cb.ldc(typeName).invokestatic(Rt.PANICS, "unhashable", MethodTypeDesc.of(Rt.GOPANIC, CD_String)).athrow();
          return;
        }
        ValueOps o = new ValueOps(g, cb);
        cb.loadConstant(17);
        for (int i = 0; i < s.fields.size(); i++) {
          Var f = s.fields.get(i);
          if (f.name.equals("_")) continue;
          cb.bipush(31).imul();
          cb.aload(0).getfield(c, fieldName(s, i), jt.desc(f.type));
          o.hash(f.type);
          cb.iadd();
        }
        cb.ireturn();
      });
      clb.withMethodBody("goPanicString", MethodTypeDesc.of(CD_String), ClassFile.ACC_PUBLIC, cb -> {
        gava.types.Func m = si.goType() instanceof Named n ? BoxGen.stringMethod(n, false) : null;
        if (m != null) {
          cb.aload(0);
          cb.invokestatic(g.ownerOf(m), g.funcName(m), g.jt.methodType(m.sig(), true, java.util.List.of()));
          cb.invokevirtual(Rt.GOSTRING, "toString", MethodTypeDesc.of(CD_String));
          cb.areturn();
          return;
        }
        cb.ldc("(" + goTypeString(si.goType()) + ") ");
        cb.aload(0).invokestatic(Rt.cd("Print"), "address", MethodTypeDesc.of(CD_String, CD_Object));
        cb.invokevirtual(CD_String, "concat", MethodTypeDesc.of(CD_String, CD_String));
        cb.areturn();
      });
      Ifaces.implement(g, clb, c, si.goType(), cb -> cb.aload(0));
    });
  }

  static String goTypeString(Type t) {
    if (t instanceof Named n) return (n.obj.pkg != null ? n.obj.pkg.name + "." : "") + n.obj.name;
    return String.valueOf(t);
  }

}
