package gava.types;

/**
 * Sizes and alignments of types as gc lays them out on amd64 (spec "Size and alignment
 * guarantees"; the values unsafe.Sizeof, Alignof and Offsetof report). Word size 8.
 */
public final class Sizes {
  private Sizes() {}

  public static long sizeof(Type t) {
    return switch (Types.under(t)) {
      case Basic b -> switch (b.kind) {
        case BOOL, INT8, UINT8 -> 1;
        case INT16, UINT16 -> 2;
        case INT32, UINT32, FLOAT32 -> 4;
        case STRING, COMPLEX128 -> 16;
        default -> 8;
      };
      case Array a -> a.len * sizeof(a.elem);
      case Slice s -> 24;
      case Interface i -> 16;
      case Struct s -> structSize(s);
      default -> 8;
    };
  }

  public static long alignof(Type t) {
    return switch (Types.under(t)) {
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

  /** Offset of field i of struct s. */
  public static long offsetof(Struct s, int i) {
    long off = 0;
    for (int k = 0; k <= i; k++) {
      long a = alignof(s.fields.get(k).type);
      off = (off + a - 1) / a * a;
      if (k < i) off += sizeof(s.fields.get(k).type);
    }
    return off;
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

  /** Whether t's size depends on a type parameter (then Sizeof etc. are not constant). */
  public static boolean variableSize(Type t) {
    return switch (t) {
      case TypeParam p -> true;
      case Named n -> !n.typeArgs.isEmpty() && variableSize(Types.under(n));
      case Array a -> variableSize(a.elem);
      case Struct s -> s.fields.stream().anyMatch(f -> variableSize(f.type));
      default -> false;
    };
  }
}
