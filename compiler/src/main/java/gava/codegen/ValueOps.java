package gava.codegen;

import static java.lang.constant.ConstantDescs.*;

import gava.types.Array;
import gava.types.Basic;
import gava.types.Interface;
import gava.types.Pointer;
import gava.types.Struct;
import gava.types.Type;
import gava.types.Types;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.Label;
import java.lang.classfile.TypeKind;
import gava.lower.Exprs;
import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;

/**
 * Emission of per-type value operations that do not depend on a function's state: zero values,
 * copies and in-place assignment of structs and arrays, Go equality and hashing, boxing for maps,
 * normalisation of small integers, array element loads and stores.
 */
final class ValueOps {
  final Gen g;
  final CodeBuilder cb;

  ValueOps(Gen g, CodeBuilder cb) {
    this.g = g;
    this.cb = cb;
  }

  JvmTypes jt() {
    return g.jt;
  }

  // ---- zero values ----

  void zero(Type t) {
    Type u = Types.under(t);
    switch (u) {
      case Struct s -> {
        ClassDesc c = g.classes.structClass(t);
        cb.new_(c).dup().invokespecial(c, "<init>", MTD_void);
      }
      case Array a -> zeroArray(a);
      case Basic b when b.isString() -> cb.getstatic(Rt.GOSTRING, "EMPTY", Rt.GOSTRING);
      case Basic b when b.isComplex() -> cb.getstatic(Rt.COMPLEX, "ZERO", Rt.COMPLEX);
      default -> {
        switch (jt().tk(t)) {
          case BOOLEAN, BYTE, SHORT, CHAR, INT -> cb.iconst_0();
          case LONG -> cb.lconst_0();
          case FLOAT -> cb.fconst_0();
          case DOUBLE -> cb.dconst_0();
          default -> cb.aconst_null();
        }
      }
    }
  }

  /** A fresh zero array. */
  void zeroArray(Array a) {
    if (needsElementInit(a.elem)) {
      cb.invokestatic(g.helpers.cd, g.helpers.arrayZero(a), MethodTypeDesc.of(jt().arrayDesc(a)));
      return;
    }
    iconst(cb, (int) a.len);
    newArray(jt().component(a.elem));
  }

  void newArray(ClassDesc component) {
    if (component.isPrimitive()) cb.newarray(TypeKind.from(component));
    else cb.anewarray(component);
  }

  /** Elements whose zero value is not the JVM default (strings, structs, arrays). */
  static boolean needsElementInit(Type elem) {
    Type u = Types.under(elem);
    return u instanceof Struct || u instanceof Array || (u instanceof Basic b && b.isString());
  }

  // ---- copies ----

  /** obj -> fresh deep copy (structs and arrays); other types unchanged. */
  void copy(Type t) {
    Type u = Types.under(t);
    if (u instanceof Struct) {
      ClassDesc c = g.classes.structClass(t);
      cb.invokevirtual(c, "copy", MethodTypeDesc.of(c));
    } else if (u instanceof Array a) {
      ClassDesc ad = jt().arrayDesc(a);
      if (Exprs.isAggregate(a.elem)) {
        cb.invokestatic(g.helpers.cd, g.helpers.arrayCopy(a), MethodTypeDesc.of(ad, ad));
      } else {
        cb.invokevirtual(ad, "clone", MethodTypeDesc.of(CD_Object));
        cb.checkcast(ad);
      }
    }
  }

  /** dst, src -> (copies src's value into the existing object dst). */
  void assignInPlace(Type t) {
    Type u = Types.under(t);
    if (u instanceof Struct) {
      ClassDesc c = g.classes.structClass(t);
      cb.invokevirtual(c, "assign", MethodTypeDesc.of(CD_void, c));
    } else if (u instanceof Array a) {
      ClassDesc ad = jt().arrayDesc(a);
      if (Exprs.isAggregate(a.elem)) {
        cb.invokestatic(g.helpers.cd, g.helpers.arrayAssign(a), MethodTypeDesc.of(CD_void, ad, ad));
      } else {
        // System.arraycopy(src, 0, dst, 0, len): stack dst, src
        cb.swap();
        cb.iconst_0();
        cb.swap();
        cb.iconst_0();
        iconst(cb, (int) a.len);
        cb.invokestatic(Rt.CD_SYSTEM, "arraycopy", MethodTypeDesc.of(CD_void, CD_Object, CD_int, CD_Object, CD_int, CD_int));
      }
    } else {
      throw new IllegalStateException("assignInPlace of " + t);
    }
  }

