package gava.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * Prints expressions and simple statements in source form exactly as gc's {@code syntax.String}
 * does (its "ShortForm": one line, non-empty function bodies and composite literal contents shown
 * as {@code …}). gc's error messages (parser and type checker) print expressions this way.
 */
public final class Printer {
  /** gc's {@code syntax.String(n)} for an expression, field list member or statement. */
  public static String string(Node n) {
    Printer p = new Printer();
    p.node(n);
    p.flush(Scanner.EOF);
    return p.out.toString();
  }

  /** gc's printing of an expression list: {@code a, b, c}. */
  public static String exprList(List<? extends Expr> list) {
    Printer p = new Printer();
    p.exprs(list);
    p.flush(Scanner.EOF);
    return p.out.toString();
  }

  // ---- token output with gc's delayed whitespace ----

  private static final int NONE = 0, SEMI = 1, BLANK = 2;

  private final StringBuilder out = new StringBuilder();
  private final List<int[]> pending = new ArrayList<>(); // {lastTok, kind}
  private int lastTok;

  private Printer() {}

  private static boolean impliesSemi(int tok) {
    return switch (tok) {
      case Scanner.NAME, Scanner.BREAK, Scanner.CONTINUE, Scanner.FALLTHROUGH, Scanner.RETURN,
          Scanner.RPAREN, Scanner.RBRACK, Scanner.RBRACE -> true;
      default -> false;
    };
  }

  private void ws(int kind) {
    pending.add(new int[] {lastTok, kind});
    if (kind == SEMI) {
      lastTok = Scanner.SEMI;
    }
  }

  private void flush(int next) {
    boolean sawNewline = next == Scanner.EOF;
    boolean sawParen = next == Scanner.RPAREN || next == Scanner.RBRACE;
    for (int i = pending.size() - 1; i >= 0; i--) {
      int[] w = pending.get(i);
      if (w[1] == SEMI) {
        int k = SEMI;
        if (sawParen) {
          sawParen = false;
          k = NONE;
        } else if (sawNewline && impliesSemi(w[0])) {
          sawNewline = false;
          k = NONE;
        }
        w[1] = k;
      }
    }
    int prev = NONE;
    for (int[] w : pending) {
      switch (w[1]) {
        case SEMI -> {
          out.append(';');
          prev = SEMI;
        }
        case BLANK -> {
          if (prev != BLANK) {
            out.append(' ');
            prev = BLANK;
          }
        }
        default -> {}
      }
    }
    pending.clear();
  }

  private void tok(int t) {
    if (t == Scanner.SEMI) {
      ws(SEMI);
      return;
    }
    flush(t);
    out.append(Scanner.tokenName(t));
    lastTok = t;
  }

  /** A name-like token (identifier, literal, "…"). */
  private void name(String s) {
    flush(Scanner.NAME);
    out.append(s);
    lastTok = Scanner.NAME;
  }

  private void op(Token o) {
    flush(Scanner.OPERATOR);
    out.append(o.text);
  }

  private void blank() {
    ws(BLANK);
  }

  // ---- nodes ----

  private void node(Node n) {
    switch (n) {
      case null -> {}
      case Expr e -> expr(e);
      case Stmt s -> stmt(s);
      case Expr.Field f -> {
        if (f.name != null) {
          node(f.name);
          blank();
        }
        node(f.fieldType);
      }
      default -> name("<" + n.getClass().getSimpleName() + ">");
    }
  }

