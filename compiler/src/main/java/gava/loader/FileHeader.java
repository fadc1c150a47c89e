package gava.loader;

import gava.syntax.Pos;
import gava.syntax.Source;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What the loader reads of a Go file, as go/build does: the build constraints of the leading
 * comments ({@code //go:build}, or {@code // +build} lines that are followed by a blank line before
 * the first non-comment line), the package clause and the import declarations. The rest of the file
 * is not looked at.
 *
 * @param packageName the package clause's name, or null when the file does not start with one
 * @param packagePos position of the package name (or of the bad token)
 * @param imports the import specs in source order
 * @param goBuild the expression of the {@code //go:build} line, or null
 * @param plusBuild the expressions of the effective {@code // +build} lines
 * @param error a header problem go/build reports (multiple //go:build lines, no package clause,
 *     malformed import), or null
 */
public record FileHeader(
    String packageName,
    Pos packagePos,
    List<ImportSpec> imports,
    String goBuild,
    List<String> plusBuild,
    String error) {

  /** {@code import alias "path"}: alias null, ".", "_" or a name; pos is the path literal's. */
  public record ImportSpec(String path, String alias, Pos pos) {}

  /** Reads a file's header. Never throws on bad input. */
  public static FileHeader read(Source src) {
    byte[] b = src.bytes();
    String err = null;
    String goBuild = null;
    List<String> plus = new ArrayList<>();
    // --- go/build parseFileHeader: leading // comments and blank lines ---
    int end = 0;
    boolean ended = false;
    boolean inSlashStar = false;
    int p = 0;
    lines:
    while (p < b.length) {
      int nl = indexOf(b, (byte) '\n', p);
      int lineEnd = nl < 0 ? b.length : nl;
      int next = nl < 0 ? b.length : nl + 1;
      String line = new String(b, p, lineEnd - p, StandardCharsets.UTF_8).strip();
      p = next;
      if (line.isEmpty() && !ended) {
        end = p;
        continue;
      }
      if (!line.startsWith("//")) ended = true;
      if (!inSlashStar && line.startsWith("//go:build") && Constraint.goBuildText(line) != null) {
        if (goBuild != null) {
          if (err == null) err = "multiple //go:build comments";
        } else {
          goBuild = Constraint.goBuildText(line);
        }
      }
      while (!line.isEmpty()) {
        if (inSlashStar) {
          int i = line.indexOf("*/");
          if (i >= 0) {
            inSlashStar = false;
            line = line.substring(i + 2).strip();
            continue;
          }
          continue lines;
        }
        if (line.startsWith("//")) continue lines;
        if (line.startsWith("/*")) {
          inSlashStar = true;
          line = line.substring(2).strip();
          continue;
        }
        break lines; // non-comment text
      }
    }
    // +build lines count only in content[:end]
    for (String line : new String(b, 0, Math.min(end, b.length), StandardCharsets.UTF_8).split("\n", -1)) {
      String l = line.strip();
      if (!l.startsWith("//") || !l.contains("+build")) continue;
      String t = Constraint.plusBuildText(l);
      if (t != null) plus.add(t);
    }
    // --- package clause and imports ---
    ImportScanner s = new ImportScanner(src);
    String pkg = null;
    Pos pkgPos;
    List<ImportSpec> imports = new ArrayList<>();
    s.next();
    if (!s.isIdent("package")) {
      pkgPos = s.pos();
      if (err == null) err = "expected 'package', found " + s.describe();
    } else {
      s.next();
      pkgPos = s.pos();
      if (s.kind != ImportScanner.IDENT) {
        if (err == null) err = "expected package name, found " + s.describe();
      } else {
        pkg = s.text;
        int line = s.tokLine;
        s.next();
        String e0 = s.endOfSpec(line, false);
        if (e0 != null && err == null) err = e0;
        s.skipSemis();
        while (s.isIdent("import")) {
          s.next();
          if (s.kind == '(') {
            s.next();
            s.skipSemis();
            while (s.kind != ')' && s.kind != ImportScanner.EOF) {
              String e = spec(s, imports, true);
              if (e != null) {
                if (err == null) err = e;
                break;
              }
              s.skipSemis();
            }
            if (s.kind == ')') s.next();
          } else {
            String e = spec(s, imports, false);
            if (e != null && err == null) err = e;
            if (e != null) break;
          }
          s.skipSemis();
        }
      }
    }
    return new FileHeader(pkg, pkgPos, List.copyOf(imports), goBuild, List.copyOf(plus), err);
  }

  private static String spec(ImportScanner s, List<ImportSpec> out, boolean grouped) {
    String alias = null;
    Pos pos = s.pos(); // (the spec's start, as go/build's ImportPos: the name of a named import)
    if (s.kind == ImportScanner.IDENT || s.kind == '.') {
      alias = s.kind == '.' ? "." : s.text;
      s.next();
    }
    if (s.kind != ImportScanner.STRING) return "missing import path";
    String path = s.text;
    int line = s.tokLine;
    s.next();
    if (path == null || !isValidImportPath(path)) return "invalid import path";
    out.add(new ImportSpec(path, alias, pos));
    return s.endOfSpec(line, grouped);
  }

  /** go/parser's isValidImport: non-empty, graphic, no space, none of {@code !"#$%&'()*,:;<=>?[\]^`{|}} or U+FFFD. */
  public static boolean isValidImportPath(String p) {
    if (p.isEmpty()) return false;
    for (int i = 0; i < p.length(); ) {
      int c = p.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c) || !isGraphic(c)) return false;
      if ("!\"#$%&'()*,:;<=>?[\\]^`{|}\uFFFD".indexOf(c) >= 0) return false;
    }
    return true;
  }

  private static boolean isGraphic(int c) {
    int t = Character.getType(c);
    return !(t == Character.CONTROL || t == Character.FORMAT || t == Character.SURROGATE
        || t == Character.PRIVATE_USE || t == Character.UNASSIGNED || t == Character.LINE_SEPARATOR
        || t == Character.PARAGRAPH_SEPARATOR);
  }

  private static int indexOf(byte[] b, byte c, int from) {
    for (int i = from; i < b.length; i++) if (b[i] == c) return i;
    return -1;
  }

  /** The few Go tokens of a file header. */
  private static final class ImportScanner {
    static final int EOF = -1;
    static final int IDENT = -2;
    static final int STRING = -3;
    static final int OTHER = -4;

    final Source src;
    final byte[] b;
    int i;
    int line = 1;
    int lineStart;
    int kind;
    String text;
    int tokLine;
    int tokCol;

    ImportScanner(Source src) {
      this.src = src;
      this.b = src.bytes();
    }

    Pos pos() {
      return new Pos(src, tokLine, tokCol);
    }

    boolean isIdent(String s) {
      return kind == IDENT && text.equals(s);
    }

    /**
     * After a package name or import spec that ended on {@code line}: the syntax error when the
     * next token neither ends it (';', a newline, EOF, or ')' in a group) nor is on a later line.
     */
    String endOfSpec(int line, boolean grouped) {
      if (kind == ';' || kind == EOF || tokLine > line || (grouped && kind == ')')) return null;
      return "expected ';', found " + describe();
    }

    void skipSemis() {
      while (kind == ';') next();
    }

    String describe() {
      return switch (kind) {
        case EOF -> "EOF";
        case IDENT -> text;
        case STRING -> "literal";
        default -> "'" + text + "'";
      };
    }

    void next() {
      skipSpace();
      tokLine = line;
      tokCol = i - lineStart + 1;
      text = null;
      if (i >= b.length) {
        kind = EOF;
        return;
      }
      int c = b[i] & 0xFF;
      if (isIdentByte(c) && !(c >= '0' && c <= '9')) {
        int st = i;
        while (i < b.length && isIdentByte(b[i] & 0xFF)) i++;
        kind = IDENT;
        text = new String(b, st, i - st, StandardCharsets.UTF_8);
        return;
      }
      if (c == '"' || c == '`') {
        kind = STRING;
        text = c == '"' ? interpreted() : raw();
        return;
      }
      i++;
      kind = (c == ';' || c == '(' || c == ')' || c == '.') ? c : OTHER;
      text = String.valueOf((char) c);
    }

    private static boolean isIdentByte(int c) {
      return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
    }

    private void skipSpace() {
      while (i < b.length) {
        int c = b[i];
        if (c == '\n') {
          i++;
          line++;
          lineStart = i;
        } else if (c == ' ' || c == '\t' || c == '\r') {
          i++;
        } else if (c == '/' && i + 1 < b.length && b[i + 1] == '/') {
          while (i < b.length && b[i] != '\n') i++;
        } else if (c == '/' && i + 1 < b.length && b[i + 1] == '*') {
          i += 2;
          while (i < b.length && !(b[i] == '*' && i + 1 < b.length && b[i + 1] == '/')) {
            if (b[i] == '\n') {
              line++;
              lineStart = i + 1;
            }
            i++;
          }
          i = Math.min(b.length, i + 2);
        } else {
          return;
        }
      }
    }

    private String raw() {
      int st = ++i;
      while (i < b.length && b[i] != '`') {
        if (b[i] == '\n') {
          line++;
          lineStart = i + 1;
        }
        i++;
      }
      if (i >= b.length) return null;
      String s = new String(b, st, i - st, StandardCharsets.UTF_8).replace("\r", "");
      i++;
      return s;
    }

    /** An interpreted string literal's value, or null when malformed. */
    private String interpreted() {
      i++;
      StringBuilder sb = new StringBuilder();
      int st = i;
      boolean ok = true;
      while (true) {
        if (i >= b.length || b[i] == '\n') return null;
        int c = b[i];
        if (c == '"') break;
        if (c == '\\') {
          sb.append(new String(b, st, i - st, StandardCharsets.UTF_8));
          i++;
          if (i >= b.length) return null;
          int e = b[i++];
          switch (e) {
            case 'n' -> sb.append('\n');
            case 't' -> sb.append('\t');
            case '\\' -> sb.append('\\');
            case '"' -> sb.append('"');
            case 'u', 'U' -> {
              int n = e == 'u' ? 4 : 8;
              if (i + n > b.length) return null;
              try {
                sb.appendCodePoint(Integer.parseInt(new String(b, i, n, StandardCharsets.US_ASCII), 16));
              } catch (IllegalArgumentException ex) {
                return null;
              }
              i += n;
            }
            default -> ok = false; // other escapes never form a valid import path
          }
          st = i;
          continue;
        }
        i++;
      }
      sb.append(new String(b, st, i - st, StandardCharsets.UTF_8));
      i++;
      return ok ? sb.toString() : null;
    }
  }
}
