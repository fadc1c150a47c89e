package gava.types;

import java.math.BigInteger;

/** Representability of constants (spec "Representability"), with rounding of floats to the target type. */
final class Representable {
  private Representable() {}

  static boolean fits(Constant x, Basic t) {
    return rounded(x, t) != null;
  }

  /** The value of x as a value of basic type t (integers as INT, floats rounded), or null if not representable. */
  static Constant rounded(Constant x, Basic t) {
    if (t.isInteger()) {
      Constant v = x.kind == Constant.Kind.STRING || x.kind == Constant.Kind.BOOL ? null : ConstOps.toInt(x);
      if (v == null) return null;
      BigInteger n = v.num;
      return switch (t.kind) {
        case UNTYPED_INT, UNTYPED_RUNE -> v;
        case INT, INT64 -> range(n, 63, true) ? v : null;
        case INT8 -> range(n, 7, true) ? v : null;
        case INT16 -> range(n, 15, true) ? v : null;
        case INT32 -> range(n, 31, true) ? v : null;
        case UINT, UINT64, UINTPTR -> range(n, 64, false) ? v : null;
        case UINT8 -> range(n, 8, false) ? v : null;
        case UINT16 -> range(n, 16, false) ? v : null;
        case UINT32 -> range(n, 32, false) ? v : null;
        default -> null;
      };
    }
    if (t.isFloat()) {
      if (x.kind == Constant.Kind.STRING || x.kind == Constant.Kind.BOOL) return null;
      Constant f = ConstOps.toFloat(x);
      if (f == null) return null;
      return switch (t.kind) {
        case FLOAT32 -> ConstOps.roundFloat32(f);
        case FLOAT64 -> ConstOps.roundFloat64(f);
        default -> f;
      };
    }
    if (t.isComplex()) {
      if (x.kind == Constant.Kind.STRING || x.kind == Constant.Kind.BOOL) return null;
      Constant c = ConstOps.toComplex(x);
      Constant re = c.real(), im = c.imag();
      return switch (t.kind) {
        case COMPLEX64 -> {
          Constant r = ConstOps.roundFloat32(re), i = ConstOps.roundFloat32(im);
          yield r == null || i == null ? null : Constant.ofComplex(r, i);
        }
        case COMPLEX128 -> {
          Constant r = ConstOps.roundFloat64(re), i = ConstOps.roundFloat64(im);
          yield r == null || i == null ? null : Constant.ofComplex(r, i);
        }
        default -> c;
      };
    }
    if (t.isString()) return x.kind == Constant.Kind.STRING ? x : null;
    if (t.isBoolean()) return x.kind == Constant.Kind.BOOL ? x : null;
    return null;
  }

  private static boolean range(BigInteger n, int bits, boolean signed) {
    if (signed) return n.bitLength() <= bits;
    return n.signum() >= 0 && n.bitLength() <= bits;
  }
}
