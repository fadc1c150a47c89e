package gava.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code //go:embed} directives as gc's noder reads them: each directive's position and its
 * patterns (unquoted, back-quoted or double-quoted, each with its own position as go/build gives
 * it), kept on the variable declaration that takes them ({@link Decl.Var#embeds}); and the files a
 * variable is initialised with once the patterns are resolved ({@link Decl.Var#embedFiles}, filled
 * by {@code gava.loader.EmbedPatterns}).
 */
public final class Embed {
  private Embed() {}

  /** One pattern of a directive, at its position. */
  public record Pattern(Pos pos, String text) {}

  /** One {@code //go:embed} line: the directive's position (after the slashes) and its patterns. */
  public record Directive(Pos pos, List<Pattern> patterns) {}

  /**
   * One entry of an embedded variable's data, in the compiler's order (embedFileLess): a file's
   * slash-separated path relative to the package directory with its content, or a directory (name
   * ending in "/", data null); hash is what gc stores with a file of an embed.FS (16 bytes of
   * the complement of its SHA-256, cmd/internal/notsha256), null for a directory.
   */
  public record FileData(String name, byte[] data, byte[] hash) {}

  /** Thrown by {@link #parse} with gc's message. */
  public static final class BadDirective extends Exception {
    public BadDirective(String msg) {
      super(msg);
    }
  }

  /**
   * gc's parseGoEmbed: the patterns of the text following {@code //go:embed} (as offsets into
   * {@code args} and pattern texts; space-separated, quoted with {@code "..."} or back quotes).
   */
  public static List<Pattern> parse(String args, java.util.function.IntFunction<Pos> posAt) throws BadDirective {
    List<Pattern> out = new ArrayList<>();
    int i = 0;
    int n = args.length();
    while (true) {
      while (i < n && Character.isWhitespace(args.charAt(i))) i++;
      if (i >= n) break;
      int start = i;
      String path;
      char c = args.charAt(i);
      if (c == '`') {
        int end = args.indexOf('`', i + 1);
        if (end < 0) throw new BadDirective("invalid quoted string in //go:embed: " + args.substring(i));
        path = args.substring(i + 1, end);
        i = end + 1;
      } else if (c == '"') {
        int j = i + 1;
        for (; j < n; j++) {
          if (args.charAt(j) == '\\') {
            j++;
            continue;
          }
          if (args.charAt(j) == '"') break;
        }
        if (j >= n) throw new BadDirective("invalid quoted string in //go:embed: " + args.substring(i));
        String q = unquote(args.substring(i, j + 1));
        if (q == null) throw new BadDirective("invalid quoted string in //go:embed: " + args.substring(i, j + 1));
        path = q;
        i = j + 1;
      } else {
        int j = i;
        while (j < n && !Character.isWhitespace(args.charAt(j))) j++;
        path = args.substring(i, j);
        i = j;
      }
      if (i < n && !Character.isWhitespace(args.charAt(i))) {
        throw new BadDirective("invalid quoted string in //go:embed: " + args.substring(i));
      }
      out.add(new Pattern(posAt.apply(start), path));
    }
    return out;
  }

  /** strconv.Unquote of a double-quoted literal, or null when it is malformed. */
  static String unquote(String lit) {
    StringBuilder b = new StringBuilder();
    int n = lit.length() - 1;
    for (int i = 1; i < n; i++) {
      char c = lit.charAt(i);
      if (c == '\n' || c == '"') return null;
      if (c != '\\') {
        b.append(c);
        continue;
      }
      if (++i >= n) return null;
      char e = lit.charAt(i);
      switch (e) {
        case 'a' -> b.append('\u0007');
        case 'b' -> b.append('\b');
        case 'f' -> b.append('\f');
        case 'n' -> b.append('\n');
        case 'r' -> b.append('\r');
        case 't' -> b.append('\t');
        case 'v' -> b.append('\u000b');
        case '\\', '"' -> b.append(e);
        case 'x', 'u', 'U', '0', '1', '2', '3', '4', '5', '6', '7' -> {
          int len = e == 'x' ? 2 : e == 'u' ? 4 : e == 'U' ? 8 : 3;
          int radix = e >= '0' && e <= '7' ? 8 : 16;
          int from = radix == 8 ? i : i + 1;
          if (from + len > n) return null;
          int v;
          try {
            v = Integer.parseUnsignedInt(lit.substring(from, from + len), radix);
          } catch (NumberFormatException x) {
            return null;
          }
          if (radix == 8 && v > 255 || v > 0x10FFFF || v >= 0xD800 && v < 0xE000) return null;
          if (e == 'x' || radix == 8) b.append((char) v); // (a byte: kept as the char of that value)
          else b.appendCodePoint(v);
          i = from + len - 1;
        }
        default -> {
          return null;
        }
      }
    }
    return b.toString();
  }
}
