package gava.codegen;

import static java.lang.constant.ConstantDescs.*;

import gava.types.Array;
import gava.types.Basic;
import gava.types.Chan;
import gava.types.Interface;
import gava.types.MapType;
import gava.types.Pointer;
import gava.types.Signature;
import gava.types.Slice;
import gava.types.Struct;
import gava.types.Tuple;
import gava.types.Type;
import gava.types.Types;
import java.lang.classfile.TypeKind;
import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;
import java.util.ArrayList;
import java.util.List;

/** Go type to JVM representation, exactly as docs/design.md's value representation table says. */
final class JvmTypes {
  private final Classes classes;

  JvmTypes(Classes classes) {
    this.classes = classes;
  }

  /**
   * Storage kind letter of a type: Z (bool), B (int8/uint8), S (int16/uint16), I (int32/uint32),
   * J (64-bit integers), F (float32), D (float64), L (every reference representation).
   */
  static char kind(Type t) {
    if (Types.under(t) instanceof Basic b) {
      return switch (b.kind) {
        case BOOL, UNTYPED_BOOL -> 'Z';
        case INT8, UINT8 -> 'B';
        case INT16, UINT16 -> 'S';
        case INT32, UINT32, UNTYPED_RUNE -> 'I';
        case INT, INT64, UINT, UINT64, UINTPTR, UNTYPED_INT -> 'J';
        case FLOAT32 -> 'F';
        case FLOAT64, UNTYPED_FLOAT -> 'D';
        default -> 'L';
      };
    }
    return 'L';
  }

  static boolean isUnsigned(Type t) {
    return Types.under(t) instanceof Basic b && b.isUnsigned();
  }

  /** The basic kind of a type's underlying type, or null. */
  static Basic.Kind basicKind(Type t) {
    return Types.under(t) instanceof Basic b ? b.kind : null;
  }

  static boolean isString(Type t) {
    return Types.under(t) instanceof Basic b && b.isString();
  }

  ClassDesc desc(Type t) {
    if (t instanceof gava.types.TypeParam) throw new NotSupported(null, "generic code");
    if (t instanceof gava.types.Named n && n.typeArgs.isEmpty() && !n.tparams.isEmpty()) {
      throw new NotSupported(null, "generic type " + n.obj.name);
    }
    Type u = Types.under(t);
    return switch (u) {
      case Basic b -> switch (kind(b)) {
        case 'Z' -> CD_boolean;
        case 'B', 'S', 'I' -> CD_int;
        case 'J' -> CD_long;
        case 'F' -> CD_float;
        case 'D' -> CD_double;
        default -> b.isString() ? Rt.GOSTRING : b.isComplex() ? Rt.COMPLEX : CD_Object;
      };
      case Pointer p -> pointerDesc(p.elem);
      case Array a -> arrayDesc(a);
      case Slice s -> Rt.slice(kind(s.elem));
      case MapType m -> Rt.GOMAP;
      case Chan c -> Rt.CHAN;
      case Struct s -> classes.structClass(t);
      case Signature s -> funcDesc(s);
      case Interface i -> CD_Object;
      case Tuple tu -> tu.size() == 1 ? desc(tu.at(0)) : classes.tuple(this, tu).cd();
      default -> CD_Object;
    };
  }

  private final java.util.Set<String> inProgress = new java.util.HashSet<>();

  /**
   * The func interface of a signature. A recursive func type ({@code type F func() F}) meets
   * itself while its descriptor is computed: the inner occurrence is erased to Object (callers
   * cast results, see ExprGen.castResult).
   */
  Classes.FuncIface funcIface(Signature s) {
    String key = classes.keys.key(s);
    if (!inProgress.add(key)) return null;
    try {
      return classes.funcIface(this, s);
    } finally {
      inProgress.remove(key);
    }
  }

  private ClassDesc funcDesc(Signature s) {
    Classes.FuncIface fi = funcIface(s);
    return fi == null ? CD_Object : fi.cd();
  }

  TypeKind tk(Type t) {
    return TypeKind.from(desc(t));
  }

  /** The component type of a Go array or slice backing array of elem. */
  ClassDesc component(Type elem) {
    char k = kind(elem);
    if (k != 'L') return Rt.elem(k);
    if (Types.under(elem) instanceof Struct) return classes.structClass(elem);
    return CD_Object;
  }

  ClassDesc arrayDesc(Array a) {
    return component(a.elem).arrayType();
  }

  ClassDesc pointerDesc(Type elem) {
    Type u = Types.under(elem);
    if (u instanceof Struct) return classes.structClass(elem);
    if (u instanceof Array a) return arrayDesc(a);
    return Rt.ptr(kind(elem));
  }

  /** Pointers to structs and arrays are the objects themselves. */
  static boolean isObjectPointer(Type ptrElem) {
    Type u = Types.under(ptrElem);
    return u instanceof Struct || u instanceof Array;
  }

  ClassDesc cellDesc(Type varType) {
    return Rt.cell(kind(varType));
  }

  /** JVM return type of a signature's results: void, the single result, or its tuple class. */
  ClassDesc resultDesc(Tuple results) {
    if (results.size() == 0) return CD_void;
    if (results.size() == 1) return desc(results.at(0));
    return classes.tuple(this, results).cd();
  }

  /** Descriptor of a function or method: receiver (if withRecv), parameters, results. */
  MethodTypeDesc methodType(Signature sig, boolean withRecv, List<ClassDesc> leading) {
    List<ClassDesc> ps = new ArrayList<>(leading);
    if (withRecv && sig.recv != null) ps.add(desc(sig.recv.type));
    for (int i = 0; i < sig.params.size(); i++) ps.add(desc(sig.params.at(i)));
    return MethodTypeDesc.of(resultDesc(sig.results), ps);
  }

  /** Erased descriptor letter for a tuple field: primitives by stack kind, references as Object. */
  static ClassDesc erased(ClassDesc d) {
    return d.isPrimitive() ? d : CD_Object;
  }
}
