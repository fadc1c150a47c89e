package gava.syntax;

import java.nio.charset.StandardCharsets;

/**
 * Go's lexical scanner, working directly on the source bytes (a port of gc's
 * cmd/compile/internal/syntax scanner, so tokens, semicolon insertion and error messages and
 * positions are gc's). After construction, each call of {@link #next()} advances to the next token;
 * the current token is described by the fields {@link #tok}, {@link #lit}, {@link #kind},
 * {@link #bad}, {@link #op}, {@link #prec}, {@link #line} and {@link #col}.
 *
 * <p>Lexical errors are passed to the {@link ErrorHandler}; the scanner never throws.
 */
class Scanner {
  /** Receives lexical errors at a 1-based line and byte column. */
  interface ErrorHandler {
    void error(int line, int col, String msg);
  }

  /**
   * Receives line directive comments ({@code //line ...} or {@code /*line ...*}{@code /}): the
   * comment's position, its text (without newline) and its length in bytes.
   */
  interface DirectiveHandler {
    void directive(int line, int col, String comment, int byteLen);
  }

  // ---- token kinds (gc's token set: operators are grouped, op tells which) ----
  static final int EOF = 1, NAME = 2, LITERAL = 3,
      OPERATOR = 4, // op: any binary or unary operator except '*' (see STAR)
      ASSIGN_OP = 5, // op=
      INC_OP = 6, // ++ or -- (op is ADD or SUB)
      ASSIGN = 7, DEFINE = 8, ARROW = 9, STAR = 10,
      LPAREN = 11, LBRACK = 12, LBRACE = 13, RPAREN = 14, RBRACK = 15, RBRACE = 16,
      COMMA = 17, SEMI = 18, COLON = 19, DOT = 20, DOTDOTDOT = 21,
      BREAK = 22, CASE = 23, CHAN = 24, CONST = 25, CONTINUE = 26, DEFAULT = 27, DEFER = 28,
      ELSE = 29, FALLTHROUGH = 30, FOR = 31, FUNC = 32, GO = 33, GOTO = 34, IF = 35, IMPORT = 36,
      INTERFACE = 37, MAP = 38, PACKAGE = 39, RANGE = 40, RETURN = 41, SELECT = 42, STRUCT = 43,
      SWITCH = 44, TYPE = 45, VAR = 46;

  private static final String[] TOKEN_NAMES = {
    "", "EOF", "name", "literal", "op", "op=", "opop", "=", ":=", "<-", "*",
    "(", "[", "{", ")", "]", "}", ",", ";", ":", ".", "...",
    "break", "case", "chan", "const", "continue", "default", "defer", "else", "fallthrough",
    "for", "func", "go", "goto", "if", "import", "interface", "map", "package", "range",
    "return", "select", "struct", "switch", "type", "var"
  };

  /** The token's spelling as gc's token.String() gives it. */
  static String tokenName(int tok) {
    return tok > 0 && tok < TOKEN_NAMES.length ? TOKEN_NAMES[tok] : "token(" + tok + ")";
  }

  // operator precedences
  static final int PREC_OROR = 1, PREC_ANDAND = 2, PREC_CMP = 3, PREC_ADD = 4, PREC_MUL = 5;

  // ---- source reading state ----
  final byte[] buf;
  private final int end;
  /** Receives lexical errors; set by the constructor or, for subclasses, right after it. */
  ErrorHandler errh;
  /** Receives line directives and {@code //go:} directives, or null to ignore them. */
  DirectiveHandler directives;
  /** Whether the current token (or directive comment) starts a line, after blanks only (gc's scanner.blank). */
  boolean blank;
  private int b = -1; // start of the active segment, or -1
  private int r; // read index: byte after ch
  private int chLine, chCol; // 0-based position of ch
  /** The most recently read character, -1 at EOF. */
  int ch = ' ';
  private int chw; // width of ch in bytes

  // ---- current token ----
  boolean nlsemi; // if set, '\n' and EOF translate to ';'
  /** 1-based position of the current token. */
  int line, col;
  int tok;
  /** For NAME the identifier; for LITERAL the source text; for SEMI "semicolon", "newline" or "EOF". */
  String lit;
  boolean bad;
  Expr.LitKind kind;
  /** For OPERATOR, STAR, ASSIGN_OP and INC_OP: the operator (ADD, NOT, ARROW for receive, ...). */
  Token op;
  int prec;

