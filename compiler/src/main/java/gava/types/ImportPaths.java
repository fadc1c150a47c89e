package gava.types;

/**
 * The checks gc 1.19 makes on an import path before importing it: types2's
 * {@code validatedImportPath} ({@code invalid import path (empty string)}, {@code (invalid character
 * U+0021 '!')}) and the compiler importer's rejection of absolute and non-canonical paths
 * ({@code could not import /foo (import path cannot be absolute path)}).
 */
final class ImportPaths {
  private ImportPaths() {}

  private static final String ILLEGAL = "!\"#$%&'()*,:;<=>?[\\]^{|}`\uFFFD";

  /** Why types2 rejects the (unquoted) import path, or null when it is valid. */
  static String invalid(String s) {
    if (s.isEmpty()) return "empty string";
    for (int i = 0; i < s.length(); ) {
      int r = s.codePointAt(i);
      i += Character.charCount(r);
      if (!graphic(r) || Character.isWhitespace(r) || Character.isSpaceChar(r) || r == 0x85 || ILLEGAL.indexOf(r) >= 0) {
        return "invalid character " + formatU(r);
      }
    }
    return null;
  }

  /** Why gc's importer cannot import a valid path (absolute, non-canonical), or null. */
  static String unimportable(String path) {
    if (path.startsWith("/")) return "import path cannot be absolute path";
    if (path.equals(".") || path.equals("..") || path.startsWith("./") || path.startsWith("../")) return null;
    String clean = clean(path);
    if (!clean.equals(path)) {
      return "non-canonical import path " + gava.syntax.Quote.string(path) + " (should be " + gava.syntax.Quote.string(clean) + ")";
    }
    return null;
  }

  /** Go's path.Clean for a relative path. */
  static String clean(String path) {
    java.util.ArrayDeque<String> out = new java.util.ArrayDeque<>();
    for (String e : path.split("/", -1)) {
      if (e.isEmpty() || e.equals(".")) continue;
      if (e.equals("..") && !out.isEmpty() && !out.peekLast().equals("..")) out.removeLast();
      else out.addLast(e);
    }
    return out.isEmpty() ? "." : String.join("/", out);
  }

  /** Go's unicode.IsGraphic: letters, marks, numbers, punctuation, symbols and spaces (Zs). */
  private static boolean graphic(int r) {
    return switch (Character.getType(r)) {
      case Character.CONTROL, Character.FORMAT, Character.UNASSIGNED, Character.SURROGATE, Character.PRIVATE_USE,
          Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> false;
      default -> true;
    };
  }

  /** Go's %#U: U+0021 '!' (the character only when printable). */
  private static String formatU(int r) {
    String u = String.format("U+%04X", r);
    boolean print = graphic(r) && (r == ' ' || Character.getType(r) != Character.SPACE_SEPARATOR);
    return print ? u + " '" + new String(Character.toChars(r)) + "'" : u;
  }
}
