package gava.syntax;

/** Go's fmt/strconv quoting of runes, as used in gc's error messages. */
public final class Quote {
  private Quote() {}

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  /** {@code fmt.Sprintf("%#U", r)}: {@code U+0040 '@'} (the quoted character only if printable). */
  public static String unicode(int r) {
    StringBuilder sb = new StringBuilder("U+");
    String h = Integer.toHexString(r).toUpperCase();
    for (int i = h.length(); i < 4; i++) sb.append('0');
    sb.append(h);
    if (isPrint(r)) {
      sb.append(" '").appendCodePoint(r).append('\'');
    }
    return sb.toString();
  }

  /** {@code strconv.QuoteRune(r)} (also fmt's {@code %q} of a rune or byte). */
  public static String rune(int r) {
    StringBuilder sb = new StringBuilder("'");
    appendEscaped(sb, r, '\'');
    return sb.append('\'').toString();
  }

  /** {@code strconv.Quote(s)} for a string given as UTF-8 bytes. */
  public static String string(byte[] s) {
    StringBuilder sb = new StringBuilder("\"");
    int i = 0;
    while (i < s.length) {
      int c = s[i] & 0xFF;
      if (c < 0x80) {
        appendEscaped(sb, c, '"');
        i++;
        continue;
      }
      int dec = decode(s, i, s.length);
      if (dec == INVALID) {
        sb.append("\\x").append(HEX[c >> 4]).append(HEX[c & 15]);
      } else {
        appendEscaped(sb, decodedRune(dec), '"');
      }
      i += decodedWidth(dec);
    }
    return sb.append('"').toString();
  }

  /** {@code strconv.Quote(s)} for a Java string (encoded as UTF-8). */
  public static String string(String s) {
    return string(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  private static void appendEscaped(StringBuilder sb, int r, char quote) {
    if (r > 0x10FFFF || (r >= 0xD800 && r < 0xE000) || r < 0) {
      r = 0xFFFD;
    }
    if (r == quote || r == '\\') {
      sb.append('\\').append((char) r);
      return;
    }
    if (isPrint(r)) {
      sb.appendCodePoint(r);
      return;
    }
    switch (r) {
      case 7 -> sb.append("\\a");
      case '\b' -> sb.append("\\b");
      case '\f' -> sb.append("\\f");
      case '\n' -> sb.append("\\n");
      case '\r' -> sb.append("\\r");
      case '\t' -> sb.append("\\t");
      case 11 -> sb.append("\\v");
      default -> {
        if (r < ' ' || r == 0x7F) {
          sb.append("\\x").append(HEX[(r >> 4) & 15]).append(HEX[r & 15]);
        } else if (r < 0x10000) {
          sb.append("\\u");
          for (int s = 12; s >= 0; s -= 4) sb.append(HEX[(r >> s) & 15]);
        } else {
          sb.append("\\U");
          for (int s = 28; s >= 0; s -= 4) sb.append(HEX[(r >> s) & 15]);
        }
      }
    }
  }

  /** Go's strconv.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space. */
  public static boolean isPrint(int r) {
    if (r < 0x20) return false;
    if (r < 0x7F) return true;
    if (r < 0xA1) return false;
    if (r > 0x10FFFF || !Character.isDefined(r)) return false;
    return switch (Character.getType(r)) {
      case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER, Character.OTHER_LETTER,
          Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK,
          Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER,
          Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
          Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
          Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION,
          Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL,
          Character.OTHER_SYMBOL -> true;
      default -> false;
    };
  }

  /**
   * Decodes the UTF-8 sequence at {@code s[i]} (bytes up to {@code end}, exclusive) as Go's
   * utf8.DecodeRune does, without allocating: the result packs the rune and its width, read them with
   * {@link #decodedRune} and {@link #decodedWidth}. An invalid or truncated sequence gives U+FFFD of
   * width 1. Requires {@code i < end}.
   */
  public static int decode(byte[] s, int i, int end) {
    int c0 = s[i] & 0xFF;
    if (c0 < 0x80) return c0 << 3 | 1;
    int need, lo = 0x80, hi = 0xBF, v;
    if (c0 >= 0xC2 && c0 <= 0xDF) {
      need = 1;
      v = c0 & 0x1F;
    } else if (c0 >= 0xE0 && c0 <= 0xEF) {
      need = 2;
      v = c0 & 0x0F;
      if (c0 == 0xE0) lo = 0xA0;
      else if (c0 == 0xED) hi = 0x9F;
    } else if (c0 >= 0xF0 && c0 <= 0xF4) {
      need = 3;
      v = c0 & 0x07;
      if (c0 == 0xF0) lo = 0x90;
      else if (c0 == 0xF4) hi = 0x8F;
    } else {
      return INVALID;
    }
    if (end - i < need + 1) return INVALID;
    int c1 = s[i + 1] & 0xFF;
    if (c1 < lo || c1 > hi) return INVALID;
    v = (v << 6) | (c1 & 0x3F);
    for (int k = 2; k <= need; k++) {
      int ck = s[i + k] & 0xFF;
      if (ck < 0x80 || ck > 0xBF) return INVALID;
      v = (v << 6) | (ck & 0x3F);
    }
    return v << 3 | (need + 1);
  }

  /** {@link #decode}'s result for an invalid sequence: U+FFFD, width 1. */
  private static final int INVALID = 0xFFFD << 3 | 1;

  /** The rune of a {@link #decode} result. */
  public static int decodedRune(int decoded) {
    return decoded >>> 3;
  }

  /** The width in bytes (1 to 4) of a {@link #decode} result. */
  public static int decodedWidth(int decoded) {
    return decoded & 7;
  }
}