  Scanner(byte[] src, ErrorHandler errh) {
    this.buf = src == null ? new byte[0] : src;
    this.end = buf.length;
    this.errh = errh;
  }

  // ------------------------------------------------------------------------------------------
  // source

  private void srcError(String msg) {
    errh.error(chLine + 1, chCol + 1, msg);
  }

  private void start() {
    b = r - chw;
  }

  private void stop() {
    b = -1;
  }

  private int segEnd() {
    return r - chw;
  }

  /** Rewinds to the start of the active segment (which must not contain newlines). */
  private void rewind() {
    // (like gc, this miscounts lines if ch is a newline: "..\n")
    chCol -= r - b;
    r = b;
    nextch();
  }

  final void nextch() {
    for (;;) {
      chCol += chw;
      if (ch == '\n') {
        chLine++;
        chCol = 0;
      }
      if (r >= end) {
        ch = -1;
        chw = 0;
        return;
      }
      int c = buf[r];
      if (c >= 0) { // ASCII
        r++;
        chw = 1;
        ch = c;
        if (c == 0) {
          srcError("invalid NUL character");
          continue;
        }
        return;
      }
      int d = Quote.decode(buf, r, end);
      ch = Quote.decodedRune(d);
      chw = Quote.decodedWidth(d);
      r += chw;
      if (ch == 0xFFFD && chw == 1) {
        srcError("invalid UTF-8 encoding");
        continue;
      }
      if (ch == 0xFEFF) { // BOM: only allowed as the first character
        if (chLine > 0 || chCol > 0) {
          srcError("invalid BOM in the middle of the file");
        }
        continue;
      }
      return;
    }
  }

  // ------------------------------------------------------------------------------------------
  // scanner

  /** Reports an error at the most recently read character. */
  private void errorf(String msg) {
    srcError(msg);
  }

  /** Reports an error at a byte offset from the current token's start. */
  private void errorAt(int offset, String msg) {
    errh.error(line, col + offset, msg);
  }

  private void setLit(Expr.LitKind k, boolean ok) {
    nlsemi = true;
    tok = LITERAL;
    lit = text(b, segEnd());
    bad = !ok;
    kind = k;
  }

