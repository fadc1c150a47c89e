package gava.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * The parser's state shared by all productions, its error reporting (gc's messages and per-line
 * filter), the token helpers (got, want, advance) and the list productions common to all.
 */
abstract class ParserBase extends ParserPositions {
  /** Errors go to diags; raw (tests only) receives every error unfiltered. */
  final Diagnostics diags;
  List<Diagnostic> raw;

  boolean first; // an error has been reported
  int errcnt; // number of errors reported
  int fnest; // function nesting level (for error handling)
  int xnest; // expression nesting level (for complit ambiguity resolution)

  // gc's per-line error filter (base.ErrorfAt)
  int lastSyntaxLine = -1;
  int lastOtherLine = -1;
  String lastOtherMsg;

  ParserBase(Source src, Diagnostics diags) {
    super(src);
    this.diags = diags;
    this.errh = (line, col, msg) -> errorAt(posAt(line, col), msg);
  }

  void errorAt(Pos pos, String msg) {
    first = true;
    errcnt++;
    report(pos, msg);
  }

  /** Reports an error without counting it for the parser's error recovery (as gc's checkBranches). */
  void report(Pos pos, String msg) {
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

  static final int MAX_REPORTED = 1000;
  int reported;

  void error(String msg) {
    errorAt(pos(), msg);
  }

  // ---- //go: directives, as gc's parser and noder handle them (see Pragmas) ----

  /** The directives collected since the last declaration took them (null: none). */
  Pragmas pragma;

  @Override
  void pragma(Pos pos, boolean blank, String text) {
    if (pragma == null) pragma = new Pragmas();
    if (!blank) {
      report(pos, Pragmas.MISPLACED); // a directive must be on a line by itself
      return;
    }
    String verb = text.split("[ \t]", 2)[0];
    String[] f = text.trim().split("[ \t]+");
    boolean quoted = f.length == 2 && f[1].length() >= 2 && f[1].startsWith("\"") && f[1].endsWith("\"");
    switch (verb) {
      case "go:linkname" -> {
        if (f.length < 2 || f.length > 3) report(pos, "usage: //go:linkname localname [linkname]");
        else linknames.add(new File.Linkname(pos, f[1], f.length == 3 ? f[2] : null));
      }
      // gc's runtimePragmas: only the runtime's own files (GOROOT/src/runtime) may use them
      case "go:systemstack", "go:nowritebarrier", "go:nowritebarrierrec", "go:yeswritebarrierrec" -> {
        if (!src.path().replace('\\', '/').contains("/src/runtime/")) report(pos, "//" + verb + " only allowed in runtime");
      }
      case "go:cgo_ldflag" -> {
        if (!quoted) report(pos, "usage: //go:cgo_ldflag \"arg\"");
      }
      case "go:cgo_dynamic_linker" -> {
        if (!quoted) report(pos, "usage: //go:cgo_dynamic_linker \"path\"");
      }
      case "go:embed" -> {
        // gc's noder: the patterns (with go/build's positions: columns in runes), or its errors
        List<Embed.Pattern> pats = List.of();
        String args = text.substring("go:embed".length());
        try {
          pats = Embed.parse(args, off -> new Pos(pos.src(), pos.line(), pos.col() + text.codePointCount(0, "go:embed".length() + off)));
        } catch (Embed.BadDirective e) {
          report(pos, e.getMessage());
        }
        if (pats.isEmpty()) {
          report(pos, "usage: //go:embed pattern...");
          return;
        }
        pragma.addEmbed(new Embed.Directive(pos, List.copyOf(pats)));
        return;
      }
      default -> {}
    }
    pragma.add(text, pos);
  }

  /** gc's takePragma: the pending directives, which go to the declaration being parsed (null: none). */
  Pragmas takePragma() {
    Pragmas p = pragma;
    pragma = null;
    return p;
  }

  /** The {@code //go:linkname} directives seen (see {@link File#linknames}). */
  final List<File.Linkname> linknames = new ArrayList<>();

  /** Errors of {@link #checkPragma}, reported after type checking (see {@link File#directiveErrors}). */
  final List<Diagnostic> lateErrors = new ArrayList<>();

  /**
   * gc's noder check of a declaration's directives: those whose flags it does not allow are
   * misplaced (reported only when the package has no other errors, as gc does after type checking).
   */
  void checkPragma(Pragmas p, int allowed) {
    if (p != null) p.reportUnused(allowed, (pos, msg) -> lateErrors.add(new Diagnostic(pos, msg)));
  }

  /** gc's clearPragma: at the end of a form that takes no directives, pending ones are misplaced. */
  void clearPragma() {
    if (pragma != null) {
      pragma.reportUnused(0, this::report);
      pragma = null;
    }
  }

  void syntaxError(String msg) {
    syntaxErrorAt(pos(), msg);
  }

  void syntaxErrorAt(Pos pos, String msg) {
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

  static String tokstring(int tok) {
    return switch (tok) {
      case COMMA -> "comma";
      case SEMI -> "semicolon or newline";
      default -> tokenName(tok);
    };
  }

  static final long STOPSET = 1L << BREAK | 1L << CONST | 1L << CONTINUE | 1L << DEFER
      | 1L << FALLTHROUGH | 1L << FOR | 1L << GO | 1L << GOTO | 1L << IF | 1L << RETURN
      | 1L << SELECT | 1L << SWITCH | 1L << TYPE | 1L << VAR;

  /**
   * Consumes tokens until one of the followlist (or, inside a function, of the stopset) is found;
   * with an empty followlist exactly one (non-EOF) token is consumed.
   */
  void advance(int... followlist) {
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

  boolean got(int t) {
    if (tok == t) {
      next();
      return true;
    }
    return false;
  }

  void want(int t) {
    if (!got(t)) {
      syntaxError("expecting " + tokstring(t));
      advance();
    }
  }

  /** Like got(ASSIGN) but also accepts ":=" (with an error) for better recovery. */
  @SuppressWarnings("fallthrough")
  boolean gotAssign() {
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

  /**
   * list = [ f { sep f } [sep] ] close . Calls f for each element (f returns true to stop
   * accepting elements); returns the position of the closing token.
   */
  Pos list(String context, int sep, int close, BooleanSupplier f) {
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

  Expr.Bad badExpr() {
    return new Expr.Bad(pos());
  }

  Expr.Name name() {
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
  List<Expr.Name> nameList(Expr.Name first) {
    List<Expr.Name> l = new ArrayList<>();
    l.add(first);
    while (got(COMMA)) {
      l.add(name());
    }
    return l;
  }

  /** (a record whose components the other parser classes read as fields) */
  static final class TypeList {
    final List<Expr> list;
    final boolean comma;

    TypeList(List<Expr> list, boolean comma) {
      this.list = list;
      this.comma = comma;
    }
  }

  static <T> List<T> list1(T x) {
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