  // ---- equality ----

  /** a, b -> jumps to target when (a == b) == whenEqual. */
  void eqJump(Type t, Label target, boolean whenEqual) {
    Type u = Types.under(t);
    switch (u) {
      case Basic b when b.isString() -> {
        cb.invokestatic(Rt.GOSTRING, "eq", MethodTypeDesc.of(CD_boolean, Rt.GOSTRING, Rt.GOSTRING));
        if (whenEqual) cb.ifne(target); else cb.ifeq(target);
      }
      case Basic b when b.kind == Basic.Kind.UNTYPED_NIL -> refEq(target, whenEqual);
      case Basic b when b.isComplex() -> {
        cb.invokestatic(Rt.COMPLEX, "eq", MethodTypeDesc.of(CD_boolean, CD_Object, CD_Object));
        if (whenEqual) cb.ifne(target); else cb.ifeq(target);
      }
      case Basic b when b.kind == Basic.Kind.UNSAFE_POINTER -> {
        // as *T: element and field pointers are equal when they point to the same place
        cb.invokestatic(Rt.PTR, "eq", MethodTypeDesc.of(CD_boolean, CD_Object, CD_Object));
        if (whenEqual) cb.ifne(target); else cb.ifeq(target);
      }
      case Basic b -> {
        switch (JvmTypes.kind(t)) {
          case 'J' -> { cb.lcmp(); jumpEq(target, whenEqual); }
          case 'F' -> { cb.fcmpl(); jumpEq(target, whenEqual); }
          case 'D' -> { cb.dcmpl(); jumpEq(target, whenEqual); }
          case 'L' -> refEq(target, whenEqual);
          default -> { if (whenEqual) cb.if_icmpeq(target); else cb.if_icmpne(target); }
        }
      }
      case Struct s -> {
        cb.invokevirtual(CD_Object, "equals", MethodTypeDesc.of(CD_boolean, CD_Object));
        if (whenEqual) cb.ifne(target); else cb.ifeq(target);
      }
      case Array a -> {
        ClassDesc ad = jt().arrayDesc(a);
        cb.invokestatic(g.helpers.cd, g.helpers.arrayEq(a), MethodTypeDesc.of(CD_boolean, ad, ad));
        if (whenEqual) cb.ifne(target); else cb.ifeq(target);
      }
      case Pointer p when !JvmTypes.isObjectPointer(p.elem) -> {
        cb.invokestatic(Rt.PTR, "eq", MethodTypeDesc.of(CD_boolean, CD_Object, CD_Object));
        if (whenEqual) cb.ifne(target); else cb.ifeq(target);
      }
      case Pointer p when GoSizes.sizeof(p.elem) == 0 -> {
        // as gc: all zero-size values share one address (the spec allows either answer)
        cb.invokestatic(Rt.CD_OBJECTS, "isNull", MethodTypeDesc.of(CD_boolean, CD_Object));
        cb.swap();
        cb.invokestatic(Rt.CD_OBJECTS, "isNull", MethodTypeDesc.of(CD_boolean, CD_Object));
        if (whenEqual) cb.if_icmpeq(target); else cb.if_icmpne(target);
      }
      case Interface i -> {
        cb.invokestatic(g.helpers.cd, g.helpers.ifaceEq(), MethodTypeDesc.of(CD_boolean, CD_Object, CD_Object));
        if (whenEqual) cb.ifne(target); else cb.ifeq(target);
      }
      default -> refEq(target, whenEqual);
    }
  }