  /** Advances to the next token. */
  final void next() {
    boolean nlsemi = this.nlsemi;
    this.nlsemi = false;

    for (;;) { // redo
      // skip white space
      stop();
      int startLine = chLine, startCol = chCol;
      while (ch == ' ' || ch == '\t' || (ch == '\n' && !nlsemi) || ch == '\r') {
        nextch();
      }

      // token start
      line = chLine + 1;
      col = chCol + 1;
      blank = chLine > startLine || startCol == 0;
      start();
      if (isLetter(ch) || (ch >= 0x80 && atIdentChar(true))) {
        nextch();
        ident();
        return;
      }

      switch (ch) {
        case -1 -> {
          if (nlsemi) {
            lit = "EOF";
            tok = SEMI;
          } else {
            tok = EOF;
          }
          return;
        }
        case '\n' -> {
          nextch();
          lit = "newline";
          tok = SEMI;
          return;
        }
        case '0', '1', '2', '3', '4', '5', '6', '7', '8', '9' -> {
          number(false);
          return;
        }
        case '"' -> {
          stdString();
          return;
        }
        case '`' -> {
          rawString();
          return;
        }
        case '\'' -> {
          rune();
          return;
        }
        case '(' -> {
          nextch();
          tok = LPAREN;
          return;
        }
        case '[' -> {
          nextch();
          tok = LBRACK;
          return;
        }
        case '{' -> {
          nextch();
          tok = LBRACE;
          return;
        }
        case ',' -> {
          nextch();
          tok = COMMA;
          return;
        }
        case ';' -> {
          nextch();
          lit = "semicolon";
          tok = SEMI;
          return;
        }
        case ')' -> {
          nextch();
          this.nlsemi = true;
          tok = RPAREN;
          return;
        }
        case ']' -> {
          nextch();
          this.nlsemi = true;
          tok = RBRACK;
          return;
        }
        case '}' -> {
          nextch();
          this.nlsemi = true;
          tok = RBRACE;
          return;
        }
        case ':' -> {
          nextch();
          if (ch == '=') {
            nextch();
            tok = DEFINE;
            return;
          }
          tok = COLON;
          return;
        }
        case '.' -> {
          nextch();
          if (isDecimal(ch)) {
            number(true);
            return;
          }
          if (ch == '.') {
            nextch();
            if (ch == '.') {
              nextch();
              tok = DOTDOTDOT;
              return;
            }
            rewind(); // now ch holds 1st '.'
            nextch(); // consume 1st '.' again
          }
          tok = DOT;
          return;
        }
        case '+' -> {
          nextch();
          op = Token.ADD;
          prec = PREC_ADD;
          if (ch != '+') {
            assignOp();
            return;
          }
          nextch();
          this.nlsemi = true;
          tok = INC_OP;
          return;
        }
        case '-' -> {
          nextch();
          op = Token.SUB;
          prec = PREC_ADD;
          if (ch != '-') {
            assignOp();
            return;
          }
          nextch();
          this.nlsemi = true;
          tok = INC_OP;
          return;
        }
        case '*' -> {
          nextch();
          op = Token.MUL;
          prec = PREC_MUL;
          if (ch == '=') {
            nextch();
            tok = ASSIGN_OP;
            return;
          }
          tok = STAR;
          return;
        }
        case '/' -> {
          nextch();
          if (ch == '/') {
            nextch();
            lineComment();
            continue; // redo
          }
          if (ch == '*') {
            nextch();
            fullComment();
            if (chLine + 1 > line && nlsemi) {
              // a multi-line comment acts like a newline
              lit = "newline";
              tok = SEMI;
              return;
            }
            continue; // redo
          }
          op = Token.QUO;
          prec = PREC_MUL;
          assignOp();
          return;
        }
        case '%' -> {
          nextch();
          op = Token.REM;
          prec = PREC_MUL;
          assignOp();
          return;
        }
        case '&' -> {
          nextch();
          if (ch == '&') {
            nextch();
            op = Token.LAND;
            prec = PREC_ANDAND;
            tok = OPERATOR;
            return;
          }
          op = Token.AND;
          prec = PREC_MUL;
          if (ch == '^') {
            nextch();
            op = Token.AND_NOT;
          }
          assignOp();
          return;
        }
        case '|' -> {
          nextch();
          if (ch == '|') {
            nextch();
            op = Token.LOR;
            prec = PREC_OROR;
            tok = OPERATOR;
            return;
          }
          op = Token.OR;
          prec = PREC_ADD;
          assignOp();
          return;
        }
        case '^' -> {
          nextch();
          op = Token.XOR;
          prec = PREC_ADD;
          assignOp();
          return;
        }
        case '<' -> {
          nextch();
          if (ch == '=') {
            nextch();
            op = Token.LEQ;
            prec = PREC_CMP;
            tok = OPERATOR;
            return;
          }
          if (ch == '<') {
            nextch();
            op = Token.SHL;
            prec = PREC_MUL;
            assignOp();
            return;
          }
          if (ch == '-') {
            nextch();
            tok = ARROW;
            return;
          }
          op = Token.LSS;
          prec = PREC_CMP;
          tok = OPERATOR;
          return;
        }
        case '>' -> {
          nextch();
          if (ch == '=') {
            nextch();
            op = Token.GEQ;
            prec = PREC_CMP;
            tok = OPERATOR;
            return;
          }
          if (ch == '>') {
            nextch();
            op = Token.SHR;
            prec = PREC_MUL;
            assignOp();
            return;
          }
          op = Token.GTR;
          prec = PREC_CMP;
          tok = OPERATOR;
          return;
        }
        case '=' -> {
          nextch();
          if (ch == '=') {
            nextch();
            op = Token.EQL;
            prec = PREC_CMP;
            tok = OPERATOR;
            return;
          }
          tok = ASSIGN;
          return;
        }
        case '!' -> {
          nextch();
          if (ch == '=') {
            nextch();
            op = Token.NEQ;
            prec = PREC_CMP;
            tok = OPERATOR;
            return;
          }
          op = Token.NOT;
          prec = 0;
          tok = OPERATOR;
          return;
        }
        case '~' -> {
          nextch();
          op = Token.TILDE;
          prec = 0;
          tok = OPERATOR;
          return;
        }
        default -> {
          errorf("invalid character " + Quote.unicode(ch));
          nextch();
          // redo
        }
      }
    }
  }

  private void assignOp() {
    if (ch == '=') {
      nextch();
      tok = ASSIGN_OP;
      return;
    }
    tok = OPERATOR;
  }

