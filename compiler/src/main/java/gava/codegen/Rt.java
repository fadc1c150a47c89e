package gava.codegen;

import static java.lang.constant.ConstantDescs.*;

import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;

/** Descriptors of the runtime classes (package gava.runtime) that generated code calls. */
final class Rt {
  private Rt() {}

  static ClassDesc cd(String simpleName) {
    return ClassDesc.of("gava.runtime." + simpleName);
  }

  static final ClassDesc GOSTRING = cd("GoString");
  static final ClassDesc COMPLEX = cd("Complex");
  static final ClassDesc GOMAP = cd("GoMap");
  static final ClassDesc MAP_ITER = ClassDesc.ofInternalName("gava/runtime/GoMap$Iter");
  static final ClassDesc PANICS = cd("Panics");
  static final ClassDesc GOPANIC = cd("GoPanic");
  static final ClassDesc PRINT = cd("Print");
  static final ClassDesc GO = cd("Go");
  static final ClassDesc PTR = cd("Ptr");
  static final ClassDesc ZERO = cd("Zero");
  static final ClassDesc DEFER = cd("Defer");
  static final ClassDesc RANGE_FUNC = cd("RangeFunc");
  static final ClassDesc CHAN = cd("Chan");
  static final ClassDesc SELECT = cd("Select");
  static final ClassDesc MAPKEYS = cd("MapKeys");
  static final ClassDesc GOPANIC_PRINTABLE = cd("GoPanicPrintable");
  static final ClassDesc CD_RUNNABLE = ClassDesc.of("java.lang.Runnable");
  static final ClassDesc CD_ARRAYS = ClassDesc.of("java.util.Arrays");
  static final ClassDesc CD_OBJECTS = ClassDesc.of("java.util.Objects");
  static final ClassDesc CD_SYSTEM = ClassDesc.of("java.lang.System");
  static final ClassDesc CD_MATH = ClassDesc.of("java.lang.Math");
  static final ClassDesc GOSTRING_ARRAY = GOSTRING.arrayType();

  /** Slice class for a storage kind letter (Z B S I J F D L). */
  static ClassDesc slice(char k) {
    return cd("Slice" + k);
  }

  static ClassDesc ptr(char k) {
    return cd("Ptr" + k);
  }

  static ClassDesc cell(char k) {
    return cd("Cell" + k);
  }

  static ClassDesc elemPtr(char k) {
    return cd("ElemPtr" + k);
  }

  /** The JVM array type of a storage kind (Object[] for L). */
  static ClassDesc array(char k) {
    return elem(k).arrayType();
  }

  /** The JVM element type of a storage kind as held in arrays (byte, short, ... Object). */
  static ClassDesc elem(char k) {
    return switch (k) {
      case 'Z' -> CD_boolean;
      case 'B' -> CD_byte;
      case 'S' -> CD_short;
      case 'I' -> CD_int;
      case 'J' -> CD_long;
      case 'F' -> CD_float;
      case 'D' -> CD_double;
      default -> CD_Object;
    };
  }

  /** The operand-stack type of a storage kind's elements (int for B and S). */
  static ClassDesc stackElem(char k) {
    return switch (k) {
      case 'B', 'S' -> CD_int;
      default -> elem(k);
    };
  }

  /** Field type of a cell's v: the stack type (B and S cells hold normalised ints, like struct fields). */
  static ClassDesc cellField(char k) {
    return stackElem(k);
  }

  static MethodTypeDesc mt(ClassDesc ret, ClassDesc... params) {
    return MethodTypeDesc.of(ret, params);
  }
}