  private void jumpEq(Label target, boolean whenEqual) {
    if (whenEqual) cb.ifeq(target); else cb.ifne(target);
  }

  private void refEq(Label target, boolean whenEqual) {
    if (whenEqual) cb.if_acmpeq(target); else cb.if_acmpne(target);
  }

  /** a, b -> boolean (Go ==). */
  void eqValue(Type t) {
    Label yes = cb.newLabel(), end = cb.newLabel();
    eqJump(t, yes, true);
    cb.iconst_0().goto_(end);
    cb.labelBinding(yes);
    cb.iconst_1();
    cb.labelBinding(end);
  }

  /** v -> int hash consistent with Go == (used by generated equals/hashCode). */
  void hash(Type t) {
    Type u = Types.under(t);
    switch (u) {
      case Basic b when b.isString() -> cb.invokevirtual(Rt.GOSTRING, "hashCode", MethodTypeDesc.of(CD_int));
      case Basic b when b.isComplex() -> cb.invokestatic(Rt.COMPLEX, "hash", MethodTypeDesc.of(CD_int, CD_Object));
      case Basic b when b.kind == Basic.Kind.UNSAFE_POINTER -> cb.invokestatic(Rt.PTR, "hash", MethodTypeDesc.of(CD_int, CD_Object));
      case Basic b -> {
        switch (JvmTypes.kind(t)) {
          case 'Z', 'B', 'S', 'I' -> {}
          case 'J' -> cb.invokestatic(CD_Long, "hashCode", MethodTypeDesc.of(CD_int, CD_long));
          case 'F' -> { cb.fconst_0(); cb.fadd(); cb.invokestatic(CD_Float, "hashCode", MethodTypeDesc.of(CD_int, CD_float)); }
          case 'D' -> { cb.dconst_0(); cb.dadd(); cb.invokestatic(CD_Double, "hashCode", MethodTypeDesc.of(CD_int, CD_double)); }
          default -> cb.invokestatic(Rt.MAPKEYS, "hash", MethodTypeDesc.of(CD_int, CD_Object));
        }
      }
      case Struct s -> cb.invokevirtual(CD_Object, "hashCode", MethodTypeDesc.of(CD_int));
      case Array a -> cb.invokestatic(g.helpers.cd, g.helpers.arrayHash(a), MethodTypeDesc.of(CD_int, jt().arrayDesc(a)));
      case Pointer p when !JvmTypes.isObjectPointer(p.elem) -> cb.invokestatic(Rt.PTR, "hash", MethodTypeDesc.of(CD_int, CD_Object));
      case Pointer p when GoSizes.sizeof(p.elem) == 0 -> {
        cb.invokestatic(Rt.CD_OBJECTS, "isNull", MethodTypeDesc.of(CD_boolean, CD_Object));
      }
      case Interface i -> cb.invokestatic(Rt.MAPKEYS, "hash", MethodTypeDesc.of(CD_int, CD_Object));
      default -> cb.invokestatic(Rt.CD_SYSTEM, "identityHashCode", MethodTypeDesc.of(CD_int, CD_Object));
    }
  }

  // ---- boxing (map keys and values) ----

  /** value -> Object as maps hold it. */
  void box(Type t) {
    switch (JvmTypes.kind(t)) {
      case 'Z' -> cb.invokestatic(CD_Boolean, "valueOf", MethodTypeDesc.of(CD_Boolean, CD_boolean));
      case 'B', 'S', 'I' -> cb.invokestatic(CD_Integer, "valueOf", MethodTypeDesc.of(CD_Integer, CD_int));
      case 'J' -> cb.invokestatic(CD_Long, "valueOf", MethodTypeDesc.of(CD_Long, CD_long));
      case 'F' -> cb.invokestatic(CD_Float, "valueOf", MethodTypeDesc.of(CD_Float, CD_float));
      case 'D' -> cb.invokestatic(CD_Double, "valueOf", MethodTypeDesc.of(CD_Double, CD_double));
      default -> {
        if (Types.under(t) instanceof Basic b && b.isComplex()) {
          cb.invokestatic(Rt.COMPLEX, "nz", MethodTypeDesc.of(Rt.COMPLEX, CD_Object));
        }
      }
    }
  }