  private void ident() {
    // accelerate common case (7bit ASCII)
    while (isLetter(ch) || isDecimal(ch)) {
      nextch();
    }
    // general case
    if (ch >= 0x80) {
      while (atIdentChar(false)) {
        nextch();
      }
    }

    int n = segEnd() - b;
    if (n >= 2 && n <= 11) {
      int h = hash(buf[b], buf[b + 1], n);
      int kw = KEYWORD_MAP[h];
      if (kw != 0 && matches(KEYWORD_BYTES[h], b, n)) {
        nlsemi = kw == BREAK || kw == CONTINUE || kw == FALLTHROUGH || kw == RETURN;
        tok = kw;
        return;
      }
    }
    nlsemi = true;
    lit = text(b, b + n);
    tok = NAME;
  }

  /** The source bytes [from, to) as a string; like Go, each invalid UTF-8 byte reads as U+FFFD. */
  private String text(int from, int to) {
    int i = from;
    while (i < to && buf[i] >= 0) {
      i++;
    }
    if (i == to) {
      return new String(buf, from, to - from, StandardCharsets.ISO_8859_1);
    }
    StringBuilder sb = new StringBuilder(to - from);
    sb.append(new String(buf, from, i - from, StandardCharsets.ISO_8859_1));
    while (i < to) {
      if (buf[i] >= 0) {
        sb.append((char) buf[i++]);
        continue;
      }
      int d = Quote.decode(buf, i, to); // a sequence cut by the segment end decodes byte by byte
      sb.appendCodePoint(Quote.decodedRune(d));
      i += Quote.decodedWidth(d);
    }
    return sb.toString();
  }

  private boolean matches(byte[] kw, int off, int n) {
    if (kw.length != n) return false;
    for (int i = 0; i < n; i++) {
      if (kw[i] != buf[off + i]) return false;
    }
    return true;
  }

  private boolean atIdentChar(boolean first) {
    if (Character.isLetter(ch) || ch == '_') {
      // ok
    } else if (Character.isDigit(ch)) {
      if (first) {
        errorf("identifier cannot begin with digit " + Quote.unicode(ch));
      }
    } else if (ch >= 0x80) {
      errorf("invalid character " + Quote.unicode(ch) + " in identifier");
    } else {
      return false;
    }
    return true;
  }

  private static final int[] KEYWORD_MAP = new int[64];
  private static final byte[][] KEYWORD_BYTES = new byte[64][];

  private static int hash(int b0, int b1, int n) {
    return (((b0 & 0xFF) << 4 ^ (b1 & 0xFF)) + n) & 63;
  }

  static {
    for (int t = BREAK; t <= VAR; t++) {
      byte[] kw = TOKEN_NAMES[t].getBytes(StandardCharsets.US_ASCII);
      int h = hash(kw[0], kw[1], kw.length);
      if (KEYWORD_MAP[h] != 0) throw new AssertionError("imperfect keyword hash");
      KEYWORD_MAP[h] = t;
      KEYWORD_BYTES[h] = kw;
    }
  }

  static int lower(int c) {
    return ('a' - 'A') | c;
  }

  static boolean isLetter(int c) {
    return ('a' <= lower(c) && lower(c) <= 'z') || c == '_';
  }

  static boolean isDecimal(int c) {
    return '0' <= c && c <= '9';
  }

  static boolean isHex(int c) {
    return ('0' <= c && c <= '9') || ('a' <= lower(c) && lower(c) <= 'f');
  }

  private int invalidDigit; // index of an invalid digit in a number literal, or < 0

  /**
   * Accepts { digit | '_' }. For base <= 10, records in invalidDigit the offset of the first digit
   * >= base (if trackInvalid). Returns a bitset: bit 0 digits present, bit 1 separators present.
   */
  private int digits(int base, boolean trackInvalid) {
    int digsep = 0;
    if (base <= 10) {
      int max = '0' + base;
      while (isDecimal(ch) || ch == '_') {
        int ds = 1;
        if (ch == '_') {
          ds = 2;
        } else if (ch >= max && trackInvalid && invalidDigit < 0) {
          invalidDigit = chCol - (col - 1);
        }
        digsep |= ds;
        nextch();
      }
    } else {
      while (isHex(ch) || ch == '_') {
        digsep |= ch == '_' ? 2 : 1;
        nextch();
      }
    }
    return digsep;
  }

