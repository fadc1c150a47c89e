package gava.types;

import gava.syntax.Expr.LitKind;
import gava.syntax.Quote;
import gava.syntax.Token;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;

/**
 * Exact constant arithmetic (spec "Constant expressions"), literal parsing, rounding to float32 /
 * float64 and the textual form gc uses in messages (go/constant's String). Integers are BigIntegers,
 * floats exact rationals, complex numbers pairs of rationals; all operations are exact.
 */
public final class ConstOps {
  private ConstOps() {}

  // ---------------------------------------------------------------- literals

  /** The value of a literal, or null when it is malformed (the parser reported syntax errors). */
  public static Constant literal(LitKind kind, String text) {
    try {
      Constant c = literal0(kind, text);
      return c == null || c.tooLarge() ? null : c;
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static Constant literal0(LitKind kind, String text) {
    {
      return switch (kind) {
        case INT -> parseInt(text);
        case FLOAT -> parseFloat(text);
        case IMAG -> {
          Constant im = parseImagBody(text.substring(0, text.length() - 1));
          yield im == null ? null : Constant.ofComplex(Constant.ofInt(0), im);
        }
        case RUNE -> parseRune(text);
        case STRING -> parseString(text);
      };
    }
  }

  private static Constant parseInt(String text) {
    String t = text.replace("_", "");
    int radix = 10;
    String digits = t;
    if (t.length() > 1 && t.charAt(0) == '0') {
      char c = Character.toLowerCase(t.charAt(1));
      if (c == 'x') { radix = 16; digits = t.substring(2); }
      else if (c == 'b') { radix = 2; digits = t.substring(2); }
      else if (c == 'o') { radix = 8; digits = t.substring(2); }
      else { radix = 8; digits = t.substring(1); }
    }
    if (digits.isEmpty()) return null;
    return Constant.ofInt(new BigInteger(digits, radix));
  }

  private static Constant parseImagBody(String text) {
    String t = text.replace("_", "");
    // legacy: 0123i is decimal
    if (t.length() > 1 && t.charAt(0) == '0' && t.chars().allMatch(Character::isDigit)) {
      return Constant.ofInt(new BigInteger(t, 10));
    }
    if (t.length() > 1 && t.charAt(0) == '0' && "xXbBoO".indexOf(t.charAt(1)) >= 0 && !t.contains(".")
        && !(Character.toLowerCase(t.charAt(1)) == 'x' && (t.contains("p") || t.contains("P")))) {
      return parseInt(t);
    }
    return parseFloat(t);
  }

  private static Constant parseFloat(String text) {
    String t = text.replace("_", "");
    if (t.length() > 1 && t.charAt(0) == '0' && (t.charAt(1) == 'x' || t.charAt(1) == 'X')) {
      String body = t.substring(2);
      int p = Math.max(body.indexOf('p'), body.indexOf('P'));
      String mant = p < 0 ? body : body.substring(0, p);
      long exp = p < 0 ? 0 : Long.parseLong(body.substring(p + 1).replace("+", ""));
      int dot = mant.indexOf('.');
      String digits = dot < 0 ? mant : mant.substring(0, dot) + mant.substring(dot + 1);
      if (dot >= 0) exp -= 4L * (mant.length() - dot - 1);
      if (digits.isEmpty()) digits = "0";
      BigInteger m = new BigInteger(digits, 16);
      if (Math.abs(exp) > 2_000_000_000L) return null;
      return Constant.ofFloat(m, BigInteger.ONE, exp);
    }
    int e = Math.max(t.indexOf('e'), t.indexOf('E'));
    String mant = e < 0 ? t : t.substring(0, e);
    long exp = e < 0 ? 0 : Long.parseLong(t.substring(e + 1).replace("+", ""));
    int dot = mant.indexOf('.');
    String digits = dot < 0 ? mant : mant.substring(0, dot) + mant.substring(dot + 1);
    if (dot >= 0) exp -= mant.length() - dot - 1;
    if (digits.isEmpty()) digits = "0";
    BigInteger m = new BigInteger(digits, 10);
    if (m.signum() == 0) return Constant.ofRat(BigInteger.ZERO, BigInteger.ONE);
    if (Math.abs(exp) > 2_000_000_000L) return null;
    if (Math.abs(exp) <= 1000) {
      return exp >= 0 ? Constant.ofRat(m.multiply(BigInteger.TEN.pow((int) exp)), BigInteger.ONE)
          : Constant.ofRat(m, BigInteger.TEN.pow((int) -exp));
    }
    Object[] p = pow10((int) Math.abs(exp)); // 10^|exp| ~ mant * 2^e2
    BigInteger p10 = (BigInteger) p[0];
    long e2 = (Long) p[1];
    return exp >= 0 ? Constant.ofFloat(m.multiply(p10), BigInteger.ONE, e2) : Constant.ofFloat(m, p10, -e2);
  }

  /** 10^k as {mantissa, exponent} with about 2*PREC bits of precision (exact while small). */
  private static Object[] pow10(int k) {
    BigInteger rm = BigInteger.ONE, bm = BigInteger.TEN;
    long re = 0, be = 0;
    int keep = 2 * Constant.PREC;
    while (k > 0) {
      if ((k & 1) != 0) {
        rm = rm.multiply(bm);
        re += be;
        int over = rm.bitLength() - keep;
        if (over > 0) {
          rm = rm.shiftRight(over);
          re += over;
        }
      }
      k >>= 1;
      if (k > 0) {
        bm = bm.multiply(bm);
        be *= 2;
        int over = bm.bitLength() - keep;
        if (over > 0) {
          bm = bm.shiftRight(over);
          be += over;
        }
      }
    }
    return new Object[] {rm, re};
  }

  private static Constant parseRune(String text) {
    byte[] b = unquote(text.substring(1, text.length() - 1), '\'', true);
    if (b == null) return null;
    // unquote for runes returns the code point in 4 bytes
    int cp = ((b[0] & 0xFF) << 24) | ((b[1] & 0xFF) << 16) | ((b[2] & 0xFF) << 8) | (b[3] & 0xFF);
    return Constant.ofInt(cp);
  }

  private static Constant parseString(String text) {
    if (text.startsWith("`")) {
      String raw = text.substring(1, text.length() - 1).replace("\r", "");
      return Constant.ofString(raw.getBytes(StandardCharsets.UTF_8));
    }
    byte[] b = unquote(text.substring(1, text.length() - 1), '"', false);
    return b == null ? null : Constant.ofString(b);
  }

  /** Interprets Go escapes; for a rune literal returns the single code point as 4 big-endian bytes. */
  private static byte[] unquote(String s, char quote, boolean rune) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int runeValue = -1;
    int count = 0;
    byte[] src = s.getBytes(StandardCharsets.UTF_8);
    int i = 0;
    while (i < src.length) {
      int c = src[i] & 0xFF;
      if (c != '\\') {
        if (rune) {
          int cp = s.codePointAt(new String(src, 0, i, StandardCharsets.UTF_8).length());
          runeValue = cp;
          i += new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
        } else {
          out.write(c);
          i++;
        }
        count++;
        continue;
      }
      i++;
      char e = (char) src[i++];
      int v;
      boolean isByte = false;
      switch (e) {
        case 'a' -> v = 7;
        case 'b' -> v = 8;
        case 'f' -> v = 12;
        case 'n' -> v = 10;
        case 'r' -> v = 13;
        case 't' -> v = 9;
        case 'v' -> v = 11;
        case '\\' -> v = '\\';
        case '\'', '"' -> v = e;
        case 'x' -> { v = Integer.parseInt(new String(src, i, 2, StandardCharsets.US_ASCII), 16); i += 2; isByte = true; }
        case 'u' -> { v = Integer.parseInt(new String(src, i, 4, StandardCharsets.US_ASCII), 16); i += 4; }
        case 'U' -> { v = (int) Long.parseLong(new String(src, i, 8, StandardCharsets.US_ASCII), 16); i += 8; }
        default -> {
          if (e >= '0' && e <= '7') {
            v = Integer.parseInt(new String(src, i - 1, 3, StandardCharsets.US_ASCII), 8);
            i += 2;
            isByte = true;
          } else {
            return null;
          }
        }
      }
      count++;
      if (rune) {
        runeValue = v;
      } else if (isByte) {
        out.write(v);
      } else {
        byte[] enc = (v >= 0xD800 && v <= 0xDFFF) || v > 0x10FFFF ? new byte[] {(byte) 0xEF, (byte) 0xBF, (byte) 0xBD}
            : new String(Character.toChars(v)).getBytes(StandardCharsets.UTF_8);
        out.writeBytes(enc);
      }
    }
    if (rune) {
      if (count != 1) return null;
      return new byte[] {(byte) (runeValue >>> 24), (byte) (runeValue >>> 16), (byte) (runeValue >>> 8), (byte) runeValue};
    }
    return out.toByteArray();
  }

  // ---------------------------------------------------------------- kind conversions

  /** The value as an INT if it is an exact integer (floats/complex with integral value); else null. */
  public static Constant toInt(Constant x) {
    switch (x.kind) {
      case INT: return x;
      case FLOAT:
        if (!x.den.equals(BigInteger.ONE) || x.exp2 < 0) return null;
        if (x.exp2 == 0) return Constant.ofInt(x.num);
        if (x.num.bitLength() + x.exp2 > 100_000) return null; // astronomically large: not usable as an integer
        return Constant.ofInt(x.num.shiftLeft((int) x.exp2));
      case COMPLEX:
        if (x.im.num.signum() != 0) return null;
        return toInt(x.re);
      default: return null;
    }
  }

  /** The value as a FLOAT (real), or null (complex with non-zero imaginary part, non-numeric). */
  public static Constant toFloat(Constant x) {
    switch (x.kind) {
      case INT: return Constant.ofRat(x.num, BigInteger.ONE);
      case FLOAT: return x;
      case COMPLEX: return x.im.num.signum() == 0 ? x.re : null;
      default: return null;
    }
  }

  public static Constant toComplex(Constant x) {
    switch (x.kind) {
      case INT, FLOAT: return Constant.ofComplex(x, Constant.ofInt(0));
      case COMPLEX: return x;
      default: return null;
    }
  }

  private static int rank(Constant.Kind k) {
    return switch (k) { case INT -> 0; case FLOAT -> 1; case COMPLEX -> 2; default -> -1; };
  }

  private static Constant promote(Constant x, int r) {
    return switch (r) { case 0 -> x; case 1 -> toFloat(x); default -> toComplex(x); };
  }

  public static int sign(Constant x) {
    return switch (x.kind) {
      case INT, FLOAT -> x.num.signum();
      case COMPLEX -> x.re.num.signum() | x.im.num.signum();
      default -> 0;
    };
  }

  public static int bitLen(Constant x) {
    return x.num.abs().bitLength();
  }

  // ---------------------------------------------------------------- operations

  /** Unary op (+ - ^ !); prec is the bit width for ^ on unsigned values (0: signed / untyped). */
  public static Constant unary(Token op, Constant x, int prec) {
    switch (op) {
      case ADD: return x;
      case SUB:
        return switch (x.kind) {
          case INT -> Constant.ofInt(x.num.negate());
          case FLOAT -> Constant.ofFloat(x.num.negate(), x.den, x.exp2);
          case COMPLEX -> Constant.ofComplex(unary(Token.SUB, x.re, 0), unary(Token.SUB, x.im, 0));
          default -> throw new IllegalArgumentException();
        };
      case XOR: {
        BigInteger z = x.num.not();
        if (prec > 0) z = z.and(BigInteger.ONE.shiftLeft(prec).subtract(BigInteger.ONE));
        return Constant.ofInt(z);
      }
      case NOT: return Constant.ofBool(!x.b);
      default: throw new IllegalArgumentException("unary " + op);
    }
  }

  /**
   * Binary arithmetic / logical op. intDiv selects truncated integer division for QUO (integer
   * operands). The caller has checked division by zero.
   */
  public static Constant binary(Constant x, Token op, Constant y, boolean intDiv) {
    Constant r = binary0(x, op, y, intDiv);
    return r == null || r.tooLarge() ? null : r;
  }

  private static Constant binary0(Constant x, Token op, Constant y, boolean intDiv) {
    if (x.kind == Constant.Kind.BOOL) {
      return switch (op) {
        case LAND -> Constant.ofBool(x.b && y.b);
        case LOR -> Constant.ofBool(x.b || y.b);
        default -> throw new IllegalArgumentException();
      };
    }
    if (x.kind == Constant.Kind.STRING) {
      byte[] r = new byte[x.s.length + y.s.length];
      System.arraycopy(x.s, 0, r, 0, x.s.length);
      System.arraycopy(y.s, 0, r, x.s.length, y.s.length);
      return Constant.ofString(r);
    }
    int r = Math.max(rank(x.kind), rank(y.kind));
    if (op == Token.QUO && !intDiv && r == 0) r = 1;
    x = promote(x, r);
    y = promote(y, r);
    if (r == 0) {
      BigInteger a = x.num, b = y.num;
      return Constant.ofInt(switch (op) {
        case ADD -> a.add(b);
        case SUB -> a.subtract(b);
        case MUL -> a.multiply(b);
        case QUO -> a.divide(b);
        case REM -> a.remainder(b);
        case AND -> a.and(b);
        case OR -> a.or(b);
        case XOR -> a.xor(b);
        case AND_NOT -> a.andNot(b);
        default -> throw new IllegalArgumentException("binary " + op);
      });
    }
    if (r == 1) {
      return switch (op) {
        case ADD -> fadd(x, y, false);
        case SUB -> fadd(x, y, true);
        case MUL -> Constant.ofFloat(x.num.multiply(y.num), x.den.multiply(y.den), x.exp2 + y.exp2);
        case QUO -> Constant.ofFloat(x.num.multiply(y.den), x.den.multiply(y.num), x.exp2 - y.exp2);
        default -> throw new IllegalArgumentException("binary " + op);
      };
    }
    Constant a = x.real(), b = x.imag(), c = y.real(), d = y.imag();
    if (a.tooLarge() || b.tooLarge() || c.tooLarge() || d.tooLarge()) return null;
    return switch (op) {
      case ADD -> Constant.ofComplex(binary0(a, Token.ADD, c, false), binary0(b, Token.ADD, d, false));
      case SUB -> Constant.ofComplex(binary0(a, Token.SUB, c, false), binary0(b, Token.SUB, d, false));
      case MUL -> Constant.ofComplex(
          binary0(binary0(a, Token.MUL, c, false), Token.SUB, binary0(b, Token.MUL, d, false), false),
          binary0(binary0(b, Token.MUL, c, false), Token.ADD, binary0(a, Token.MUL, d, false), false));
      case QUO -> {
        Constant s = binary0(binary0(c, Token.MUL, c, false), Token.ADD, binary0(d, Token.MUL, d, false), false);
        Constant re = binary0(binary0(a, Token.MUL, c, false), Token.ADD, binary0(b, Token.MUL, d, false), false);
        Constant im = binary0(binary0(b, Token.MUL, c, false), Token.SUB, binary0(a, Token.MUL, d, false), false);
        yield Constant.ofComplex(binary0(re, Token.QUO, s, false), binary0(im, Token.QUO, s, false));
      }
      default -> throw new IllegalArgumentException("binary " + op);
    };
  }

  /** x + y or x - y for FLOAT constants. */
  private static Constant fadd(Constant x, Constant y, boolean sub) {
    BigInteger yn = sub ? y.num.negate() : y.num;
    if (x.num.signum() == 0) return Constant.ofFloat(yn, y.den, y.exp2);
    if (y.num.signum() == 0) return x;
    long e = Math.min(x.exp2, y.exp2);
    long dx = x.exp2 - e, dy = y.exp2 - e;
    // magnitude estimates (log2); a much smaller operand is negligible at the approximation precision
    long mx = x.num.bitLength() - x.den.bitLength() + x.exp2, my = y.num.bitLength() - y.den.bitLength() + y.exp2;
    if (Math.max(dx, dy) > 4L * Constant.LIMIT) {
      if (mx > my + 2L * Constant.PREC) return x;
      if (my > mx + 2L * Constant.PREC) return Constant.ofFloat(yn, y.den, y.exp2);
    }
    BigInteger a = x.num.multiply(y.den).shiftLeft((int) dx), b = yn.multiply(x.den).shiftLeft((int) dy);
    return Constant.ofFloat(a.add(b), x.den.multiply(y.den), e);
  }

  /** x << s or x >> s for an integer x. */
  public static Constant shift(Constant x, Token op, int s) {
    return Constant.ofInt(op == Token.SHL ? x.num.shiftLeft(s) : x.num.shiftRight(s));
  }

  public static boolean compare(Constant x, Token op, Constant y) {
    int c;
    switch (x.kind) {
      case BOOL:
        return op == Token.EQL ? x.b == y.b : x.b != y.b;
      case STRING:
        c = compareBytes(x.s, y.s);
        break;
      default: {
        int r = Math.max(rank(x.kind), rank(y.kind));
        x = promote(x, r);
        y = promote(y, r);
        if (r == 2) {
          boolean eq = x.re.equals(y.re) && x.im.equals(y.im);
          return op == Token.EQL ? eq : !eq;
        }
        c = r == 0 ? x.num.compareTo(y.num) : fadd(x, y, true).num.signum();
      }
    }
    return switch (op) {
      case EQL -> c == 0;
      case NEQ -> c != 0;
      case LSS -> c < 0;
      case LEQ -> c <= 0;
      case GTR -> c > 0;
      case GEQ -> c >= 0;
      default -> throw new IllegalArgumentException();
    };
  }

  private static int compareBytes(byte[] a, byte[] b) {
    int n = Math.min(a.length, b.length);
    for (int i = 0; i < n; i++) {
      int c = Integer.compare(a[i] & 0xFF, b[i] & 0xFF);
      if (c != 0) return c;
    }
    return Integer.compare(a.length, b.length);
  }

  // ---------------------------------------------------------------- rounding

  /**
   * Rounds num/den (den > 0) to the nearest binary floating-point value with precBits of mantissa
   * and the given exponent range (ties to even, with subnormals); returns the exact result as a
   * double, or an infinity on overflow.
   */
  static double roundRat(BigInteger num, BigInteger den, int precBits, int minExp, int maxExp) {
    return roundRat(num, den, 0, precBits, minExp, maxExp);
  }

  /** As above for num/den * 2^exp2. */
  static double roundRat(BigInteger num, BigInteger den, long exp2, int precBits, int minExp, int maxExp) {
    if (num.signum() == 0) return 0.0;
    boolean neg = num.signum() < 0;
    long mag = num.bitLength() - den.bitLength() + exp2;
    if (mag > maxExp + 2) return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    if (mag < minExp - precBits - 4) return neg ? -0.0 : 0.0;
    BigInteger a = num.abs();
    int e = a.bitLength() - den.bitLength() + (int) exp2;
    int shift0 = precBits + 2 - (a.bitLength() - den.bitLength());
    int shift = shift0;
    BigInteger n = shift >= 0 ? a.shiftLeft(shift) : a;
    BigInteger d = shift >= 0 ? den : den.shiftLeft(-shift);
    BigInteger[] qr = n.divideAndRemainder(d);
    BigInteger m = qr[0];
    boolean sticky = qr[1].signum() != 0;
    int E = e - precBits - 2; // value = (m + frac) * 2^E
    int lb = m.bitLength() - 1 + E; // exponent of the leading bit
    if (lb > maxExp) return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    int ulpExp = Math.max(lb, minExp) - (precBits - 1);
    int drop = ulpExp - E;
    BigInteger kept;
    if (drop <= 0) {
      kept = m.shiftLeft(-drop);
      drop = 0;
    } else {
      kept = m.shiftRight(drop);
      BigInteger rem = m.subtract(kept.shiftLeft(drop));
      BigInteger half = BigInteger.ONE.shiftLeft(drop - 1);
      int cmp = rem.compareTo(half);
      if (cmp > 0 || (cmp == 0 && sticky) || (cmp == 0 && kept.testBit(0))) kept = kept.add(BigInteger.ONE);
    }
    double r = Math.scalb(kept.doubleValue(), ulpExp);
    if (Double.isInfinite(r) || (r != 0 && Math.getExponent(r) > maxExp)) r = Double.POSITIVE_INFINITY;
    return neg ? -r : r;
  }

  public static double toDouble(BigInteger num, BigInteger den) {
    return roundRat(num, den, 53, -1022, 1023);
  }

  public static float toFloat32(BigInteger num, BigInteger den) {
    return (float) roundRat(num, den, 24, -126, 127);
  }

  /** Exact rational of a finite double. */
  public static Constant ofDouble(double d) {
    BigDecimal b = new BigDecimal(d);
    if (b.scale() <= 0) return Constant.ofRat(b.toBigIntegerExact(), BigInteger.ONE);
    return Constant.ofRat(b.unscaledValue(), BigInteger.TEN.pow(b.scale()));
  }

  /** The real value x rounded to float64 (as an exact FLOAT constant), or null on overflow. */
  public static Constant roundFloat64(Constant x) {
    Constant f = toFloat(x);
    double d = roundRat(f.num, f.den, f.exp2, 53, -1022, 1023);
    return Double.isInfinite(d) ? null : ofDouble(d);
  }

  public static Constant roundFloat32(Constant x) {
    Constant f = toFloat(x);
    float d = (float) roundRat(f.num, f.den, f.exp2, 24, -126, 127);
    return Float.isInfinite(d) ? null : ofDouble(d);
  }

  // ---------------------------------------------------------------- formatting

  /** go/constant's String: short form used in messages. */
  static String format(Constant c) {
    return switch (c.kind) {
      case BOOL -> Boolean.toString(c.b);
      case STRING -> shortQuote(c.s);
      case INT -> c.num.toString();
      case FLOAT -> formatFloat(c.num, c.den, c.exp2);
      case COMPLEX -> "(" + format(c.re) + " + " + format(c.im) + "i)";
    };
  }

  static String formatFloat(BigInteger num, BigInteger den, long exp2) {
    if (num.signum() == 0) return "0";
    double d = roundRat(num, den, exp2, 53, -1022, 1023);
    if (!Double.isInfinite(d) && d != 0) return formatG(new BigDecimal(d), 6);
    // out of float64 range: decimal approximation m * 10^e from logarithms
    double lg = log2(num.abs()) - log2(den) + exp2; // log2 of |value|
    double l10 = lg * Math.log10(2);
    long e10 = (long) Math.floor(l10);
    double m = Math.pow(10, l10 - e10);
    if (m >= 9.999995) {
      m /= 10;
      e10++;
    }
    String ms = formatG(new BigDecimal(num.signum() < 0 ? -m : m), 6);
    return ms + "e" + (e10 >= 0 ? "+" : "") + e10;
  }

  private static double log2(BigInteger v) {
    int n = v.bitLength();
    int shift = Math.max(0, n - 60);
    return Math.log(v.shiftRight(shift).doubleValue()) / Math.log(2) + shift;
  }

  /** Go's %.{prec}g of an exact decimal value. */
  static String formatG(BigDecimal v, int prec) {
    if (v.signum() == 0) return "0";
    BigDecimal r = v.round(new MathContext(prec, RoundingMode.HALF_EVEN));
    int exp = r.precision() - r.scale() - 1;
    String sign = r.signum() < 0 ? "-" : "";
    String digits = r.unscaledValue().abs().toString();
    // strip trailing zeros
    int end = digits.length();
    while (end > 1 && digits.charAt(end - 1) == '0') end--;
    digits = digits.substring(0, end);
    if (exp < -4 || exp >= prec) {
      StringBuilder b = new StringBuilder(sign).append(digits.charAt(0));
      if (digits.length() > 1) b.append('.').append(digits, 1, digits.length());
      b.append('e').append(exp < 0 ? '-' : '+');
      int ae = Math.abs(exp);
      if (ae < 10) b.append('0');
      return b.append(ae).toString();
    }
    if (exp >= 0) {
      if (digits.length() <= exp + 1) return sign + digits + "0".repeat(exp + 1 - digits.length());
      return sign + digits.substring(0, exp + 1) + "." + digits.substring(exp + 1);
    }
    return sign + "0." + "0".repeat(-exp - 1) + digits;
  }

  /** strconv.Quote, shortened to 72 runes as go/constant does. */
  static String shortQuote(byte[] s) {
    String q = quote(s);
    if (q.codePointCount(0, q.length()) > 72) {
      int i = q.offsetByCodePoints(0, 69);
      q = q.substring(0, i) + "...";
    }
    return q;
  }

  /** strconv.Quote of the bytes (invalid UTF-8 as \x escapes). */
  public static String quote(byte[] s) {
    StringBuilder b = new StringBuilder("\"");
    int i = 0;
    while (i < s.length) {
      int c = s[i] & 0xFF;
      int cp;
      int width;
      if (c < 0x80) { cp = c; width = 1; }
      else {
        int dec = Quote.decode(s, i, s.length);
        cp = Quote.decodedRune(dec);
        width = Quote.decodedWidth(dec);
        if (cp == 0xFFFD && width == 1) {
          b.append(String.format("\\x%02x", c));
          i++;
          continue;
        }
      }
      i += width;
      switch (cp) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case 7 -> b.append("\\a");
        case 8 -> b.append("\\b");
        case 12 -> b.append("\\f");
        case 10 -> b.append("\\n");
        case 13 -> b.append("\\r");
        case 9 -> b.append("\\t");
        case 11 -> b.append("\\v");
        default -> {
          if (cp < 0x20 || cp == 0x7F) b.append(String.format("\\x%02x", cp));
          else if (cp < 0x80 || isPrint(cp)) b.appendCodePoint(cp);
          else if (cp < 0x10000) b.append(String.format("\\u%04x", cp));
          else b.append(String.format("\\U%08x", cp));
        }
      }
    }
    return b.append('"').toString();
  }

  private static boolean isPrint(int cp) {
    int t = Character.getType(cp);
    return t != Character.CONTROL && t != Character.FORMAT && t != Character.SURROGATE && t != Character.UNASSIGNED
        && t != Character.PRIVATE_USE && t != Character.LINE_SEPARATOR && t != Character.PARAGRAPH_SEPARATOR
        && !(t == Character.SPACE_SEPARATOR && cp != ' ');
  }
}
