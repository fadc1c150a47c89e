package gava.types;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

/**
 * A constant value (spec "Constants"): booleans, strings (bytes, possibly invalid UTF-8), integers
 * of arbitrary size, floats, complex numbers as pairs of floats. Arithmetic lives in
 * {@link ConstOps}; this class is the value and its conversions for code generation.
 *
 * <p>Floats are exact rationals {@code num/den} as long as numerator and denominator stay within
 * {@value #LIMIT} bits (like go/constant); beyond that (huge exponents such as {@code 1e1000000},
 * or long chains of operations) they are approximated with {@value #PREC}-bit precision as
 * {@code num * 2^exp2}. Every value of a typed float constant (rounded to float32/float64) and
 * every value code generation sees is exact, with {@code exp2 == 0}.
 */
public final class Constant {
  public enum Kind { BOOL, STRING, INT, FLOAT, COMPLEX }

  /** Size bound (bits) of exact rational components. */
  static final int LIMIT = 4096;
  /** Precision (bits) of approximated floats. */
  static final int PREC = 512;

  public final Kind kind;
  final boolean b;
  final byte[] s;
  /** INT: the value. FLOAT: numerator (the mantissa when approximated). */
  final BigInteger num;
  /** FLOAT: denominator (positive; 1 when approximated). */
  final BigInteger den;
  /** FLOAT: binary exponent; the value is num/den * 2^exp2 (0 for exact rationals). */
  final long exp2;
  /** COMPLEX: real and imaginary parts (FLOAT constants). */
  final Constant re, im;

  private Constant(Kind kind, boolean b, byte[] s, BigInteger num, BigInteger den, long exp2, Constant re, Constant im) {
    this.kind = kind;
    this.b = b;
    this.s = s;
    this.num = num;
    this.den = den;
    this.exp2 = exp2;
    this.re = re;
    this.im = im;
  }

  public static final Constant TRUE = new Constant(Kind.BOOL, true, null, null, null, 0, null, null);
  public static final Constant FALSE = new Constant(Kind.BOOL, false, null, null, null, 0, null, null);

  public static Constant ofBool(boolean v) {
    return v ? TRUE : FALSE;
  }

  public static Constant ofString(byte[] bytes) {
    return new Constant(Kind.STRING, false, bytes, null, null, 0, null, null);
  }

  public static Constant ofInt(BigInteger v) {
    return new Constant(Kind.INT, false, null, v, null, 0, null, null);
  }

  public static Constant ofInt(long v) {
    return ofInt(BigInteger.valueOf(v));
  }

  /** A float num/den, normalised (den positive, gcd 1; approximated when too large). */
  public static Constant ofRat(BigInteger num, BigInteger den) {
    return ofFloat(num, den, 0);
  }

  /** The float num/den * 2^exp2, normalised. */
  static Constant ofFloat(BigInteger num, BigInteger den, long exp2) {
    if (den.signum() < 0) {
      num = num.negate();
      den = den.negate();
    }
    if (num.signum() == 0) return new Constant(Kind.FLOAT, false, null, BigInteger.ZERO, BigInteger.ONE, 0, null, null);
    // go/constant's floats have 32-bit exponents: smaller values underflow to 0
    if (num.bitLength() - den.bitLength() + exp2 < Integer.MIN_VALUE) return ofFloat(BigInteger.ZERO, BigInteger.ONE, 0);
    // fold the exponent into the rational when that stays small
    if (exp2 > 0 && num.bitLength() + exp2 <= LIMIT) {
      num = num.shiftLeft((int) exp2);
      exp2 = 0;
    } else if (exp2 < 0 && den.bitLength() - exp2 <= LIMIT) {
      den = den.shiftLeft((int) -exp2);
      exp2 = 0;
    }
    BigInteger g = num.gcd(den);
    if (!g.equals(BigInteger.ONE)) {
      num = num.divide(g);
      den = den.divide(g);
    }
    if (exp2 == 0 && num.bitLength() <= LIMIT && den.bitLength() <= LIMIT) {
      return new Constant(Kind.FLOAT, false, null, num, den, 0, null, null);
    }
    // approximate: num/den with PREC bits of mantissa
    int shift = PREC + den.bitLength() - num.bitLength();
    BigInteger m = shift >= 0 ? num.shiftLeft(shift).divide(den) : num.divide(den.shiftLeft(-shift));
    long e = exp2 - shift;
    int tz = m.getLowestSetBit();
    if (tz > 0) {
      m = m.shiftRight(tz);
      e += tz;
    }
    if (e >= 0 && m.bitLength() + e <= LIMIT) return new Constant(Kind.FLOAT, false, null, m.shiftLeft((int) e), BigInteger.ONE, 0, null, null);
    if (e < 0 && -e <= LIMIT) return new Constant(Kind.FLOAT, false, null, m, BigInteger.ONE.shiftLeft((int) -e), 0, null, null);
    return new Constant(Kind.FLOAT, false, null, m, BigInteger.ONE, e, null, null);
  }