  private void number(boolean seenPoint) {
    boolean ok = true;
    Expr.LitKind k = Expr.LitKind.INT;
    int base = 10;
    int prefix = 0; // one of 0 (decimal), '0' (0-octal), 'x', 'o', or 'b'
    int digsep = 0;
    invalidDigit = -1;

    // integer part
    if (!seenPoint) {
      if (ch == '0') {
        nextch();
        switch (lower(ch)) {
          case 'x' -> {
            nextch();
            base = 16;
            prefix = 'x';
          }
          case 'o' -> {
            nextch();
            base = 8;
            prefix = 'o';
          }
          case 'b' -> {
            nextch();
            base = 2;
            prefix = 'b';
          }
          default -> {
            base = 8;
            prefix = '0';
            digsep = 1; // leading 0
          }
        }
      }
      digsep |= digits(base, true);
      if (ch == '.') {
        if (prefix == 'o' || prefix == 'b') {
          errorf("invalid radix point in " + baseName(base) + " literal");
          ok = false;
        }
        nextch();
        seenPoint = true;
      }
    }

    // fractional part
    if (seenPoint) {
      k = Expr.LitKind.FLOAT;
      digsep |= digits(base, true);
    }

    if ((digsep & 1) == 0 && ok) {
      errorf(baseName(base) + " literal has no digits");
      ok = false;
    }

    // exponent
    int e = lower(ch);
    if (e == 'e' || e == 'p') {
      if (ok) {
        if (e == 'e' && prefix != 0 && prefix != '0') {
          errorf(Quote.rune(ch) + " exponent requires decimal mantissa");
          ok = false;
        } else if (e == 'p' && prefix != 'x') {
          errorf(Quote.rune(ch) + " exponent requires hexadecimal mantissa");
          ok = false;
        }
      }
      nextch();
      k = Expr.LitKind.FLOAT;
      if (ch == '+' || ch == '-') {
        nextch();
      }
      digsep = digits(10, false) | (digsep & 2); // don't lose sep bit
      if ((digsep & 1) == 0 && ok) {
        errorf("exponent has no digits");
        ok = false;
      }
    } else if (prefix == 'x' && k == Expr.LitKind.FLOAT && ok) {
      errorf("hexadecimal mantissa requires a 'p' exponent");
      ok = false;
    }

    // suffix 'i'
    if (ch == 'i') {
      k = Expr.LitKind.IMAG;
      nextch();
    }

    setLit(k, ok);

    if (k == Expr.LitKind.INT && invalidDigit >= 0 && ok) {
      errorAt(invalidDigit, "invalid digit " + Quote.rune(lit.charAt(invalidDigit)) + " in " + baseName(base) + " literal");
      ok = false;
    }

    if ((digsep & 2) != 0 && ok) {
      int i = invalidSep(lit);
      if (i >= 0) {
        errorAt(i, "'_' must separate successive digits");
        ok = false;
      }
    }

    bad = !ok;
  }

  static String baseName(int base) {
    return switch (base) {
      case 2 -> "binary";
      case 8 -> "octal";
      case 10 -> "decimal";
      default -> "hexadecimal";
    };
  }

  /** The index of the first invalid '_' separator in the number literal x, or -1. */
  static int invalidSep(String x) {
    int x1 = ' '; // prefix char, we only care if it's 'x'
    int d = '.'; // digit, one of '_', '0' (a digit), or '.' (anything else)
    int i = 0;

    // a prefix counts as a digit
    if (x.length() >= 2 && x.charAt(0) == '0') {
      x1 = lower(x.charAt(1));
      if (x1 == 'x' || x1 == 'o' || x1 == 'b') {
        d = '0';
        i = 2;
      }
    }

    // mantissa and exponent
    for (; i < x.length(); i++) {
      int p = d; // previous digit
      d = x.charAt(i);
      if (d == '_') {
        if (p != '0') {
          return i;
        }
      } else if (isDecimal(d) || (x1 == 'x' && isHex(d))) {
        d = '0';
      } else {
        if (p == '_') {
          return i - 1;
        }
        d = '.';
      }
    }
    if (d == '_') {
      return x.length() - 1;
    }
    return -1;
  }

  private void rune() {
    boolean ok = true;
    nextch();

    for (int n = 0; ; n++) {
      if (ch == '\'') {
        if (ok) {
          if (n == 0) {
            errorf("empty rune literal or unescaped '");
            ok = false;
          } else if (n != 1) {
            errorAt(0, "more than one character in rune literal");
            ok = false;
          }
        }
        nextch();
        break;
      }
      if (ch == '\\') {
        nextch();
        if (!escape('\'')) {
          ok = false;
        }
        continue;
      }
      if (ch == '\n') {
        if (ok) {
          errorf("newline in rune literal");
          ok = false;
        }
        break;
      }
      if (ch < 0) {
        if (ok) {
          errorAt(0, "rune literal not terminated");
          ok = false;
        }
        break;
      }
      nextch();
    }

    setLit(Expr.LitKind.RUNE, ok);
  }