  /** Object (never null) -> value. */
  void unboxNonNull(Type t) {
    switch (JvmTypes.kind(t)) {
      case 'Z' -> { cb.checkcast(CD_Boolean); cb.invokevirtual(CD_Boolean, "booleanValue", MethodTypeDesc.of(CD_boolean)); }
      case 'B', 'S', 'I' -> { cb.checkcast(CD_Integer); cb.invokevirtual(CD_Integer, "intValue", MethodTypeDesc.of(CD_int)); }
      case 'J' -> { cb.checkcast(CD_Long); cb.invokevirtual(CD_Long, "longValue", MethodTypeDesc.of(CD_long)); }
      case 'F' -> { cb.checkcast(CD_Float); cb.invokevirtual(CD_Float, "floatValue", MethodTypeDesc.of(CD_float)); }
      case 'D' -> { cb.checkcast(CD_Double); cb.invokevirtual(CD_Double, "doubleValue", MethodTypeDesc.of(CD_double)); }
      default -> checkcast(t);
    }
  }

  /** Object (null meaning absent) -> value, the zero value for null. */
  void unboxOrZero(Type t) {
    char k = JvmTypes.kind(t);
    boolean nullIsZero = k == 'L' && !needsElementInit(t);
    if (nullIsZero) {
      checkcast(t);
      return;
    }
    Label isNull = cb.newLabel(), end = cb.newLabel();
    cb.dup();
    cb.ifnull(isNull);
    unboxNonNull(t);
    cb.goto_(end);
    cb.labelBinding(isNull);
    cb.pop();
    zero(t);
    cb.labelBinding(end);
  }

  void checkcast(Type t) {
    ClassDesc d = jt().desc(t);
    if (!d.equals(CD_Object) && !d.isPrimitive()) cb.checkcast(d);
  }

  // ---- small integers ----

  /** Normalises an int on the stack to the type's range (int8, uint8, int16, uint16). */
  void normalize(Type t) {
    Basic.Kind k = JvmTypes.basicKind(t);
    if (k == null) return;
    switch (k) {
      case INT8 -> cb.i2b();
      case UINT8 -> { iconst(cb, 0xFF); cb.iand(); }
      case INT16 -> cb.i2s();
      case UINT16 -> cb.i2c();
      default -> {}
    }
  }

  /** After loading a B or S element/field (sign-extended): masks unsigned kinds. */
  void fixLoaded(Type t) {
    Basic.Kind k = JvmTypes.basicKind(t);
    if (k == Basic.Kind.UINT8) { iconst(cb, 0xFF); cb.iand(); }
    else if (k == Basic.Kind.UINT16) cb.i2c();
  }

  // ---- stack ----

  void pop(ClassDesc d) {
    if (d.equals(CD_void)) return;
    TypeKind k = TypeKind.from(d);
    if (k.slotSize() == 2) cb.pop2(); else cb.pop();
  }

  void pop(Type t) {
    pop(jt().desc(t));
  }

  void dup(Type t) {
    if (jt().tk(t).slotSize() == 2) cb.dup2(); else cb.dup();
  }

  // ---- arrays ----

  /** arr, int index -> element (normalised; checkcast for references). */
  void arrayLoad(Type elem) {
    ClassDesc comp = jt().component(elem);
    cb.arrayLoad(TypeKind.from(comp));
    if (comp.isPrimitive()) fixLoaded(elem);
    else if (!comp.equals(jt().desc(elem))) checkcast(elem);
  }

  /** arr, int index, value -> (reference stores need no cast). */
  void arrayStore(Type elem) {
    cb.arrayStore(TypeKind.from(jt().component(elem)));
  }

  static void iconst(CodeBuilder cb, int v) {
    cb.loadConstant(v);
  }
}