  private void expr(Expr n) {
    switch (n) {
      case Expr.Bad b -> name("<bad expr>");
      case Expr.Name x -> name(x.name);
      case Expr.BasicLit x -> name(x.text);
      case Expr.FuncLit x -> {
        node(x.sig);
        blank();
        if (x.body != null) {
          tok(Scanner.LBRACE);
          if (!x.body.list.isEmpty()) {
            name("…");
          }
          tok(Scanner.RBRACE);
        }
      }
      case Expr.CompositeLit x -> {
        if (x.litType != null) {
          node(x.litType);
        }
        tok(Scanner.LBRACE);
        if (!x.elems.isEmpty()) {
          name("…");
        }
        tok(Scanner.RBRACE);
      }
      case Expr.Paren x -> {
        tok(Scanner.LPAREN);
        node(x.x);
        tok(Scanner.RPAREN);
      }
      case Expr.Selector x -> {
        node(x.x);
        tok(Scanner.DOT);
        node(x.sel);
      }
      case Expr.Index x -> {
        node(x.x);
        tok(Scanner.LBRACK);
        exprs(x.indices);
        tok(Scanner.RBRACK);
      }
      case Expr.Slice x -> {
        node(x.x);
        tok(Scanner.LBRACK);
        if (x.lo != null) {
          node(x.lo);
        }
        tok(Scanner.COLON);
        if (x.hi != null) {
          node(x.hi);
        }
        if (x.max != null) {
          tok(Scanner.COLON);
          node(x.max);
        }
        tok(Scanner.RBRACK);
      }
      case Expr.Assert x -> {
        node(x.x);
        tok(Scanner.DOT);
        tok(Scanner.LPAREN);
        node(x.assertType);
        tok(Scanner.RPAREN);
      }
      case Expr.TypeSwitchGuard x -> {
        if (x.lhs != null) {
          node(x.lhs);
          blank();
          tok(Scanner.DEFINE);
          blank();
        }
        node(x.x);
        tok(Scanner.DOT);
        tok(Scanner.LPAREN);
        tok(Scanner.TYPE);
        tok(Scanner.RPAREN);
      }
      case Expr.Call x -> {
        node(x.fun);
        tok(Scanner.LPAREN);
        exprs(x.args);
        if (x.hasDots) {
          tok(Scanner.DOTDOTDOT);
        }
        tok(Scanner.RPAREN);
      }
      case Expr.Operation x -> {
        if (x.y == null) {
          op(x.op);
          node(x.x);
        } else {
          node(x.x);
          blank();
          op(x.op);
          blank();
          node(x.y);
        }
      }
      case Expr.KeyValue x -> {
        node(x.key);
        tok(Scanner.COLON);
        blank();
        node(x.val);
      }
      case Expr.ArrayType x -> {
        tok(Scanner.LBRACK);
        if (x.len != null) {
          node(x.len);
        } else {
          tok(Scanner.DOTDOTDOT);
        }
        tok(Scanner.RBRACK);
        node(x.elem);
      }
      case Expr.SliceType x -> {
        tok(Scanner.LBRACK);
        tok(Scanner.RBRACK);
        node(x.elem);
      }
      case Expr.DotsType x -> {
        tok(Scanner.DOTDOTDOT);
        node(x.elem);
      }
      case Expr.StructType x -> {
        tok(Scanner.STRUCT);
        tok(Scanner.LBRACE);
        if (!x.fields.isEmpty()) {
          fieldList(x.fields, x.tags);
        }
        tok(Scanner.RBRACE);
      }
      case Expr.FuncType x -> {
        tok(Scanner.FUNC);
        signature(x);
      }
      case Expr.InterfaceType x -> {
        tok(Scanner.INTERFACE);
        tok(Scanner.LBRACE);
        methodList(x.elems);
        tok(Scanner.RBRACE);
      }
      case Expr.MapType x -> {
        tok(Scanner.MAP);
        tok(Scanner.LBRACK);
        node(x.key);
        tok(Scanner.RBRACK);
        node(x.elem);
      }
      case Expr.ChanType x -> {
        if (x.dir == Expr.ChanDir.RECV) {
          tok(Scanner.ARROW);
        }
        tok(Scanner.CHAN);
        if (x.dir == Expr.ChanDir.SEND) {
          tok(Scanner.ARROW);
        }
        blank();
        if (x.dir == Expr.ChanDir.BOTH && x.elem instanceof Expr.ChanType e && e.dir == Expr.ChanDir.RECV) {
          // don't print chan (<-chan T) as chan <-chan T
          tok(Scanner.LPAREN);
          node(x.elem);
          tok(Scanner.RPAREN);
        } else {
          node(x.elem);
        }
      }
    }
  }

