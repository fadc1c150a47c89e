package gava.syntax;

import java.util.ArrayList;
import java.util.List;

/** Expression productions: operands, primary, unary and binary expressions, composite literals. */
abstract class ParserExprs extends ParserParams {
  ParserExprs(Source src, Diagnostics diags) {
    super(src, diags);
  }

  /** A function body (a statement production, see {@link Parser}). */
  abstract Stmt.Block funcBody();

  Expr expr() {
    return binaryExpr(null, 0);
  }

  // Expression = UnaryExpr | Expression binary_op Expression .
  Expr binaryExpr(Expr x, int prec) {
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
  Expr unaryExpr() {
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
  Expr recvChan(Pos pos, Expr.ChanType c) {
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
  Stmt callStmt() {
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
  Expr operand(boolean keepParens) {
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
  Expr pexpr(Expr x, boolean keepParens) {
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
  static boolean isValue(Expr x) {
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
  Expr bareComplitexpr() {
    if (tok == LBRACE) {
      // '{' start_complit braced_keyval_list '}'
      return complitexpr();
    }
    return expr();
  }

  // LiteralValue = "{" [ ElementList [ "," ] ] "}" .
  Expr.CompositeLit complitexpr() {
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

  /** (a record whose components the other parser classes read as fields) */
  static final class Args {
    final List<Expr> list;
    final boolean hasDots;

    Args(List<Expr> list, boolean hasDots) {
      this.list = list;
      this.hasDots = hasDots;
    }
  }

  // argList = [ arg { "," arg } [ "..." ] [ "," ] ] ")" .
  Args argList() {
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

  // ExpressionList = Expression { "," Expression } .
  List<Expr> exprList() {
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

  /**
   * typeList = arg { "," arg } [ "," ] . The first element may be any expression, all others
   * must be types; comma reports a (separating or trailing) comma.
   */
  TypeList typeList() {
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
}
