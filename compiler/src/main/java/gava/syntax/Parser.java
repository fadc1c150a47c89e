package gava.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * The Go parser: a port of gc's (Go 1.19) cmd/compile/internal/syntax parser, so that the accepted
 * grammar, the error recovery and the syntax error messages and positions are gc's. It builds gava's
 * tree ({@link File}, {@link Decl}, {@link Stmt}, {@link Expr}); node positions are the node's first
 * token, except binary operations and assignments (the operator).
 *
 * <p>Like gc (which parses with CheckBranches), a function body without syntax errors is checked for
 * misplaced break/continue/fallthrough/goto and bad labels ({@link Branches}), which also sets
 * {@link Stmt.Branch#target}.
 *
 * <p>Lists in the tree are never null (empty when absent); absent single nodes are null.
 */
public final class Parser extends Scanner {
  /** Entry point: parses one file; never throws; errors go to diags. */
  public static File parse(Source src, Diagnostics diags) {
    Parser p = new Parser(src, diags);
    return p.run();
  }

  /** Like {@link #parse} but also returns every error as gc's parser reports it (unfiltered), for tests. */
  static File parse(Source src, Diagnostics diags, List<Diagnostic> raw) {
    Parser p = new Parser(src, diags);
    p.raw = raw;
    return p.run();
  }

  private final Source src;
  private final Diagnostics diags;
  private List<Diagnostic> raw;

  private boolean first; // an error has been reported
  private int errcnt; // number of errors reported
  private int fnest; // function nesting level (for error handling)
  private int xnest; // expression nesting level (for complit ambiguity resolution)

  // gc's per-line error filter (base.ErrorfAt)
  private int lastSyntaxLine = -1;
  private int lastOtherLine = -1;
  private String lastOtherMsg;

  // results, kept in fields so that a partial tree survives a StackOverflowError
  private final List<Decl> decls = new ArrayList<>();
  private Expr.Name pkgName;
  private Pos filePos;

  // side results of sub-parsers
  private RangeClause rangeClause; // set by simpleStmt for a range clause (which is not a Stmt)

  private Parser(Source src, Diagnostics diags) {
    super(src.bytes(), null);
    this.src = src;
    this.diags = diags;
    this.errh = (line, col, msg) -> errorAt(posAt(line, col), msg);
    this.directives = this::lineDirective;
  }

  private File run() {
    filePos = new Pos(src, 1, 1);
    try {
      next();
      filePos = pos();
      fileOrNil();
    } catch (StackOverflowError e) {
      errorAt(pos(), "syntax error: nesting too deep");
    } catch (RuntimeException e) {
      errorAt(pos(), "internal compiler error: " + e);
    }
    Expr.Name name = pkgName != null ? pkgName : new Expr.Name(filePos, "_");
    return new File(filePos, src, name, decls);
  }

  // ------------------------------------------------------------------------------------------
  // Error handling

  private Pos pos() {
    return posAt(line, col);
  }

  // ------------------------------------------------------------------------------------------
  // Line directives: //line filename:line[:col] (at the start of a line) and /*line ...*/
  // make positions after them relative to the given file, line and column, as in gc.

  private Source baseSrc; // null: positions are the file's own
  private int basePosLine, basePosCol; // where the directive's base starts
  private int baseLine, baseCol; // the line and column (0: unknown) given there

  /** The position of (line, col) of the file relative to the current line directive. */
  private Pos posAt(int line, int col) {
    if (baseSrc == null) {
      return new Pos(src, line, col);
    }
    int relLine = baseLine + (line - basePosLine);
    int relCol = baseCol == 0 ? 0 : line == basePosLine ? baseCol + (col - basePosCol) : col;
    return new Pos(baseSrc, relLine, relCol);
  }

  private static final long POS_MAX = 1L << 30;

  private void lineDirective(int line, int col, String msg, int byteLen) {
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
    if ((col == 1 || !lineComment) && text.startsWith("line ")) {
      // position immediately following the comment
      int pl = lineComment ? line + 1 : line;
      int pc = lineComment ? 1 : col + byteLen;
      updateBase(pl, pc, line, col + 2 + 5, text.substring(5));
    }
  }

  /** gc's trailingDigits: {index after the last ':' (0 if none), value, ok}. */
  private static long[] trailingDigits(String text) {
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

  private static int byteLen(String s, int end) {
    return s.substring(0, end).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
  }

  private void updateBase(int pl, int pc, int tline, int tcol, String text) {
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
  private static <T extends Node> T gc(T n, Pos gcPos) {
    n.gcPos = gcPos.equals(n.pos) ? null : gcPos;
    return n;
  }

  private void errorAt(Pos pos, String msg) {
    first = true;
    errcnt++;
    report(pos, msg);
  }

  /** Reports an error without counting it for the parser's error recovery (as gc's checkBranches). */
  private void report(Pos pos, String msg) {
    if (raw != null) {
      raw.add(new Diagnostic(pos, msg));
    }
    // gc reports only one syntax error per line, and equal other errors once per line
    if (msg.startsWith("syntax error")) {
      if (pos.line() == lastSyntaxLine) return;
      lastSyntaxLine = pos.line();
    } else {
      if (pos.line() == lastOtherLine && msg.equals(lastOtherMsg)) return;
      lastOtherLine = pos.line();
      lastOtherMsg = msg;
    }
    // (gc stops after 10 errors; keep enough for that, but not millions for garbage input)
    if (reported++ < MAX_REPORTED) {
      diags.error(pos, msg);
    }
  }

  private static final int MAX_REPORTED = 1000;
  private int reported;

  private void error(String msg) {
    errorAt(pos(), msg);
  }

  private void syntaxError(String msg) {
    syntaxErrorAt(pos(), msg);
  }

  private void syntaxErrorAt(Pos pos, String msg) {
    if (tok == EOF && first) {
      return; // avoid meaningless follow-up errors
    }

    // add punctuation etc. as needed to msg
    if (msg.isEmpty()) {
      // nothing to do
    } else if (msg.startsWith("in ") || msg.startsWith("at ") || msg.startsWith("after ")) {
      msg = " " + msg;
    } else if (msg.startsWith("expecting ")) {
      msg = ", " + msg;
    } else {
      // plain error - we don't care about current token
      errorAt(pos, "syntax error: " + msg);
      return;
    }

    // determine token string
    String t = switch (tok) {
      case NAME, SEMI -> lit;
      case LITERAL -> "literal " + lit;
      case OPERATOR -> op.text;
      case ASSIGN_OP -> op.text + "=";
      case INC_OP -> op.text + op.text;
      default -> tokstring(tok);
    };
    errorAt(pos, "syntax error: unexpected " + t + msg);
  }

  private static String tokstring(int tok) {
    return switch (tok) {
      case COMMA -> "comma";
      case SEMI -> "semicolon or newline";
      default -> tokenName(tok);
    };
  }

  private static final long STOPSET = 1L << BREAK | 1L << CONST | 1L << CONTINUE | 1L << DEFER
      | 1L << FALLTHROUGH | 1L << FOR | 1L << GO | 1L << GOTO | 1L << IF | 1L << RETURN
      | 1L << SELECT | 1L << SWITCH | 1L << TYPE | 1L << VAR;

  /**
   * Consumes tokens until one of the followlist (or, inside a function, of the stopset) is found;
   * with an empty followlist exactly one (non-EOF) token is consumed.
   */
  private void advance(int... followlist) {
    long followset = 1L << EOF;
    if (followlist.length > 0) {
      if (fnest > 0) {
        followset |= STOPSET;
      }
      for (int t : followlist) {
        followset |= 1L << t;
      }
    }
    while ((followset & (1L << tok)) == 0) {
      next();
      if (followlist.length == 0) {
        break;
      }
    }
  }

  private boolean got(int t) {
    if (tok == t) {
      next();
      return true;
    }
    return false;
  }

  private void want(int t) {
    if (!got(t)) {
      syntaxError("expecting " + tokstring(t));
      advance();
    }
  }

  /** Like got(ASSIGN) but also accepts ":=" (with an error) for better recovery. */
  @SuppressWarnings("fallthrough")
  private boolean gotAssign() {
    switch (tok) {
      case DEFINE:
        syntaxError("expecting =");
        // fallthrough
      case ASSIGN:
        next();
        return true;
      default:
        return false;
    }
  }

  // ------------------------------------------------------------------------------------------
  // Package files

  private void fileOrNil() {
    // PackageClause
    if (!got(PACKAGE)) {
      syntaxError("package statement must be first");
      return;
    }
    pkgName = name();
    want(SEMI);

    // don't bother continuing if package clause has errors
    if (first) {
      return;
    }

    // { ImportDecl ";" }
    while (got(IMPORT)) {
      appendGroup(decls, IMPORT);
      want(SEMI);
    }

    // { TopLevelDecl ";" }
    while (tok != EOF) {
      switch (tok) {
        case CONST, TYPE, VAR -> {
          int kind = tok;
          next();
          appendGroup(decls, kind);
        }
        case FUNC -> {
          Pos pos = pos();
          next();
          Decl.Func d = funcDeclOrNil(pos, pos());
          if (d != null) {
            decls.add(d);
          }
        }
        default -> {
          if (tok == LBRACE && !decls.isEmpty() && decls.get(decls.size() - 1) instanceof Decl.Func f && f.body == null) {
            // opening { of function declaration on next line
            syntaxError("unexpected semicolon or newline before {");
          } else {
            syntaxError("non-declaration statement outside function body");
          }
          advance(CONST, TYPE, VAR, FUNC);
          continue;
        }
      }

      if (tok != EOF && !got(SEMI)) {
        syntaxError("after top level declaration");
        advance(CONST, TYPE, VAR, FUNC);
      }
    }
  }

  // ------------------------------------------------------------------------------------------
  // Declarations

  /**
   * list = [ f { sep f } [sep] ] close . Calls f for each element (f returns true to stop
   * accepting elements); returns the position of the closing token.
   */
  private Pos list(String context, int sep, int close, BooleanSupplier f) {
    boolean done = false;
    while (tok != EOF && tok != close && !done) {
      done = f.getAsBoolean();
      // sep is optional before close
      if (!got(sep) && tok != close) {
        syntaxError("in " + context + "; possibly missing " + tokstring(sep) + " or " + tokstring(close));
        advance(RPAREN, RBRACK, RBRACE);
        if (tok != close) {
          // position could be better but we had an error so we don't care
          return pos();
        }
      }
    }
    Pos pos = pos();
    want(close);
    return pos;
  }

  /** State shared by the specs of one parenthesised group. */
  private static final class Group {
    int iota;
    Decl.Const last; // last const spec with a type or values
  }

  /** appendGroup(f) = f | "(" { f ";" } ")" . */
  private void appendGroup(List<Decl> out, int kind) {
    if (tok == LPAREN) {
      Group g = new Group();
      Object marker = new Object();
      next();
      list("grouped declaration", SEMI, RPAREN, () -> {
        Decl x = spec(kind, g);
        if (x != null) {
          x.group = marker;
          out.add(x);
        }
        return false;
      });
    } else {
      Decl x = spec(kind, null);
      if (x != null) {
        out.add(x);
      }
    }
  }

  private Decl spec(int kind, Group g) {
    return switch (kind) {
      case IMPORT -> importDecl();
      case CONST -> constDecl(g);
      case TYPE -> typeDecl();
      default -> varDecl();
    };
  }

  // ImportSpec = [ "." | PackageName ] ImportPath .
  private Decl importDecl() {
    Pos pos = pos();
    Expr.Name local = null;
    switch (tok) {
      case NAME -> local = name();
      case DOT -> {
        local = new Expr.Name(pos(), ".");
        next();
      }
      default -> {}
    }
    if (tok != LITERAL) {
      Expr.BasicLit missing = new Expr.BasicLit(pos(), "\"\"", Expr.LitKind.STRING, true);
      syntaxError("missing import path");
      advance(SEMI, RPAREN);
      return new Decl.Import(pos, local, missing);
    }
    Pos lpos = pos();
    String text = lit;
    Expr.LitKind k = kind;
    boolean isBad = bad;
    next();
    if (!isBad && k != Expr.LitKind.STRING) {
      syntaxError("import path must be a string");
      isBad = true;
    }
    return new Decl.Import(pos, local, new Expr.BasicLit(lpos, text, k, isBad));
  }

  // ConstSpec = IdentifierList [ [ Type ] "=" ExpressionList ] .
  private Decl constDecl(Group g) {
    Pos pos = pos();
    List<Expr.Name> names = nameList(name());
    Expr type = null;
    List<Expr> values = new ArrayList<>();
    boolean hasValues = false;
    if (tok != EOF && tok != SEMI && tok != RPAREN) {
      type = typeOrNil();
      if (gotAssign()) {
        values = exprList();
        hasValues = true;
      }
    }
    int iota = 0;
    boolean inherited = false;
    if (g != null) {
      iota = g.iota++;
      if (type == null && !hasValues && g.last != null) {
        inherited = true;
        type = g.last.constType;
        values = g.last.values;
      }
    }
    Decl.Const d = new Decl.Const(pos, names, type, values, iota, inherited);
    if (g != null && !inherited && (type != null || hasValues)) {
      g.last = d;
    }
    return d;
  }

  // TypeSpec = identifier [ TypeParams ] [ "=" ] Type .
  private Decl typeDecl() {
    Pos pos = pos();
    Expr.Name name = name();
    List<Expr.Field> tparams = new ArrayList<>();
    boolean alias = false;
    Expr type;
    if (tok == LBRACK) {
      // array/slice type or type parameter list
      Pos lpos = pos();
      next();
      switch (tok) {
        case NAME -> {
          // An array length expression or a type parameter list; if the name is followed by
          // "[" it must be the start of an array or slice constraint.
          Expr x = name();
          if (tok != LBRACK) {
            xnest++;
            x = binaryExpr(pexpr(x, false), 0);
            xnest--;
          }
          NameExpr ne = extractName(x, tok == COMMA);
          if (ne.name != null && (ne.expr != null || tok != RBRACK)) {
            tparams = paramList(ne.name, ne.expr, RBRACK, true);
            alias = gotAssign();
            type = typeOrNil();
          } else {
            type = arrayType(lpos, x);
          }
        }
        case RBRACK -> {
          next();
          type = sliceType(lpos);
        }
        default -> type = arrayType(lpos, null);
      }
    } else {
      alias = gotAssign();
      type = typeOrNil();
    }

    if (type == null) {
      type = badExpr();
      syntaxError("in type declaration");
      advance(SEMI, RPAREN);
    }
    return new Decl.Type(pos, name, tparams, alias, type);
  }

  private record NameExpr(Expr.Name name, Expr expr) {}

  /**
   * Splits x into (name, expr) if syntactically x can be written as name expr and expr is a type
   * element (or force is set); (name, null) if x is a name; else (null, x).
   */
  private static NameExpr extractName(Expr x, boolean force) {
    switch (x) {
      case Expr.Name n -> {
        return new NameExpr(n, null);
      }
      case Expr.Operation o when o.y != null -> {
        if (o.op == Token.MUL) {
          if (o.x instanceof Expr.Name name && (force || isTypeElem(o.y))) {
            // x = name *o.y
            return new NameExpr(name, new Expr.Operation(o.pos, Token.MUL, o.y, null));
          }
        } else if (o.op == Token.OR) {
          NameExpr l = extractName(o.x, force || isTypeElem(o.y));
          if (l.name != null && l.expr != null) {
            // x = name l.expr|o.y
            return new NameExpr(l.name, new Expr.Operation(o.pos, Token.OR, l.expr, o.y));
          }
        }
      }
      case Expr.Call c -> {
        if (c.fun instanceof Expr.Name name && c.args.size() == 1 && !c.hasDots && (force || isTypeElem(c.args.get(0)))) {
          return new NameExpr(name, c.args.get(0));
        }
      }
      default -> {}
    }
    return new NameExpr(null, x);
  }

  /** Whether x is a (possibly parenthesized) type element expression (and cannot be a value). */
  private static boolean isTypeElem(Expr x) {
    return switch (x) {
      case Expr.ArrayType a -> true;
      case Expr.StructType s -> true;
      case Expr.FuncType f -> true;
      case Expr.InterfaceType i -> true;
      case Expr.SliceType s -> true;
      case Expr.MapType m -> true;
      case Expr.ChanType c -> true;
      case Expr.Operation o -> isTypeElem(o.x) || (o.y != null && isTypeElem(o.y)) || o.op == Token.TILDE;
      case Expr.Paren p -> isTypeElem(p.x);
      default -> false;
    };
  }

  // VarSpec = IdentifierList ( Type [ "=" ExpressionList ] | "=" ExpressionList ) .
  private Decl varDecl() {
    Pos pos = pos();
    List<Expr.Name> names = nameList(name());
    Expr type = null;
    List<Expr> values = new ArrayList<>();
    if (gotAssign()) {
      values = exprList();
    } else {
      type = type_();
      if (gotAssign()) {
        values = exprList();
      }
    }
    return new Decl.Var(pos, names, type, values);
  }

  // FunctionDecl = "func" FunctionName [ TypeParams ] ( Function | Signature ) .
  // MethodDecl   = "func" Receiver MethodName ( Function | Signature ) .
  private Decl.Func funcDeclOrNil(Pos pos, Pos gcPos) {
    Expr.Field recv = null;
    if (got(LPAREN)) {
      List<Expr.Field> rcvr = paramList(null, null, RPAREN, false);
      switch (rcvr.size()) {
        case 0 -> error("method has no receiver");
        case 1 -> recv = rcvr.get(0);
        default -> {
          error("method has multiple receivers");
          recv = rcvr.get(0);
        }
      }
    }

    if (tok != NAME) {
      syntaxError("expecting name or (");
      advance(LBRACE, SEMI);
      return null;
    }

    Expr.Name name = name();
    String context = recv != null ? "method" : ""; // no (method) type parameters
    FuncTypeResult ft = funcType(context);
    Stmt.Block body = null;
    if (tok == LBRACE) {
      body = funcBody();
    }
    return gc(new Decl.Func(pos, recv, name, ft.tparams, ft.type, body), gcPos);
  }

  private Stmt.Block funcBody() {
    fnest++;
    int errs = errcnt;
    Stmt.Block body = blockStmt("");
    fnest--;

    // Don't check branches if there were syntax errors in the function.
    if (errs == errcnt) {
      Branches.check(body, this::report);
    }
    return body;
  }

  // ------------------------------------------------------------------------------------------
  // Expressions

  private Expr expr() {
    return binaryExpr(null, 0);
  }

  // Expression = UnaryExpr | Expression binary_op Expression .
  private Expr binaryExpr(Expr x, int prec) {
    if (x == null) {
      x = unaryExpr();
    }
    while ((tok == OPERATOR || tok == STAR) && this.prec > prec) {
      Pos pos = pos();
      Token o = op;
      int tprec = this.prec;
      next();
      x = new Expr.Operation(pos, o, x, binaryExpr(null, tprec));
    }
    return x;
  }

  // UnaryExpr = PrimaryExpr | unary_op UnaryExpr .
  private Expr unaryExpr() {
    switch (tok) {
      case OPERATOR, STAR -> {
        switch (op) {
          case MUL, ADD, SUB, NOT, XOR, TILDE -> {
            Pos pos = pos();
            Token o = op;
            next();
            return new Expr.Operation(pos, o, unaryExpr(), null);
          }
          case AND -> {
            Pos pos = pos();
            next();
            // unaryExpr may have returned a parenthesized composite literal
            // (see comment in operand) - remove parentheses if any
            return new Expr.Operation(pos, Token.AND, unparen(unaryExpr()), null);
          }
          default -> {}
        }
      }
      case ARROW -> {
        // receive op (<-x) or receive-only channel (<-chan E)
        Pos pos = pos();
        next();
        // If the next token is CHAN we still don't know if it is a channel (<-chan int) or a
        // receive op (<-chan int(ch)). We only know once we have found the end of the unaryExpr.
        Expr x = unaryExpr();
        if (x instanceof Expr.ChanType c) {
          // x is a channel type => re-associate <-
          return recvChan(pos, c);
        }
        // x is not a channel type => we have a receive op
        return new Expr.Operation(pos, Token.ARROW, x, null);
      }
      default -> {}
    }
    return pexpr(null, true);
  }

  /** Re-associates {@code <-} with the channel type c: {@code <-(chan E)} is {@code (<-chan E)}. */
  private Expr recvChan(Pos pos, Expr.ChanType c) {
    if (c.dir == Expr.ChanDir.RECV) {
      // t is type <-chan E but <-<-chan E is not permitted
      syntaxError("unexpected <-, expecting chan");
    }
    Expr elem = c.elem;
    if (c.dir == Expr.ChanDir.SEND) {
      if (elem instanceof Expr.ChanType ce) {
        elem = recvChan(ce.pos, ce);
      } else {
        // channel dir is <- but channel element E is not a channel
        syntaxError("unexpected " + Printer.string(elem) + ", expecting chan");
      }
    }
    return gc(new Expr.ChanType(pos, Expr.ChanDir.RECV, elem), Positions.gcPos(c));
  }

  // callStmt parses call-like statements that can be preceded by 'defer' and 'go'.
  private Stmt callStmt() {
    Pos pos = pos();
    int t = tok;
    String what = tokenName(t);
    next();

    Expr x = pexpr(null, tok == LPAREN); // keep_parens so we can report error below
    Expr u = unparen(x);
    if (u != x) {
      errorAt(Positions.gcPos(x), "expression in " + what + " must not be parenthesized");
      x = u;
    }
    if (!(x instanceof Expr.Call)) {
      errorAt(Positions.gcPos(x), "expression in " + what + " must be function call");
      // assume common error of missing parentheses (function invocation)
      x = gc(new Expr.Call(startPos(x), x, new ArrayList<>(), false), Positions.gcPos(x));
    }
    return new Stmt.GoDefer(pos, t == GO ? Token.GO : Token.DEFER, x);
  }

  // Operand = Literal | OperandName | MethodExpr | "(" Expression ")" .
  private Expr operand(boolean keepParens) {
    switch (tok) {
      case NAME -> {
        return name();
      }
      case LITERAL -> {
        return oliteral();
      }
      case LPAREN -> {
        Pos pos = pos();
        next();
        xnest++;
        Expr x = expr();
        xnest--;
        want(RPAREN);
        // parentheses are kept (gc keeps them wherever pexpr is called with keep_parens, which
        // is always the case for operands of unary expressions)
        if (tok == LBRACE) {
          keepParens = true;
        }
        if (keepParens) {
          return new Expr.Paren(pos, x);
        }
        return x;
      }
      case FUNC -> {
        Pos pos = pos();
        next();
        FuncTypeResult ft = funcType("function type");
        if (tok == LBRACE) {
          xnest++;
          Stmt.Block body = funcBody();
          xnest--;
          return new Expr.FuncLit(pos, ft.type, body);
        }
        Pos sigPos = ft.type.pos;
        ft.type.pos = pos;
        return gc(ft.type, sigPos);
      }
      case LBRACK, CHAN, MAP, STRUCT, INTERFACE -> {
        return type_(); // othertype
      }
      default -> {
        Expr x = badExpr();
        syntaxError("expecting expression");
        advance(RPAREN, RBRACK, RBRACE);
        return x;
      }
    }
  }

  /**
   * PrimaryExpr = Operand | Conversion | PrimaryExpr Selector | PrimaryExpr Index |
   * PrimaryExpr Slice | PrimaryExpr TypeAssertion | PrimaryExpr Arguments .
   */
  private Expr pexpr(Expr x, boolean keepParens) {
    if (x == null) {
      x = operand(keepParens);
    }
    loop:
    for (;;) {
      Pos pos = pos();
      switch (tok) {
        case DOT -> {
          next();
          switch (tok) {
            case NAME -> {
              x = gc(new Expr.Selector(startPos(x), x, name()), pos);
            }
            case LPAREN -> {
              next();
              if (got(TYPE)) {
                x = gc(new Expr.TypeSwitchGuard(startPos(x), null, x), pos);
              } else {
                x = gc(new Expr.Assert(startPos(x), x, type_()), pos);
              }
              want(RPAREN);
            }
            default -> {
              syntaxError("expecting name or (");
              advance(SEMI, RPAREN);
            }
          }
        }
        case LBRACK -> {
          next();
          if (tok == RBRACK) {
            // invalid empty instance, slice or index expression; accept but complain
            syntaxError("expecting operand");
            next();
            break;
          }

          Expr i = null;
          if (tok != COLON) {
            TypeList tl = typeList();
            if (tl.comma || tok == RBRACK) {
              want(RBRACK);
              // x[i,] or x[i, j, ...]
              x = gc(new Expr.Index(startPos(x), x, tl.list), pos);
              break;
            }
            i = tl.list.get(0);
          }

          // x[i:...
          if (!got(COLON)) {
            syntaxError("expecting comma, : or ]");
            advance(COMMA, COLON, RBRACK);
          }
          xnest++;
          Expr j = null, k = null;
          boolean full = false;
          if (tok != COLON && tok != RBRACK) {
            // x[i:j...
            j = expr();
          }
          if (tok == COLON) {
            full = true;
            // x[i:j:...]
            if (j == null) {
              error("middle index required in 3-index slice");
              j = badExpr();
            }
            next();
            if (tok != RBRACK) {
              // x[i:j:k...
              k = expr();
            } else {
              error("final index required in 3-index slice");
              k = badExpr();
            }
          }
          xnest--;
          want(RBRACK);
          x = gc(new Expr.Slice(startPos(x), x, i, j, k, full), pos);
        }
        case LPAREN -> {
          next();
          Args a = argList();
          x = gc(new Expr.Call(startPos(x), x, a.list, a.hasDots), pos);
        }
        case LBRACE -> {
          // operand may have returned a parenthesized complit type; accept it but complain if we
          // have a complit
          Expr t = unparen(x);
          // determine if '{' belongs to a composite literal or a block statement
          boolean complitOk = switch (t) {
            case Expr.Name n -> xnest >= 0;
            case Expr.Selector s -> xnest >= 0;
            case Expr.Index ix -> xnest >= 0 && !isValue(t);
            case Expr.ArrayType a -> true;
            case Expr.SliceType s -> true;
            case Expr.StructType s -> true;
            case Expr.MapType m -> true;
            default -> false;
          };
          if (!complitOk) {
            break loop;
          }
          if (t != x) {
            syntaxError("cannot parenthesize type in composite literal");
          }
          Expr.CompositeLit n = complitexpr();
          n.litType = x;
          n.pos = startPos(x);
          x = gc(n, pos);
        }
        default -> {
          break loop;
        }
      }
    }
    return x;
  }

  /** Whether x syntactically must be a value (and not a type) expression. */
  private static boolean isValue(Expr x) {
    return switch (x) {
      case Expr.BasicLit b -> true;
      case Expr.CompositeLit c -> true;
      case Expr.FuncLit f -> true;
      case Expr.Slice s -> true;
      case Expr.Assert a -> true;
      case Expr.TypeSwitchGuard g -> true;
      case Expr.Call c -> true;
      case Expr.Operation o -> o.op != Token.MUL || o.y != null; // *T may be a type
      case Expr.Paren p -> isValue(p.x);
      case Expr.Index ix -> isValue(ix.x) || (ix.indices.size() == 1 && isValue(ix.indices.get(0)));
      default -> false;
    };
  }

  // Element = Expression | LiteralValue .
  private Expr bareComplitexpr() {
    if (tok == LBRACE) {
      // '{' start_complit braced_keyval_list '}'
      return complitexpr();
    }
    return expr();
  }

  // LiteralValue = "{" [ ElementList [ "," ] ] "}" .
  private Expr.CompositeLit complitexpr() {
    Pos pos = pos();
    List<Expr> elems = new ArrayList<>();
    xnest++;
    want(LBRACE);
    Pos rbrace = list("composite literal", COMMA, RBRACE, () -> {
      // value
      Expr e = bareComplitexpr();
      if (tok == COLON) {
        // key ':' value
        Pos colon = pos();
        next();
        e = gc(new Expr.KeyValue(startPos(e), e, bareComplitexpr()), colon);
      }
      elems.add(e);
      return false;
    });
    xnest--;
    return new Expr.CompositeLit(pos, null, elems, rbrace);
  }

  // ------------------------------------------------------------------------------------------
  // Types

  private Expr type_() {
    Expr typ = typeOrNil();
    if (typ == null) {
      typ = badExpr();
      syntaxError("expecting type");
      advance(COMMA, COLON, SEMI, RPAREN, RBRACK, RBRACE);
    }
    return typ;
  }

  private static Expr newIndirect(Pos pos, Expr typ) {
    return new Expr.Operation(pos, Token.MUL, typ, null);
  }

  /**
   * Like type_ but returns null if there was no type instead of reporting an error.
   * Type = TypeName | TypeLit | "(" Type ")" .
   */
  private Expr typeOrNil() {
    Pos pos = pos();
    switch (tok) {
      case STAR -> {
        // ptrtype
        next();
        return newIndirect(pos, type_());
      }
      case ARROW -> {
        // recvchantype
        next();
        want(CHAN);
        return new Expr.ChanType(pos, Expr.ChanDir.RECV, chanElem());
      }
      case FUNC -> {
        // fntype
        next();
        Expr.FuncType t = funcType("function type").type;
        Pos sigPos = t.pos;
        t.pos = pos;
        return gc(t, sigPos);
      }
      case LBRACK -> {
        // '[' oexpr ']' ntype
        // '[' _DotDotDot ']' ntype
        next();
        if (got(RBRACK)) {
          return sliceType(pos);
        }
        return arrayType(pos, null);
      }
      case CHAN -> {
        // _Chan non_recvchantype
        // _Chan _Comm ntype
        next();
        Expr.ChanDir dir = Expr.ChanDir.BOTH;
        if (got(ARROW)) {
          dir = Expr.ChanDir.SEND;
        }
        return new Expr.ChanType(pos, dir, chanElem());
      }
      case MAP -> {
        // _Map '[' ntype ']' ntype
        next();
        want(LBRACK);
        Expr key = type_();
        want(RBRACK);
        return new Expr.MapType(pos, key, type_());
      }
      case STRUCT -> {
        return structType();
      }
      case INTERFACE -> {
        return interfaceType();
      }
      case NAME -> {
        return qualifiedName(null);
      }
      case LPAREN -> {
        next();
        Expr t = type_();
        want(RPAREN);
        return t;
      }
      default -> {
        return null;
      }
    }
  }

  private Expr typeInstance(Expr typ) {
    Pos pos = pos();
    want(LBRACK);
    List<Expr> list;
    if (tok == RBRACK) {
      syntaxError("expecting type");
      list = list1(badExpr());
    } else {
      list = typeList().list;
    }
    want(RBRACK);
    return gc(new Expr.Index(startPos(typ), typ, list), pos);
  }

  private record FuncTypeResult(List<Expr.Field> tparams, Expr.FuncType type) {}

  /** If context is not empty, type parameters are not permitted. */
  private FuncTypeResult funcType(String context) {
    Pos pos = pos();
    List<Expr.Field> tparams = new ArrayList<>();
    if (got(LBRACK)) {
      if (!context.isEmpty()) {
        // accept but complain
        syntaxErrorAt(pos, context + " must have no type parameters");
      }
      if (tok == RBRACK) {
        syntaxError("empty type parameter list");
        next();
      } else {
        tparams = paramList(null, null, RBRACK, true);
      }
    }

    want(LPAREN);
    List<Expr.Field> params = paramList(null, null, RPAREN, false);
    List<Expr.Field> results = funcResult();
    return new FuncTypeResult(tparams, new Expr.FuncType(pos, params, results));
  }

  /** "[" has already been consumed at pos; len, if not null, is the already parsed length. */
  private Expr arrayType(Pos pos, Expr len) {
    if (len == null && !got(DOTDOTDOT)) {
      xnest++;
      len = expr();
      xnest--;
    }
    if (tok == COMMA) {
      // Trailing commas are accepted in type parameter lists but not in array type
      // declarations. Accept for better error handling but complain.
      syntaxError("unexpected comma; expecting ]");
      next();
    }
    want(RBRACK);
    return new Expr.ArrayType(pos, len, type_());
  }

  /** "[" and "]" have already been consumed; pos is the position of "[". */
  private Expr sliceType(Pos pos) {
    return new Expr.SliceType(pos, type_());
  }

  private Expr chanElem() {
    Expr typ = typeOrNil();
    if (typ == null) {
      typ = badExpr();
      syntaxError("missing channel element type");
      // assume element type is simply absent - don't advance
    }
    return typ;
  }

  /** A field under construction (gc's mutable Field). */
  private static final class F {
    Pos pos;
    Expr.Name name;
    Expr type;

    F(Pos pos, Expr.Name name, Expr type) {
      this.pos = pos;
      this.name = name;
      this.type = type;
    }

    Expr.Field toField() {
      return new Expr.Field(pos, name, type);
    }
  }

  // StructType = "struct" "{" { FieldDecl ";" } "}" .
  private Expr structType() {
    Pos pos = pos();
    List<Expr.Field> fields = new ArrayList<>();
    List<Expr.BasicLit> tags = new ArrayList<>();
    want(STRUCT);
    want(LBRACE);
    list("struct type", SEMI, RBRACE, () -> {
      fieldDecl(fields, tags);
      return false;
    });
    return new Expr.StructType(pos, fields, tags);
  }

  // InterfaceType = "interface" "{" { ( MethodDecl | EmbeddedElem ) ";" } "}" .
  private Expr interfaceType() {
    Pos pos = pos();
    List<Expr.Field> elems = new ArrayList<>();
    want(INTERFACE);
    want(LBRACE);
    list("interface type", SEMI, RBRACE, () -> {
      F f = null;
      if (tok == NAME) {
        f = methodDecl();
      }
      if (f == null || f.name == null) {
        f = embeddedElem(f);
      }
      elems.add(f.toField());
      return false;
    });
    return new Expr.InterfaceType(pos, elems);
  }

  // Result = Parameters | Type .
  private List<Expr.Field> funcResult() {
    if (got(LPAREN)) {
      return paramList(null, null, RPAREN, false);
    }
    Pos pos = pos();
    Expr typ = typeOrNil();
    if (typ != null) {
      return list1(new Expr.Field(pos, null, typ));
    }
    return new ArrayList<>();
  }

  private static void addField(List<Expr.Field> fields, List<Expr.BasicLit> tags, Pos pos, Expr.Name name, Expr typ, Expr.BasicLit tag) {
    fields.add(new Expr.Field(pos, name, typ));
    tags.add(tag);
  }

  // FieldDecl = (IdentifierList Type | AnonymousField) [ Tag ] .
  // AnonymousField = [ "*" ] TypeName .
  private void fieldDecl(List<Expr.Field> fields, List<Expr.BasicLit> tags) {
    Pos pos = pos();
    switch (tok) {
      case NAME -> {
        Expr.Name name = name();
        if (tok == DOT || tok == LITERAL || tok == SEMI || tok == RBRACE) {
          // embedded type
          Expr typ = qualifiedName(name);
          Expr.BasicLit tag = oliteral();
          addField(fields, tags, pos, null, typ, tag);
          return;
        }

        // name1, name2, ... Type [ tag ]
        List<Expr.Name> names = nameList(name);
        Expr typ;

        // Careful dance: We don't know if we have an embedded instantiated type T[P1, P2, ...]
        // or a field T of array/slice type [P]E or []E.
        if (names.size() == 1 && tok == LBRACK) {
          Object r = arrayOrTArgs();
          if (r instanceof TArgs ta) {
            // embedded type T[P1, P2, ...]
            Expr ix = gc(new Expr.Index(name.pos, name, ta.list), ta.pos);
            Expr.BasicLit tag = oliteral();
            addField(fields, tags, pos, null, ix, tag);
            return;
          }
          typ = (Expr) r;
        } else {
          // T P
          typ = type_();
        }

        Expr.BasicLit tag = oliteral();
        for (Expr.Name n : names) {
          addField(fields, tags, n.pos, n, typ, tag);
        }
      }
      case STAR -> {
        next();
        Expr typ;
        if (tok == LPAREN) {
          // *(T)
          syntaxError("cannot parenthesize embedded type");
          next();
          typ = qualifiedName(null);
          got(RPAREN); // no need to complain if missing
        } else {
          // *T
          typ = qualifiedName(null);
        }
        Expr.BasicLit tag = oliteral();
        addField(fields, tags, pos, null, newIndirect(pos, typ), tag);
      }
      case LPAREN -> {
        syntaxError("cannot parenthesize embedded type");
        next();
        Expr typ;
        if (tok == STAR) {
          // (*T)
          Pos spos = pos();
          next();
          typ = newIndirect(spos, qualifiedName(null));
        } else {
          // (T)
          typ = qualifiedName(null);
        }
        got(RPAREN); // no need to complain if missing
        Expr.BasicLit tag = oliteral();
        addField(fields, tags, pos, null, typ, tag);
      }
      default -> {
        syntaxError("expecting field name or embedded type");
        advance(SEMI, RBRACE);
      }
    }
  }

  /** Type arguments {@code [A, B]} whose instantiated type the caller supplies. */
  private record TArgs(Pos pos, List<Expr> list) {}

  /** Parses {@code [n]E}, {@code []E} (returning the Expr) or type arguments (returning TArgs). */
  private Object arrayOrTArgs() {
    Pos pos = pos();
    want(LBRACK);
    if (got(RBRACK)) {
      return sliceType(pos);
    }

    // x [n]E or x[n,], x[n1, n2], ...
    TypeList tl = typeList();
    want(RBRACK);
    if (!tl.comma) {
      Expr elem = typeOrNil();
      if (elem != null) {
        // x [n]E
        return new Expr.ArrayType(pos, tl.list.get(0), elem);
      }
    }

    // x[n,], x[n1, n2], ...
    return new TArgs(pos, tl.list);
  }

  private Expr.BasicLit oliteral() {
    if (tok == LITERAL) {
      Expr.BasicLit b = new Expr.BasicLit(pos(), lit, kind, bad);
      next();
      return b;
    }
    return null;
  }

  // MethodSpec = MethodName Signature | InterfaceTypeName .
  private F methodDecl() {
    F f = new F(pos(), null, null);
    Expr.Name name = name();
    final String context = "interface method";

    switch (tok) {
      case LPAREN -> {
        // method
        f.name = name;
        f.type = funcType(context).type;
      }
      case LBRACK -> {
        // Careful dance: We don't know if we have a generic method m[T C](x T) or an embedded
        // instantiated type T[P1, P2] (we accept generic methods for generality and robustness
        // of parsing but complain with an error).
        Pos pos = pos();
        next();

        // Empty type parameter or argument lists are not permitted.
        // Treat as if [] were absent.
        if (tok == RBRACK) {
          // name[]
          Pos rpos = pos();
          next();
          if (tok == LPAREN) {
            // name[](
            errorAt(rpos, "empty type parameter list");
            f.name = name;
            f.type = funcType(context).type;
          } else {
            errorAt(rpos, "empty type argument list");
            f.type = name;
          }
          break;
        }

        // A type argument list looks like a parameter list with only types. Parse a parameter
        // list and decide afterwards.
        List<Expr.Field> list = paramList(null, null, RBRACK, false);
        if (list.isEmpty()) {
          // The type parameter list is not [] but we got nothing due to other errors (reported
          // by paramList). Treat as if [] were absent.
          if (tok == LPAREN) {
            f.name = name;
            f.type = funcType(context).type;
          } else {
            f.type = name;
          }
          break;
        }

        if (list.get(0).name != null) {
          // generic method
          f.name = name;
          f.type = funcType(context).type;
          errorAt(pos, "interface method must have no type parameters");
          break;
        }

        // embedded instantiated type
        List<Expr> targs = new ArrayList<>(list.size());
        for (Expr.Field p : list) {
          targs.add(p.fieldType);
        }
        f.type = gc(new Expr.Index(name.pos, name, targs), pos);
      }
      default -> {
        // embedded type
        f.type = qualifiedName(name);
      }
    }
    return f;
  }

  // EmbeddedElem = MethodSpec | EmbeddedTerm { "|" EmbeddedTerm } .
  private F embeddedElem(F f) {
    if (f == null) {
      f = new F(pos(), null, null);
      f.type = embeddedTerm();
    }
    while (tok == OPERATOR && op == Token.OR) {
      Pos pos = pos();
      next();
      f.type = new Expr.Operation(pos, Token.OR, f.type, embeddedTerm());
    }
    return f;
  }

  // EmbeddedTerm = [ "~" ] Type .
  private Expr embeddedTerm() {
    if (tok == OPERATOR && op == Token.TILDE) {
      Pos pos = pos();
      next();
      return new Expr.Operation(pos, Token.TILDE, type_(), null);
    }
    Expr t = typeOrNil();
    if (t == null) {
      t = badExpr();
      syntaxError("expecting ~ term or type");
      advance(OPERATOR, SEMI, RPAREN, RBRACK, RBRACE);
    }
    return t;
  }

  // ParameterDecl = [ IdentifierList ] [ "..." ] Type .
  private F paramDeclOrNil(Expr.Name name, int follow) {
    // type set notation is ok in type parameter lists
    boolean typeSetsOk = follow == RBRACK;

    Pos pos = pos();
    if (name != null) {
      pos = name.pos;
    } else if (typeSetsOk && tok == OPERATOR && op == Token.TILDE) {
      // "~" ...
      return embeddedElem(null);
    }

    F f = new F(pos, null, null);

    if (tok == NAME || name != null) {
      // name
      if (name == null) {
        name = name();
      }

      if (tok == LBRACK) {
        // name "[" ...
        Object r = arrayOrTArgs();
        if (r instanceof TArgs ta) {
          // name "[" ... "]"
          f.type = gc(new Expr.Index(name.pos, name, ta.list), ta.pos);
        } else {
          // name "[" n "]" E
          f.type = (Expr) r;
          f.name = name;
        }
        if (typeSetsOk && tok == OPERATOR && op == Token.OR) {
          // name "[" ... "]" "|" ...
          // name "[" n "]" E "|" ...
          f = embeddedElem(f);
        }
        return f;
      }

      if (tok == DOT) {
        // name "." ...
        f.type = qualifiedName(name);
        if (typeSetsOk && tok == OPERATOR && op == Token.OR) {
          // name "." name "|" ...
          f = embeddedElem(f);
        }
        return f;
      }

      if (typeSetsOk && tok == OPERATOR && op == Token.OR) {
        // name "|" ...
        f.type = name;
        return embeddedElem(f);
      }

      f.name = name;
    }

    if (tok == DOTDOTDOT) {
      // [name] "..." ...
      Pos dpos = pos();
      next();
      Expr elem = typeOrNil();
      if (elem == null) {
        elem = badExpr();
        syntaxError("... is missing type");
      }
      f.type = new Expr.DotsType(dpos, elem);
      return f;
    }

    if (typeSetsOk && tok == OPERATOR && op == Token.TILDE) {
      // [name] "~" ...
      f.type = embeddedElem(null).type;
      return f;
    }

    f.type = typeOrNil();
    if (typeSetsOk && tok == OPERATOR && op == Token.OR && f.type != null) {
      // [name] type "|"
      f = embeddedElem(f);
    }
    if (f.name != null || f.type != null) {
      return f;
    }

    syntaxError("expecting " + tokstring(follow));
    advance(COMMA, follow);
    return null;
  }

  /**
   * Parameters = "(" [ ParameterList [ "," ] ] ")" . "(" or "[" has already been consumed. If
   * name != null it is the first name after "(" or "["; if typ != null, (name, typ) is the first
   * field. In the result either all fields have a name, or none has.
   */
  private List<Expr.Field> paramList(Expr.Name name0, Expr typ0, int close, boolean requireNames) {
    // p.list won't invoke its function argument if we're at the end of the parameter list. If
    // we have a complete field, handle this case here.
    if (name0 != null && typ0 != null && tok == close) {
      next();
      return list1(new Expr.Field(name0.pos, name0, typ0));
    }

    List<F> list = new ArrayList<>();
    int[] counts = new int[2]; // named (explicit name and type), typed (explicit type)
    Expr.Name[] name = {name0};
    Expr[] typ = {typ0};
    Pos end = list("parameter list", COMMA, close, () -> {
      F par;
      if (typ[0] != null) {
        par = new F(name[0].pos, name[0], typ[0]);
      } else {
        par = paramDeclOrNil(name[0], close);
      }
      name[0] = null; // 1st name was consumed if present
      typ[0] = null; // 1st type was consumed if present
      if (par != null) {
        if (par.name != null && par.type != null) {
          counts[0]++;
        }
        if (par.type != null) {
          counts[1]++;
        }
        list.add(par);
      }
      return false;
    });
    int named = counts[0], typed = counts[1];

    if (list.isEmpty()) {
      return new ArrayList<>();
    }

    // distribute parameter types (len(list) > 0)
    if (named == 0 && !requireNames) {
      // all unnamed => found names are named types
      for (F par : list) {
        if (par.name != null) {
          par.type = par.name;
          par.name = null;
        }
      }
    } else if (named != list.size()) {
      // some named => all must have names and types
      Pos errPos = null; // left-most error position (or unknown)
      Expr t = null; // current type (from right to left)
      for (int i = list.size() - 1; i >= 0; i--) {
        F par = list.get(i);
        if (par.type != null) {
          t = par.type;
          if (par.name == null) {
            errPos = Positions.startPos(t);
            par.name = new Expr.Name(errPos, "_");
          }
        } else if (t != null) {
          par.type = t;
        } else {
          // par.type == null && t == null => we only have a par.name
          errPos = par.name.pos;
          par.type = new Expr.Bad(errPos);
        }
      }
      if (errPos != null) {
        String msg;
        if (requireNames) {
          if (named == typed) {
            errPos = end; // position error at closing ]
            msg = "missing type constraint";
          } else {
            msg = "type parameters must be named";
          }
        } else {
          msg = "mixed named and unnamed parameters";
        }
        syntaxErrorAt(errPos, msg);
      }
    }

    List<Expr.Field> out = new ArrayList<>(list.size());
    for (F par : list) {
      out.add(par.toField());
    }
    return out;
  }

  private Expr.Bad badExpr() {
    return new Expr.Bad(pos());
  }

  // ------------------------------------------------------------------------------------------
  // Statements

  private record RangeClause(Pos pos, List<Expr> lhs, boolean def, Expr x) {}

  /**
   * SimpleStmt = EmptyStmt | ExpressionStmt | SendStmt | IncDecStmt | Assignment | ShortVarDecl .
   * For a range clause (keyword FOR) returns null and sets {@link #rangeClause}.
   */
  private Stmt simpleStmt(List<Expr> lhs, int keyword) {
    if (keyword == FOR && tok == RANGE) {
      // _Range expr
      rangeClause = newRangeClause(null, false);
      return null;
    }

    if (lhs == null) {
      lhs = exprList();
    }

    if (lhs.size() == 1 && tok != ASSIGN && tok != DEFINE) {
      // expr
      Expr x = lhs.get(0);
      Pos pos = pos();
      switch (tok) {
        case ASSIGN_OP -> {
          // lhs op= rhs
          Token o = op;
          next();
          return new Stmt.Assign(pos, assignToken(o), lhs, list1(expr()));
        }
        case INC_OP -> {
          // lhs++ or lhs--
          Token o = op;
          next();
          return gc(new Stmt.IncDec(startPos(x), x, o == Token.ADD), pos);
        }
        case ARROW -> {
          // lhs <- rhs
          next();
          return gc(new Stmt.Send(startPos(x), x, expr()), pos);
        }
        default -> {
          // expr
          return exprStmt(x);
        }
      }
    }

    // expr_list
    switch (tok) {
      case ASSIGN, DEFINE -> {
        Pos pos = pos();
        boolean def = tok == DEFINE;
        next();

        if (keyword == FOR && tok == RANGE) {
          // expr_list op= _Range expr
          rangeClause = newRangeClause(lhs, def);
          return null;
        }

        // expr_list op= expr_list
        List<Expr> rhs = exprList();

        if (rhs.size() == 1 && rhs.get(0) instanceof Expr.TypeSwitchGuard g && keyword == SWITCH && def) {
          if (lhs.size() == 1 && lhs.get(0) instanceof Expr.Name n) {
            // switch … lhs := rhs.(type)
            return exprStmt(gc(new Expr.TypeSwitchGuard(n.pos, n, g.x), Positions.gcPos(g)));
          }
        }
        return new Stmt.Assign(pos, def ? Token.DEFINE : Token.ASSIGN, lhs, rhs);
      }
      default -> {
        syntaxError("expecting := or = or comma");
        advance(SEMI, RBRACE);
        // make the best of what we have
        return exprStmt(lhs.get(0));
      }
    }
  }

  private static Stmt exprStmt(Expr x) {
    return gc(new Stmt.ExprStmt(startPos(x), x), Positions.gcPos(x));
  }

  private static Token assignToken(Token op) {
    return switch (op) {
      case ADD -> Token.ADD_ASSIGN;
      case SUB -> Token.SUB_ASSIGN;
      case MUL -> Token.MUL_ASSIGN;
      case QUO -> Token.QUO_ASSIGN;
      case REM -> Token.REM_ASSIGN;
      case AND -> Token.AND_ASSIGN;
      case OR -> Token.OR_ASSIGN;
      case XOR -> Token.XOR_ASSIGN;
      case SHL -> Token.SHL_ASSIGN;
      case SHR -> Token.SHR_ASSIGN;
      case AND_NOT -> Token.AND_NOT_ASSIGN;
      default -> throw new IllegalStateException("not an assignment operator: " + op);
    };
  }

  private RangeClause newRangeClause(List<Expr> lhs, boolean def) {
    Pos pos = pos();
    next(); // consume _Range
    Expr x = expr();
    return new RangeClause(pos, lhs == null ? new ArrayList<>() : lhs, def, x);
  }

  private Stmt labeledStmtOrNil(Expr.Name label) {
    Pos colon = pos();
    want(COLON);

    if (tok == RBRACE) {
      // We expect a statement (incl. an empty statement), which must be terminated by a
      // semicolon. Because semicolons may be omitted before an _Rbrace, seeing an _Rbrace
      // implies an empty statement.
      return gc(new Stmt.Labeled(label.pos, label, new Stmt.Empty(pos())), colon);
    }

    Stmt s = stmtOrNil();
    if (s != null) {
      return gc(new Stmt.Labeled(label.pos, label, s), colon);
    }

    // report error at line of ':' token
    syntaxErrorAt(colon, "missing statement after label");
    // we are already at the end of the labeled statement - no need to advance
    return null; // avoids follow-on errors (see e.g., fixedbugs/bug274.go)
  }

  /** context must be non-empty unless we know that tok == LBRACE. */
  private Stmt.Block blockStmt(String context) {
    Pos pos = pos();

    // people coming from C may forget that braces are mandatory in Go
    if (!got(LBRACE)) {
      syntaxError("expecting { after " + context);
      advance(NAME, RBRACE);
      Pos rbrace = pos(); // in case we found "}"
      if (got(RBRACE)) {
        return new Stmt.Block(pos, new ArrayList<>(), rbrace);
      }
    }

    List<Stmt> list = stmtList();
    Pos rbrace = pos();
    want(RBRACE);
    return new Stmt.Block(pos, list, rbrace);
  }

  private Stmt declStmt(int kind) {
    Pos pos = pos();
    next(); // _Const, _Type, or _Var
    List<Decl> list = new ArrayList<>();
    appendGroup(list, kind);
    return new Stmt.DeclStmt(pos, list);
  }

  private Stmt forStmt() {
    Pos pos = pos();
    Header h = header(FOR);
    Stmt.Block body = blockStmt("for clause");
    if (h.range != null) {
      RangeClause rc = h.range;
      Expr key = rc.lhs.size() > 0 ? rc.lhs.get(0) : null;
      Expr val = rc.lhs.size() > 1 ? rc.lhs.get(1) : null;
      if (rc.lhs.size() > 2) {
        Expr extra = rc.lhs.get(2);
        // (a type checking error in gc, which sees the extra variables; reported here as the tree
        // has no room for them, without affecting syntax error recovery)
        report(Positions.startPos(extra), "range clause permits at most two iteration variables");
      }
      return new Stmt.Range(pos, key, val, rc.def, rc.x, body);
    }
    return new Stmt.For(pos, h.init, h.cond, h.post, body);
  }

  private record Header(Stmt init, Expr cond, Stmt post, RangeClause range) {}

  private Header header(int keyword) {
    want(keyword);

    if (tok == LBRACE) {
      Expr cond = null;
      if (keyword == IF) {
        syntaxError("missing condition in if statement");
        cond = badExpr();
      }
      return new Header(null, cond, null, null);
    }
    // tok != LBRACE

    int outer = xnest;
    xnest = -1;

    Stmt init = null;
    Expr cond = null;
    Stmt post = null;
    if (tok != SEMI) {
      // accept potential varDecl but complain
      if (got(VAR)) {
        syntaxError("var declaration not allowed in " + tokstring(keyword) + " initializer");
      }
      init = simpleStmt(null, keyword);
      // If we have a range clause, we are done (can only happen for keyword == FOR).
      if (init == null && rangeClause != null) {
        RangeClause rc = rangeClause;
        rangeClause = null;
        xnest = outer;
        return new Header(null, null, null, rc);
      }
    }

    Stmt condStmt = null;
    Pos semiPos = null;
    String semiLit = null;
    done:
    {
      if (tok != LBRACE) {
        if (tok == SEMI) {
          semiPos = pos();
          semiLit = lit;
          next();
        } else {
          // asking for a '{' rather than a ';' here leads to a better error message
          want(LBRACE);
          if (tok != LBRACE) {
            advance(LBRACE, RBRACE); // for better synchronization (e.g., issue #22581)
          }
        }
        if (keyword == FOR) {
          if (tok != SEMI) {
            if (tok == LBRACE) {
              syntaxError("expecting for loop condition");
              break done;
            }
            condStmt = simpleStmt(null, 0 /* range not permitted */);
          }
          want(SEMI);
          if (tok != LBRACE) {
            post = simpleStmt(null, 0 /* range not permitted */);
            if (post instanceof Stmt.Assign a && a.op == Token.DEFINE) {
              syntaxErrorAt(a.pos, "cannot declare in post statement of for loop");
            }
          }
        } else if (tok != LBRACE) {
          condStmt = simpleStmt(null, keyword);
        }
      } else {
        condStmt = init;
        init = null;
      }
    }

    // unpack condStmt
    if (condStmt == null) {
      if (keyword == IF && semiPos != null) {
        if (!semiLit.equals("semicolon")) {
          syntaxErrorAt(semiPos, "unexpected " + semiLit + ", expecting { after if clause");
        } else {
          syntaxErrorAt(semiPos, "missing condition in if statement");
        }
        cond = new Expr.Bad(semiPos);
      }
    } else if (condStmt instanceof Stmt.ExprStmt es) {
      cond = es.x;
    } else {
      // A common syntax error is to write '=' instead of '==', which turns an expression into an
      // assignment. Provide a more explicit error message in that case to prevent further
      // confusion.
      String str;
      if (condStmt instanceof Stmt.Assign as && as.op == Token.ASSIGN) {
        // Emphasize Lhs and Rhs of assignment with parentheses to highlight '='.
        str = "assignment (" + Printer.exprList(as.lhs) + ") = (" + Printer.exprList(as.rhs) + ")";
      } else {
        str = Printer.string(condStmt);
      }
      syntaxErrorAt(Positions.gcPos(condStmt), "cannot use " + str + " as value");
    }

    xnest = outer;
    return new Header(init, cond, post, null);
  }

  private Stmt ifStmt() {
    Pos pos = pos();
    Header h = header(IF);
    Stmt.Block then = blockStmt("if clause");
    Stmt els = null;
    if (got(ELSE)) {
      switch (tok) {
        case IF -> els = ifStmt();
        case LBRACE -> els = blockStmt("");
        default -> {
          syntaxError("else must be followed by if or statement block");
          advance(NAME, RBRACE);
        }
      }
    }
    return new Stmt.If(pos, h.init, h.cond, then, els);
  }

  private Stmt switchStmt() {
    Pos pos = pos();
    Header h = header(SWITCH);

    if (!got(LBRACE)) {
      syntaxError("missing { after switch clause");
      advance(CASE, DEFAULT, RBRACE);
    }
    List<Stmt.CaseClause> clauses = new ArrayList<>();
    while (tok != EOF && tok != RBRACE) {
      clauses.add(caseClause());
    }
    Pos rbrace = pos();
    want(RBRACE);
    return new Stmt.Switch(pos, h.init, h.cond, clauses, rbrace);
  }

  private Stmt selectStmt() {
    Pos pos = pos();
    want(SELECT);
    if (!got(LBRACE)) {
      syntaxError("missing { after select clause");
      advance(CASE, DEFAULT, RBRACE);
    }
    List<Stmt.CommClause> clauses = new ArrayList<>();
    while (tok != EOF && tok != RBRACE) {
      clauses.add(commClause());
    }
    Pos rbrace = pos();
    want(RBRACE);
    return new Stmt.Select(pos, clauses, rbrace);
  }

  private Stmt.CaseClause caseClause() {
    Pos pos = pos();
    List<Expr> cases = new ArrayList<>();
    boolean isDefault = false;
    switch (tok) {
      case CASE -> {
        next();
        cases = exprList();
      }
      case DEFAULT -> {
        next();
        isDefault = true;
      }
      default -> {
        syntaxError("expecting case or default or }");
        advance(COLON, CASE, DEFAULT, RBRACE);
      }
    }
    want(COLON);
    List<Stmt> body = stmtList();
    return new Stmt.CaseClause(pos, cases, isDefault, body);
  }

  private Stmt.CommClause commClause() {
    Pos pos = pos();
    Stmt comm = null;
    switch (tok) {
      case CASE -> {
        next();
        comm = simpleStmt(null, 0);
        // The syntax restricts the possible simple statements here to:
        //     lhs <- x (send statement)
        //     <-x
        //     lhs = <-x
        //     lhs := <-x
        // All these (and more) are recognized by simpleStmt and invalid syntax trees are
        // flagged later, during type checking.
      }
      case DEFAULT -> next();
      default -> {
        syntaxError("expecting case or default or }");
        advance(COLON, CASE, DEFAULT, RBRACE);
      }
    }
    want(COLON);
    List<Stmt> body = stmtList();
    return new Stmt.CommClause(pos, comm, body);
  }

  /** Parses a statement if one is present, or else returns null. */
  private Stmt stmtOrNil() {
    // Most statements (assignments) start with an identifier; look for it first before doing
    // anything more expensive.
    if (tok == NAME) {
      List<Expr> lhs = exprList();
      if (lhs.size() == 1 && lhs.get(0) instanceof Expr.Name label && tok == COLON) {
        return labeledStmtOrNil(label);
      }
      return simpleStmt(lhs, 0);
    }

    switch (tok) {
      case VAR, CONST, TYPE -> {
        return declStmt(tok);
      }
      case LBRACE -> {
        return blockStmt("");
      }
      case OPERATOR, STAR -> {
        switch (op) {
          case ADD, SUB, MUL, AND, XOR, NOT -> {
            return simpleStmt(null, 0); // unary operators
          }
          default -> {}
        }
      }
      case LITERAL, FUNC, LPAREN, // operands
          LBRACK, STRUCT, MAP, CHAN, INTERFACE, // composite types
          ARROW -> { // receive operator
        return simpleStmt(null, 0);
      }
      case FOR -> {
        return forStmt();
      }
      case SWITCH -> {
        return switchStmt();
      }
      case SELECT -> {
        return selectStmt();
      }
      case IF -> {
        return ifStmt();
      }
      case FALLTHROUGH -> {
        Pos pos = pos();
        next();
        return new Stmt.Branch(pos, Token.FALLTHROUGH, null);
      }
      case BREAK, CONTINUE -> {
        Pos pos = pos();
        Token t = tok == BREAK ? Token.BREAK : Token.CONTINUE;
        next();
        Expr.Name label = null;
        if (tok == NAME) {
          label = name();
        }
        return new Stmt.Branch(pos, t, label);
      }
      case GO, DEFER -> {
        return callStmt();
      }
      case GOTO -> {
        Pos pos = pos();
        next();
        return new Stmt.Branch(pos, Token.GOTO, name());
      }
      case RETURN -> {
        Pos pos = pos();
        next();
        List<Expr> results = new ArrayList<>();
        if (tok != SEMI && tok != RBRACE) {
          results = exprList();
        }
        return new Stmt.Return(pos, results);
      }
      case SEMI -> {
        return new Stmt.Empty(pos());
      }
      default -> {}
    }
    return null;
  }

  // StatementList = { Statement ";" } .
  private List<Stmt> stmtList() {
    List<Stmt> l = new ArrayList<>();
    while (tok != EOF && tok != RBRACE && tok != CASE && tok != DEFAULT) {
      Stmt s = stmtOrNil();
      if (s == null) {
        break;
      }
      l.add(s);
      // ";" is optional before "}"
      if (!got(SEMI) && tok != RBRACE) {
        syntaxError("at end of statement");
        advance(SEMI, RBRACE, CASE, DEFAULT);
        got(SEMI); // avoid spurious empty statement
      }
    }
    return l;
  }

  private record Args(List<Expr> list, boolean hasDots) {}

  // argList = [ arg { "," arg } [ "..." ] [ "," ] ] ")" .
  private Args argList() {
    List<Expr> list = new ArrayList<>();
    boolean[] hasDots = {false};
    xnest++;
    list("argument list", COMMA, RPAREN, () -> {
      list.add(expr());
      hasDots[0] = got(DOTDOTDOT);
      return hasDots[0];
    });
    xnest--;
    return new Args(list, hasDots[0]);
  }

  // ------------------------------------------------------------------------------------------
  // Common productions

  private Expr.Name name() {
    if (tok == NAME) {
      Expr.Name n = new Expr.Name(pos(), lit);
      next();
      return n;
    }
    Expr.Name n = new Expr.Name(pos(), "_");
    syntaxError("expecting name");
    advance();
    return n;
  }

  // IdentifierList = identifier { "," identifier } .
  private List<Expr.Name> nameList(Expr.Name first) {
    List<Expr.Name> l = new ArrayList<>();
    l.add(first);
    while (got(COMMA)) {
      l.add(name());
    }
    return l;
  }

  /** The first name may be provided, or null. */
  private Expr qualifiedName(Expr.Name name) {
    Expr x;
    if (name != null) {
      x = name;
    } else if (tok == NAME) {
      x = name();
    } else {
      x = new Expr.Name(pos(), "_");
      syntaxError("expecting name");
      advance(DOT, SEMI, RBRACE);
    }

    if (tok == DOT) {
      Pos dot = pos();
      next();
      x = gc(new Expr.Selector(x.pos, x, name()), dot);
    }

    if (tok == LBRACK) {
      x = typeInstance(x);
    }
    return x;
  }

  // ExpressionList = Expression { "," Expression } .
  private List<Expr> exprList() {
    Expr x = expr();
    if (tok != COMMA) {
      return list1(x);
    }
    List<Expr> list = new ArrayList<>();
    list.add(x);
    while (got(COMMA)) {
      list.add(expr());
    }
    return list;
  }

  private record TypeList(List<Expr> list, boolean comma) {}

  /**
   * typeList = arg { "," arg } [ "," ] . The first element may be any expression, all others
   * must be types; comma reports a (separating or trailing) comma.
   */
  private TypeList typeList() {
    xnest++;
    Expr x = expr();
    List<Expr> list = list1(x);
    boolean comma = false;
    if (got(COMMA)) {
      comma = true;
      Expr t = typeOrNil();
      if (t != null) {
        list = new ArrayList<>();
        list.add(x);
        list.add(t);
        while (got(COMMA)) {
          t = typeOrNil();
          if (t == null) {
            break;
          }
          list.add(t);
        }
      }
    }
    xnest--;
    return new TypeList(list, comma);
  }

  private static <T> List<T> list1(T x) {
    List<T> l = new ArrayList<>(1);
    l.add(x);
    return l;
  }

  /** Removes all parentheses around an expression. */
  static Expr unparen(Expr x) {
    while (x instanceof Expr.Paren p) {
      x = p.x;
    }
    return x;
  }

  /** The position of the first token of x (node positions are, except for binary operations). */
  static Pos startPos(Expr x) {
    for (;;) {
      if (x instanceof Expr.Operation o && o.y != null) {
        x = o.x;
      } else if (x instanceof Expr.KeyValue kv) {
        x = kv.key;
      } else {
        return x.pos;
      }
    }
  }
}