  private void stmt(Stmt n) {
    switch (n) {
      case Stmt.Empty e -> {}
      case Stmt.ExprStmt s -> node(s.x);
      case Stmt.Send s -> {
        node(s.chan);
        blank();
        tok(Scanner.ARROW);
        blank();
        node(s.val);
      }
      case Stmt.IncDec s -> {
        node(s.x);
        Token o = s.inc ? Token.ADD : Token.SUB;
        op(o);
        op(o);
      }
      case Stmt.Assign s -> {
        exprs(s.lhs);
        blank();
        if (s.op == Token.DEFINE) {
          op(Token.COLON);
        } else if (s.op != Token.ASSIGN) {
          op(s.op.assignOp());
        }
        tok(Scanner.ASSIGN);
        blank();
        exprs(s.rhs);
      }
      case Stmt.Return s -> {
        tok(Scanner.RETURN);
        if (!s.results.isEmpty()) {
          blank();
          exprs(s.results);
        }
      }
      case Stmt.Branch s -> {
        name(s.tok.text);
        if (s.label != null) {
          blank();
          node(s.label);
        }
      }
      case Stmt.GoDefer s -> {
        name(s.tok.text);
        blank();
        node(s.call);
      }
      case Stmt.Block b -> {
        tok(Scanner.LBRACE);
        if (!b.list.isEmpty()) {
          name("…");
        }
        tok(Scanner.RBRACE);
      }
      default -> name("<" + n.getClass().getSimpleName() + ">");
    }
  }

  private void exprs(List<? extends Expr> list) {
    for (int i = 0; i < list.size(); i++) {
      if (i > 0) {
        tok(Scanner.COMMA);
        blank();
      }
      node(list.get(i));
    }
  }

  private void fields(List<Expr.Field> fields, List<Expr.BasicLit> tags, int i, int j) {
    if (i + 1 == j && fields.get(i).name == null) {
      // anonymous field
      node(fields.get(i).fieldType);
    } else {
      for (int k = i; k < j; k++) {
        if (k > i) {
          tok(Scanner.COMMA);
          blank();
        }
        node(fields.get(k).name);
      }
      blank();
      node(fields.get(i).fieldType);
    }
    if (i < tags.size() && tags.get(i) != null) {
      blank();
      node(tags.get(i));
    }
  }

  private void fieldList(List<Expr.Field> list, List<Expr.BasicLit> tags) {
    int i0 = 0;
    Expr typ = null;
    for (int i = 0; i < list.size(); i++) {
      Expr.Field f = list.get(i);
      if (f.name == null || f.fieldType != typ) {
        if (i0 < i) {
          fields(list, tags, i0, i);
          tok(Scanner.SEMI);
          blank();
          i0 = i;
        }
        typ = f.fieldType;
      }
    }
    fields(list, tags, i0, list.size());
  }

  private void methodList(List<Expr.Field> methods) {
    for (int i = 0; i < methods.size(); i++) {
      if (i > 0) {
        tok(Scanner.SEMI);
        blank();
      }
      Expr.Field m = methods.get(i);
      if (m.name != null && m.fieldType instanceof Expr.FuncType sig) {
        node(m.name);
        signature(sig);
      } else {
        node(m.fieldType);
      }
    }
  }

  private void signature(Expr.FuncType sig) {
    parameterList(sig.params);
    List<Expr.Field> list = sig.results;
    if (!list.isEmpty()) {
      blank();
      if (list.size() == 1 && list.get(0).name == null) {
        node(list.get(0).fieldType);
      } else {
        parameterList(list);
      }
    }
  }

  private void parameterList(List<Expr.Field> list) {
    tok(Scanner.LPAREN);
    for (int i = 0; i < list.size(); i++) {
      Expr.Field f = list.get(i);
      if (i > 0) {
        tok(Scanner.COMMA);
        blank();
      }
      if (f.name != null) {
        node(f.name);
        if (i + 1 < list.size()) {
          Expr.Field f1 = list.get(i + 1);
          if (f1.name != null && f1.fieldType == f.fieldType) {
            continue; // no need to print type
          }
        }
        blank();
      }
      node(Parser.unparen(f.fieldType));
    }
    tok(Scanner.RPAREN);
  }
}
