package gava.syntax;

/**
 * The parser's positions: the current token's position and gc's line directives
 * ({@code //line filename:line[:col]} at the start of a line, and {@code /*line ...*}{@code /}), which
 * make positions after them relative to the given file, line and column.
 */
abstract class ParserPositions extends Scanner {
  final Source src;

  ParserPositions(Source src) {
    super(src.bytes(), null);
    this.src = src;
    this.directives = this::lineDirective;
  }

  /** Reports a syntax error at pos (see {@link ParserBase}). */
  abstract void errorAt(Pos pos, String msg);

  /** Receives a {@code //go:} directive (text without the slashes); blank: alone on its line. */
  abstract void pragma(Pos pos, boolean blank, String text);

  Pos pos() {
    return posAt(line, col);
  }

  // ------------------------------------------------------------------------------------------
  // Line directives: //line filename:line[:col] (at the start of a line) and /*line ...*/
  // make positions after them relative to the given file, line and column, as in gc.

  Source baseSrc; // null: positions are the file's own
  int basePosLine, basePosCol; // where the directive's base starts
  int baseLine, baseCol; // the line and column (0: unknown) given there

  /** The position of (line, col) of the file relative to the current line directive. */
  Pos posAt(int line, int col) {
    if (baseSrc == null) {
      return new Pos(src, line, col);
    }
    int relLine = baseLine + (line - basePosLine);
    int relCol = baseCol == 0 ? 0 : line == basePosLine ? baseCol + (col - basePosCol) : col;
    return new Pos(baseSrc, relLine, relCol);
  }

  static final long POS_MAX = 1L << 30;

  void lineDirective(int line, int col, String msg, int byteLen) {
    boolean lineComment = msg.charAt(1) == '/';
    String text;
    if (lineComment) {
      int end = msg.length();
      if (msg.charAt(end - 1) == '\r') {
        end--;
      }
      text = msg.substring(2, end);
    } else {
      text = msg.substring(2, msg.length() - 2);
    }
    if (lineComment && text.startsWith("go:")) {
      pragma(posAt(line, col + 2), blank, text); // +2 to skip over //
      return;
    }
    if ((col == 1 || !lineComment) && text.startsWith("line ")) {
      // position immediately following the comment
      int pl = lineComment ? line + 1 : line;
      int pc = lineComment ? 1 : col + byteLen;
      updateBase(pl, pc, line, col + 2 + 5, text.substring(5));
    }
  }

  /** gc's trailingDigits: {index after the last ':' (0 if none), value, ok}. */
  static long[] trailingDigits(String text) {
    int i = text.lastIndexOf(':');
    if (i < 0) {
      return new long[] {0, 0, 0};
    }
    String digits = text.substring(i + 1);
    boolean ok = !digits.isEmpty();
    for (int k = 0; k < digits.length() && ok; k++) {
      char c = digits.charAt(k);
      ok = c >= '0' && c <= '9';
    }
    long n = 0;
    if (ok) {
      try {
        n = Long.parseUnsignedLong(digits); // (a uint64, as gc's strconv.ParseUint)
      } catch (NumberFormatException e) {
        ok = false;
      }
    }
    return new long[] {i + 1, n, ok ? 1 : 0};
  }

  static int byteLen(String s, int end) {
    return s.substring(0, end).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
  }

  void updateBase(int pl, int pc, int tline, int tcol, String text) {
    long[] td = trailingDigits(text);
    int i = (int) td[0];
    if (i == 0) {
      return; // ignore (not a line directive)
    }
    if (td[2] == 0) {
      // text has a suffix :xxx but xxx is not a number
      errorAt(posAt(tline, tcol + byteLen(text, i)), "invalid line number: " + text.substring(i));
      return;
    }
    long line, col = 0;
    long[] td2 = trailingDigits(text.substring(0, i - 1));
    if (td2[2] != 0) {
      // //line filename:line:col
      int i2 = i;
      i = (int) td2[0];
      line = td2[1];
      col = td[1];
      if (col == 0 || Long.compareUnsigned(col, POS_MAX) > 0) {
        errorAt(posAt(tline, tcol + byteLen(text, i2)), "invalid column number: " + text.substring(i2));
        return;
      }
      text = text.substring(0, i2 - 1); // lop off ":col"
    } else {
      // //line filename:line
      line = td[1];
    }
    if (line == 0 || Long.compareUnsigned(line, POS_MAX) > 0) {
      errorAt(posAt(tline, tcol + byteLen(text, i)), "invalid line number: " + text.substring(i));
      return;
    }
    // If we have a column (//line filename:line:col form), an empty filename means to use the
    // previous filename.
    String filename = text.substring(0, i - 1); // lop off ":line"
    if (filename.isEmpty() && td2[2] != 0) {
      filename = baseSrc != null ? baseSrc.path() : src.path();
    }
    baseSrc = new Source(filename, src.bytes());
    basePosLine = pl;
    basePosCol = pc;
    baseLine = (int) line;
    baseCol = (int) col;
  }

  /** Records gc's position of n (when it differs from n.pos). */
  static <T extends Node> T gc(T n, Pos gcPos) {
    n.gcPos = gcPos.equals(n.pos) ? null : gcPos;
    return n;
  }
}