  /** A float too large for go/constant's 32-bit exponents (the result is "not representable"). */
  boolean tooLarge() {
    return kind == Kind.FLOAT ? num.bitLength() - den.bitLength() + exp2 > Integer.MAX_VALUE
        : kind == Kind.COMPLEX && (re.tooLarge() || im.tooLarge());
  }

  public static Constant ofComplex(Constant re, Constant im) {
    return new Constant(Kind.COMPLEX, false, null, null, null, 0, re.toFloat(), im.toFloat());
  }

  public boolean boolValue() { return b; }

  public byte[] stringBytes() { return s; }

  /** INT: the value. */
  public BigInteger intValue() { return num; }

  /** INT: the value; FLOAT: the numerator of the exact rational value. */
  public BigInteger numerator() {
    if (kind == Kind.FLOAT && exp2 > 0) return num.shiftLeft((int) Math.min(exp2, Integer.MAX_VALUE));
    return num;
  }

  /** INT: 1; FLOAT: the (positive) denominator of the exact rational value. */
  public BigInteger denominator() {
    if (kind == Kind.INT) return BigInteger.ONE;
    if (kind == Kind.FLOAT && exp2 < 0) return den.shiftLeft((int) Math.min(-exp2, Integer.MAX_VALUE));
    return den;
  }

  /** This numeric value as a FLOAT (INT becomes n/1); for COMPLEX the real part. */
  public Constant toFloat() {
    return switch (kind) {
      case FLOAT -> this;
      case INT -> ofRat(num, BigInteger.ONE);
      case COMPLEX -> re;
      default -> throw new IllegalStateException("not a number: " + kind);
    };
  }

  public Constant real() {
    return kind == Kind.COMPLEX ? re : this;
  }

  public Constant imag() {
    return kind == Kind.COMPLEX ? im : ofInt(0);
  }

  /** Low 64 bits of an integer value (two's complement), for typed integer constants in code. */
  public long longBits() {
    return num.longValue();
  }

  /** Nearest float64 of a real value (the real part of a complex one). */
  public double doubleValue() {
    Constant f = kind == Kind.COMPLEX ? re : this;
    if (f.kind == Kind.INT) return ConstOps.toDouble(f.num, BigInteger.ONE);
    return ConstOps.roundRat(f.num, f.den, f.exp2, 53, -1022, 1023);
  }

  /** Nearest float32 of a real value (the real part of a complex one). */
  public float floatValue() {
    Constant f = kind == Kind.COMPLEX ? re : this;
    if (f.kind == Kind.INT) return ConstOps.toFloat32(f.num, BigInteger.ONE);
    return (float) ConstOps.roundRat(f.num, f.den, f.exp2, 24, -126, 127);
  }

  /** Nearest float64 of the imaginary part (0 for real values). */
  public double imagDoubleValue() {
    return kind == Kind.COMPLEX ? im.doubleValue() : 0.0;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Constant c) || c.kind != kind) return false;
    return switch (kind) {
      case BOOL -> b == c.b;
      case STRING -> java.util.Arrays.equals(s, c.s);
      case INT -> num.equals(c.num);
      case FLOAT -> num.equals(c.num) && den.equals(c.den) && exp2 == c.exp2;
      case COMPLEX -> re.equals(c.re) && im.equals(c.im);
    };
  }

  @Override
  public int hashCode() {
    return switch (kind) {
      case BOOL -> b ? 1 : 0;
      case STRING -> java.util.Arrays.hashCode(s);
      case INT -> num.hashCode();
      case FLOAT -> (num.hashCode() * 31 + den.hashCode()) * 31 + Long.hashCode(exp2);
      case COMPLEX -> re.hashCode() * 31 + im.hashCode();
    };
  }

  public String stringValue() {
    return new String(s, StandardCharsets.UTF_8);
  }

  /** Go-quoted form of a string, as strconv.Quote. */
  public static String quote(String v) {
    return ConstOps.quote(v.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public String toString() {
    return ConstOps.format(this);
  }
}
