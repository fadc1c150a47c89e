package gava.types;

import java.math.BigInteger;

/** Exact constant arithmetic (spec "Constant expressions"). */
public final class ConstOps {
  private ConstOps() {}

  /** Correctly rounded (nearest-even) float64 of num/den. */
  static double ratToDouble(BigInteger num, BigInteger den) {
    return new java.math.BigDecimal(num).divide(new java.math.BigDecimal(den), java.math.MathContext.DECIMAL128).doubleValue();
  }

  static String format(Constant c) {
    return switch (c.kind) {
      case BOOL -> Boolean.toString(c.b);
      case STRING -> Constant.quote(c.stringValue());
      case INT -> c.num.toString();
      case FLOAT -> Double.toString(c.doubleValue());
      case COMPLEX -> "(" + c.real() + " + " + c.imag() + "i)";
    };
  }
}
