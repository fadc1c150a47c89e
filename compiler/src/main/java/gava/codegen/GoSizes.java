package gava.codegen;

import gava.types.Array;
import gava.types.Basic;
import gava.types.Struct;
import gava.types.Type;
import gava.types.Types;
import gava.types.Var;

/** gc's sizes and alignments on amd64 (unsafe.Sizeof), used for append's growth of slices. */
final class GoSizes {
  private GoSizes() {}

  static long sizeof(Type t) {
    Type u = Types.under(t);
    return switch (u) {
      case Basic b -> switch (b.kind) {
        case BOOL, INT8, UINT8 -> 1;
        case INT16, UINT16 -> 2;
        case INT32, UINT32, FLOAT32 -> 4;
        case STRING, COMPLEX128 -> 16;
        default -> 8;
      };
      case Array a -> a.len * sizeof(a.elem);
      case gava.types.Slice s -> 24;
      case gava.types.Interface i -> 16;
      case Struct s -> structSize(s);
      default -> 8;
    };
  }

  static long alignof(Type t) {
    Type u = Types.under(t);
    return switch (u) {
      case Basic b -> switch (b.kind) {
        case BOOL, INT8, UINT8 -> 1;
        case INT16, UINT16 -> 2;
        case INT32, UINT32, FLOAT32, COMPLEX64 -> 4;
        default -> 8;
      };
      case Array a -> alignof(a.elem);
      case Struct s -> {
        long m = 1;
        for (Var f : s.fields) m = Math.max(m, alignof(f.type));
        yield m;
      }
      default -> 8;
    };
  }

  private static long structSize(Struct s) {
    long off = 0, align = 1;
    long lastSize = -1;
    for (Var f : s.fields) {
      long a = alignof(f.type);
      align = Math.max(align, a);
      off = (off + a - 1) / a * a;
      lastSize = sizeof(f.type);
      off += lastSize;
    }
    if (lastSize == 0 && off > 0) off++; // gc pads a trailing zero-size field
    return (off + align - 1) / align * align;
  }

  /** Clamped to int for the runtime's Zero.size(). */
  static int sizeInt(Type t) {
    long s = sizeof(t);
    return s > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) s;
  }
}
