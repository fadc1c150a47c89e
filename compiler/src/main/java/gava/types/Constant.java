package gava.types;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

/**
 * An exact constant value (spec "Constants"): booleans, strings (bytes, possibly invalid UTF-8),
 * integers of arbitrary size, floats as exact rationals, complex numbers as pairs of rationals.
 * Arithmetic lives in {@link ConstOps}; this class is the value and its conversions for code generation.
 */
public final class Constant {
  public enum Kind { BOOL, STRING, INT, FLOAT, COMPLEX }

  public final Kind kind;
  final boolean b;
  final byte[] s;
  /** INT: the value. FLOAT: numerator; COMPLEX: real numerator. */
  final BigInteger num;
  /** FLOAT/COMPLEX: real denominator (positive). */
  final BigInteger den;
  /** COMPLEX: imaginary numerator and denominator. */
  final BigInteger inum, iden;

  private Constant(Kind kind, boolean b, byte[] s, BigInteger num, BigInteger den, BigInteger inum, BigInteger iden) {
    this.kind = kind;
    this.b = b;
    this.s = s;
    this.num = num;
    this.den = den;
    this.inum = inum;
    this.iden = iden;
  }

  public static final Constant TRUE = new Constant(Kind.BOOL, true, null, null, null, null, null);
  public static final Constant FALSE = new Constant(Kind.BOOL, false, null, null, null, null, null);

  public static Constant ofBool(boolean v) {
    return v ? TRUE : FALSE;
  }

  public static Constant ofString(byte[] bytes) {
    return new Constant(Kind.STRING, false, bytes, null, null, null, null);
  }

  public static Constant ofInt(BigInteger v) {
    return new Constant(Kind.INT, false, null, v, null, null, null);
  }

  public static Constant ofInt(long v) {
    return ofInt(BigInteger.valueOf(v));
  }

  /** An exact rational num/den, normalised (den positive, gcd 1). */
  public static Constant ofRat(BigInteger num, BigInteger den) {
    if (den.signum() < 0) { num = num.negate(); den = den.negate(); }
    BigInteger g = num.gcd(den);
    if (!g.equals(BigInteger.ONE) && g.signum() != 0) { num = num.divide(g); den = den.divide(g); }
    return new Constant(Kind.FLOAT, false, null, num, den, null, null);
  }

  public static Constant ofComplex(Constant re, Constant im) {
    Constant r = re.toFloat(), i = im.toFloat();
    return new Constant(Kind.COMPLEX, false, null, r.num, r.den, i.num, i.den);
  }

  public boolean boolValue() { return b; }

  public byte[] stringBytes() { return s; }

  public BigInteger intValue() { return num; }

  public BigInteger numerator() { return num; }

  public BigInteger denominator() { return kind == Kind.INT ? BigInteger.ONE : den; }

  /** This numeric value as a FLOAT rational (INT becomes n/1). */
  public Constant toFloat() {
    if (kind == Kind.FLOAT) return this;
    if (kind == Kind.INT) return ofRat(num, BigInteger.ONE);
    throw new IllegalStateException("not a real number: " + kind);
  }

  public Constant real() {
    return kind == Kind.COMPLEX ? ofRat(num, den) : this;
  }

  public Constant imag() {
    return kind == Kind.COMPLEX ? ofRat(inum, iden) : ofInt(0);
  }

  /** Low 64 bits of an integer value (two's complement), for typed integer constants in code. */
  public long longBits() {
    return num.longValue();
  }

  /** Nearest float64 of a real value. */
  public double doubleValue() {
    return ConstOps.ratToDouble(kind == Kind.INT ? num : num, denominator());
  }

  public String stringValue() {
    return new String(s, StandardCharsets.UTF_8);
  }

  /** Go-quoted form of a string, as strconv.Quote. */
  public static String quote(String v) {
    StringBuilder b = new StringBuilder("\"");
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\t' -> b.append("\\t");
        default -> b.append(c);
      }
    }
    return b.append('"').toString();
  }

  @Override
  public String toString() {
    return ConstOps.format(this);
  }
}