  private void stdString() {
    boolean ok = true;
    nextch();

    for (;;) {
      if (ch == '"') {
        nextch();
        break;
      }
      if (ch == '\\') {
        nextch();
        if (!escape('"')) {
          ok = false;
        }
        continue;
      }
      if (ch == '\n') {
        errorf("newline in string");
        ok = false;
        break;
      }
      if (ch < 0) {
        errorAt(0, "string not terminated");
        ok = false;
        break;
      }
      nextch();
    }

    setLit(Expr.LitKind.STRING, ok);
  }

  private void rawString() {
    boolean ok = true;
    nextch();

    for (;;) {
      if (ch == '`') {
        nextch();
        break;
      }
      if (ch < 0) {
        errorAt(0, "string not terminated");
        ok = false;
        break;
      }
      nextch();
    }
    // CRs stay in the literal text (they are not part of the value)
    setLit(Expr.LitKind.STRING, ok);
  }

  private void skipLine() {
    // don't consume '\n' - needed for nlsemi logic
    while (ch >= 0 && ch != '\n') {
      nextch();
    }
  }

  private void lineComment() {
    // opening has already been consumed; the segment starts at the first '/'
    if (directives == null || (ch != 'l' && ch != 'g') || !(ch == 'l' ? directivePrefix() : prefix("go:"))) {
      stop();
      skipLine();
      return;
    }
    skipLine();
    int n = segEnd() - b;
    directives.directive(line, col, text(b, b + n), n);
  }

  /** Consumes p if it follows (as gc's scanner does, character by character). */
  private boolean prefix(String p) {
    for (int i = 0; i < p.length(); i++) {
      if (ch != p.charAt(i)) {
        return false;
      }
      nextch();
    }
    return true;
  }

  /** Consumes "line " if it follows (as gc's scanner does, character by character). */
  private boolean directivePrefix() {
    for (int i = 0; i < 5; i++) {
      if (ch != "line ".charAt(i)) {
        return false;
      }
      nextch();
    }
    return true;
  }

  private boolean skipComment() {
    while (ch >= 0) {
      while (ch == '*') {
        nextch();
        if (ch == '/') {
          nextch();
          return true;
        }
      }
      nextch();
    }
    errorAt(0, "comment not terminated");
    return false;
  }

  private void fullComment() {
    // opening has already been consumed
    if (directives == null || ch != 'l' || !directivePrefix()) {
      stop();
      skipComment();
      return;
    }
    if (skipComment()) {
      int n = segEnd() - b;
      directives.directive(line, col, text(b, b + n), n);
    }
  }

  private boolean escape(int quote) {
    int n;
    long base, max;

    switch (ch) {
      case 'a', 'b', 'f', 'n', 'r', 't', 'v', '\\' -> {
        nextch();
        return true;
      }
      case '0', '1', '2', '3', '4', '5', '6', '7' -> {
        n = 3;
        base = 8;
        max = 255;
      }
      case 'x' -> {
        nextch();
        n = 2;
        base = 16;
        max = 255;
      }
      case 'u' -> {
        nextch();
        n = 4;
        base = 16;
        max = 0x10FFFF;
      }
      case 'U' -> {
        nextch();
        n = 8;
        base = 16;
        max = 0x10FFFF;
      }
      default -> {
        if (ch == quote) {
          nextch();
          return true;
        }
        if (ch < 0) {
          return true; // complain in caller about EOF
        }
        errorf("unknown escape");
        return false;
      }
    }

    long x = 0;
    for (int i = n; i > 0; i--) {
      if (ch < 0) {
        return true; // complain in caller about EOF
      }
      long d = base;
      if (isDecimal(ch)) {
        d = ch - '0';
      } else if ('a' <= lower(ch) && lower(ch) <= 'f') {
        d = lower(ch) - 'a' + 10;
      }
      if (d >= base) {
        errorf("invalid character " + Quote.rune(ch) + " in " + baseName((int) base) + " escape");
        return false;
      }
      x = x * base + d;
      nextch();
    }

    if (x > max && base == 8) {
      errorf("octal escape value " + x + " > 255");
      return false;
    }

    if (x > max || (0xD800 <= x && x < 0xE000)) {
      errorf("escape is invalid Unicode code point " + Quote.unicode((int) x));
      return false;
    }
    return true;
  }
}
