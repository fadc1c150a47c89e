package gava.codegen;

import static java.lang.constant.ConstantDescs.*;

import gava.lower.Exprs;
import gava.types.Func;
import gava.types.Pointer;
import gava.types.Struct;
import gava.types.Type;
import gava.types.Types;
import gava.types.Var;
import java.lang.classfile.CodeBuilder;
import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;
import java.util.List;

/**
 * Turns a value of a selector's receiver type (on the stack) into the receiver a method expects:
 * follows the embedded-field path, takes the address of an embedded value field for pointer
 * methods (struct fields are their own pointers; others get a field pointer) and dereferences
 * pointers for value methods (nil pointers panic). Used where no addressable expression is at hand
 * (method expressions, interface bridges); calls on expressions use {@link CallGen#receiver}.
 */
final class ReceiverAdapter {
  private final Gen g;
  private final CodeBuilder cb;

  ReceiverAdapter(Gen g, CodeBuilder cb) {
    this.g = g;
    this.cb = cb;
  }

  /**
   * value of type t -> receiver of m, where path is the selection path (embedded field indices
   * followed by the method index). Returns the type left on the stack (the final embedded field's
   * type when m is an interface method reached through an embedded interface).
   */
  Type adapt(Type t, List<Integer> path, Func m) {
    Type cur = t;
    for (int i = 0; i < path.size() - 1; i++) {
      int idx = path.get(i);
      boolean last = i == path.size() - 2;
      Type st = Types.under(cur) instanceof Pointer p ? p.elem : cur;
      Struct s = (Struct) Types.under(st);
      Var fld = s.fields.get(idx);
      ClassDesc owner = g.classes.structClass(st);
      String fname = StructGen.fieldName(s, idx);
      boolean wantPtr = last && m.decl != null && m.sig().recv.type instanceof Pointer;
      if (wantPtr && !(Types.under(fld.type) instanceof Pointer) && !Exprs.isAggregate(fld.type)) {
        // &x.f for a non-aggregate embedded field
        Classes.FieldPtr fp = g.classes.fieldPtr(owner, fname, g.jt.desc(fld.type), JvmTypes.kind(fld.type));
        cb.new_(fp.cd()).dup_x1().swap().invokespecial(fp.cd(), "<init>", MethodTypeDesc.of(CD_void, owner));
        return new Pointer(fld.type);
      }
      cb.getfield(owner, fname, g.jt.desc(fld.type));
      cur = fld.type;
    }
    if (m.decl == null) return cur;
    boolean ptrRecv = m.sig().recv.type instanceof Pointer;
    boolean curPtr = Types.under(cur) instanceof Pointer;
    if (!ptrRecv && curPtr) {
      new CallGen.Deref(g, cb).deref(cur);
      return ((Pointer) Types.under(cur)).elem;
    }
    return cur;
  }
}
