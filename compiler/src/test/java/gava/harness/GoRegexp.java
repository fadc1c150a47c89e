package gava.harness;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Go regular expressions (RE2 syntax, as Go's regexp package reads them) compiled as
 * {@link java.util.regex.Pattern}s with the same meaning, for the patterns the Go test suite uses.
 * The differences handled: in a character class Go reads {@code [} and {@code &&} literally and
 * knows POSIX classes ({@code [:alpha:]}); a {@code {} that does not start a repetition is a
 * literal; {@code \123} is an octal escape, not a back reference; {@code (?P<name>...)} names a
 * group; {@code .} does not match only newline.
 */
final class GoRegexp {
  private GoRegexp() {}

  /** Compiles a Go regexp; throws {@link PatternSyntaxException} when it is not valid. */
  static Pattern compile(String re) {
    return Pattern.compile(toJava(re), Pattern.UNIX_LINES);
  }

  static String toJava(String re) {
    StringBuilder b = new StringBuilder(re.length() + 8);
    int n = re.length();
    int i = 0;
    while (i < n) {
      char c = re.charAt(i);
      switch (c) {
        case '\\' -> i = escape(re, i, b);
        case '[' -> i = charClass(re, i, b);
        case '{' -> {
          int end = repeatEnd(re, i);
          if (end < 0) {
            b.append("\\{");
            i++;
          } else {
            b.append(re, i, end);
            i = end;
          }
        }
        case '(' -> {
          if (re.startsWith("(?P<", i)) {
            b.append("(?<");
            i += 4;
          } else {
            b.append(c);
            i++;
          }
        }
        default -> {
          b.append(c);
          i++;
        }
      }
    }
    return b.toString();
  }

  /** Copies the escape at re[i] (a backslash); returns the index after it. */
  private static int escape(String re, int i, StringBuilder b) {
    if (i + 1 >= re.length()) {
      b.append('\\'); // (invalid in both: a trailing backslash)
      return i + 1;
    }
    char d = re.charAt(i + 1);
    if (d >= '0' && d <= '7') {
      // Go: octal character code, up to three digits
      int j = i + 1;
      int v = 0;
      while (j < re.length() && j < i + 4 && re.charAt(j) >= '0' && re.charAt(j) <= '7') {
        v = v * 8 + (re.charAt(j) - '0');
        j++;
      }
      b.append(String.format("\\x{%x}", v));
      return j;
    }
    if (d == 'Q') {
      int end = re.indexOf("\\E", i + 2);
      String lit = end < 0 ? re.substring(i + 2) : re.substring(i + 2, end);
      b.append(Pattern.quote(lit));
      return end < 0 ? re.length() : end + 2;
    }
    if (d == 'C') {
      b.append("(?s:.)"); // any byte; close enough: any character
      return i + 2;
    }
    b.append('\\').append(d);
    return i + 2;
  }

  /** Copies the character class starting at re[i] ('['); returns the index after it. */
  private static int charClass(String re, int i, StringBuilder b) {
    int n = re.length();
    b.append('[');
    int j = i + 1;
    if (j < n && re.charAt(j) == '^') {
      b.append('^');
      j++;
    }
    boolean first = true;
    while (j < n) {
      char c = re.charAt(j);
      if (c == ']' && !first) {
        b.append(']');
        return j + 1;
      }
      first = false;
      if (c == '[' && re.startsWith("[:", j)) {
        int end = re.indexOf(":]", j + 2);
        if (end > 0) {
          String name = re.substring(j + 2, end);
          boolean neg = name.startsWith("^");
          String cls = posix(neg ? name.substring(1) : name);
          if (cls != null) {
            if (cls.equals("word")) b.append(neg ? "\\W" : "\\w");
            else b.append(neg ? "\\P{" : "\\p{").append(cls).append('}');
            j = end + 2;
            continue;
          }
        }
      }
      switch (c) {
        case '\\' -> j = escape(re, j, b);
        case '[', '&' -> {
          b.append('\\').append(c);
          j++;
        }
        default -> {
          b.append(c);
          j++;
        }
      }
    }
    return j; // unterminated: Java reports it
  }

  private static String posix(String name) {
    return switch (name) {
      case "alnum" -> "Alnum";
      case "alpha" -> "Alpha";
      case "ascii" -> "ASCII";
      case "blank" -> "Blank";
      case "cntrl" -> "Cntrl";
      case "digit" -> "Digit";
      case "graph" -> "Graph";
      case "lower" -> "Lower";
      case "print" -> "Print";
      case "punct" -> "Punct";
      case "space" -> "Space";
      case "upper" -> "Upper";
      case "word" -> "word"; // [0-9A-Za-z_]: \w
      case "xdigit" -> "XDigit";
      default -> null;
    };
  }

  /** If re[i] ('{') starts a repetition {n}, {n,} or {n,m}, the index after its '}', else -1. */
  private static int repeatEnd(String re, int i) {
    int j = i + 1;
    int n = re.length();
    int digits = 0;
    while (j < n && Character.isDigit(re.charAt(j))) {
      j++;
      digits++;
    }
    if (digits == 0) return -1;
    if (j < n && re.charAt(j) == ',') {
      j++;
      while (j < n && Character.isDigit(re.charAt(j))) j++;
    }
    return j < n && re.charAt(j) == '}' ? j + 1 : -1;
  }
}
