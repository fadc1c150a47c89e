package gava.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gava.syntax.Expr.LitKind;
import gava.syntax.Token;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** Exact constant arithmetic, rounding and gc's textual form of constants. */
class ConstOpsTest {
  static Constant lit(LitKind k, String s) {
    return ConstOps.literal(k, s);
  }

  @Test
  void literals() {
    assertEquals("255", lit(LitKind.INT, "0xff").toString());
    assertEquals("8", lit(LitKind.INT, "0o10").toString());
    assertEquals("8", lit(LitKind.INT, "010").toString());
    assertEquals("5", lit(LitKind.INT, "0b101").toString());
    assertEquals("1000000", lit(LitKind.INT, "1_000_000").toString());
    assertEquals("0.25", lit(LitKind.FLOAT, "0x1p-2").toString());
    assertEquals("1e+100", lit(LitKind.FLOAT, "1e100").toString());
    assertEquals("97", lit(LitKind.RUNE, "'a'").toString());
    assertEquals("233", lit(LitKind.RUNE, "'\\u00e9'").toString());
    assertEquals("\"a\\nb\"", lit(LitKind.STRING, "\"a\\nb\"").toString());
    assertEquals("\"a\\\\nb\"", lit(LitKind.STRING, "`a\\nb`").toString());
    assertEquals("(0 + 2i)", lit(LitKind.IMAG, "2i").toString());
    assertEquals(3, lit(LitKind.STRING, "\"\\xff\\x00a\"").stringBytes().length);
  }

  @Test
  void exactArithmetic() {
    Constant third = ConstOps.binary(Constant.ofInt(1), Token.QUO, Constant.ofInt(3), false);
    Constant one = ConstOps.binary(third, Token.MUL, Constant.ofInt(3), false);
    assertEquals(Constant.ofRat(BigInteger.ONE, BigInteger.ONE), one);
    assertEquals("2", ConstOps.binary(Constant.ofInt(7), Token.QUO, Constant.ofInt(3), true).toString());
    assertEquals("-2", ConstOps.binary(Constant.ofInt(-7), Token.QUO, Constant.ofInt(3), true).toString());
    assertEquals("-1", ConstOps.binary(Constant.ofInt(-7), Token.REM, Constant.ofInt(3), true).toString());
    assertEquals("1267650600228229401496703205376", ConstOps.shift(Constant.ofInt(1), Token.SHL, 100).toString());
    assertEquals("-1", ConstOps.shift(Constant.ofInt(-1), Token.SHR, 5).toString());
    assertEquals("254", ConstOps.unary(Token.XOR, Constant.ofInt(1), 8).toString());
    assertEquals("-2", ConstOps.unary(Token.XOR, Constant.ofInt(1), 0).toString());
    assertTrue(ConstOps.compare(lit(LitKind.STRING, "\"a\""), Token.LSS, lit(LitKind.STRING, "\"b\"")));
    Constant c = ConstOps.binary(lit(LitKind.IMAG, "1i"), Token.MUL, lit(LitKind.IMAG, "1i"), false);
    assertEquals("(-1 + 0i)", c.toString());
  }

  @Test
  void rounding() {
    Constant tenth = lit(LitKind.FLOAT, "0.1");
    assertEquals(0.1, tenth.doubleValue());
    assertEquals(0.1f, tenth.floatValue());
    Constant r32 = ConstOps.roundFloat32(tenth);
    assertEquals((double) 0.1f, r32.doubleValue());
    // halfway cases round to even
    assertEquals(9007199254740992.0, ConstOps.toDouble(BigInteger.valueOf(9007199254740993L), BigInteger.ONE));
    assertEquals(Double.MIN_VALUE, ConstOps.toDouble(BigInteger.ONE, BigInteger.TWO.pow(1074)));
    assertEquals(0.0, ConstOps.toDouble(BigInteger.ONE, BigInteger.TWO.pow(1076)));
    assertNull(ConstOps.roundFloat32(lit(LitKind.FLOAT, "1e40")));
    assertNull(ConstOps.roundFloat64(lit(LitKind.FLOAT, "1e400")));
  }

  @Test
  void gcFormatting() {
    assertEquals("0.1", lit(LitKind.FLOAT, "0.1").toString());
    assertEquals("1.5", lit(LitKind.FLOAT, "1.5").toString());
    assertEquals("1.23457e+08", lit(LitKind.FLOAT, "123456789.0").toString());
    assertEquals("100000", lit(LitKind.FLOAT, "1e5").toString());
    assertEquals("1e+06", lit(LitKind.FLOAT, "1e6").toString());
    assertEquals("1e-05", lit(LitKind.FLOAT, "0.00001").toString());
    assertEquals("0.0001", lit(LitKind.FLOAT, "0.0001").toString());
    assertEquals("1e+1000", lit(LitKind.FLOAT, "1e1000").toString());
    assertEquals("3.14159", lit(LitKind.FLOAT, "3.14159265358979323846").toString());
  }

  @Test
  void hugeExponentsAreApproximated() {
    Constant n = lit(LitKind.FLOAT, "1e646456992"), d = lit(LitKind.FLOAT, "1e646456991");
    Constant q = ConstOps.binary(n, Token.QUO, d, false);
    assertEquals(10.0, q.doubleValue());
    assertEquals("1e+646456992", n.toString());
    assertEquals(0.0, lit(LitKind.FLOAT, "1e-1000000").doubleValue());
    assertNull(ConstOps.roundFloat64(n));
    assertNull(ConstOps.toInt(n), "too large to be an integer");
    // beyond go/constant's 32-bit exponents: not representable
    assertNull(ConstOps.binary(lit(LitKind.FLOAT, "1e500000000"), Token.MUL, lit(LitKind.FLOAT, "1e500000000"), false));
    // exact rationals stay bounded: repeated squaring is approximated, not exact
    Constant x = lit(LitKind.FLOAT, "1.1");
    for (int i = 0; i < 25; i++) x = ConstOps.binary(x, Token.MUL, x, false);
    assertTrue(Double.isInfinite(x.doubleValue()));
    assertTrue(x.toString().contains("e+"), x.toString());
  }

  @Test
  void representability() {
    assertNull(Representable.rounded(Constant.ofInt(256), Universe.UINT8));
    assertEquals("255", Representable.rounded(Constant.ofInt(255), Universe.UINT8).toString());
    assertNull(Representable.rounded(Constant.ofInt(-1), Universe.UINT));
    assertNull(Representable.rounded(lit(LitKind.FLOAT, "1.5"), Universe.INT));
    assertEquals("2", Representable.rounded(lit(LitKind.FLOAT, "2.0"), Universe.INT).toString());
    assertNull(Representable.rounded(ConstOps.shift(Constant.ofInt(1), Token.SHL, 63), Universe.INT64));
    assertEquals("9223372036854775808", Representable.rounded(ConstOps.shift(Constant.ofInt(1), Token.SHL, 63), Universe.UINT64).toString());
  }
}
