package gava.syntax;

import java.util.ArrayList;
import java.util.List;

/** Statement productions: simple statements, blocks, if/for/switch/select and their headers. */
abstract class ParserStmts extends ParserExprs {
  ParserStmts(Source src, Diagnostics diags) {
    super(src, diags);
  }

  /** Declarations in a statement context (see {@link Parser}). */
  abstract void appendGroup(List<Decl> out, int kind);

  RangeClause rangeClause; // set by simpleStmt for a range clause (which is not a Stmt)

  record RangeClause(Pos pos, List<Expr> lhs, boolean def, Expr x) {}

  /**
   * SimpleStmt = EmptyStmt | ExpressionStmt | SendStmt | IncDecStmt | Assignment | ShortVarDecl .
   * For a range clause (keyword FOR) returns null and sets {@link #rangeClause}.
   */
  Stmt simpleStmt(List<Expr> lhs, int keyword) {
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

  static Stmt exprStmt(Expr x) {
    return gc(new Stmt.ExprStmt(startPos(x), x), Positions.gcPos(x));
  }

  static Token assignToken(Token op) {
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

  RangeClause newRangeClause(List<Expr> lhs, boolean def) {
    Pos pos = pos();
    next(); // consume _Range
    Expr x = expr();
    return new RangeClause(pos, lhs == null ? new ArrayList<>() : lhs, def, x);
  }

  Stmt labeledStmtOrNil(Expr.Name label) {
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
  Stmt.Block blockStmt(String context) {
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

  Stmt declStmt(int kind) {
    Pos pos = pos();
    next(); // _Const, _Type, or _Var
    List<Decl> list = new ArrayList<>();
    appendGroup(list, kind);
    return new Stmt.DeclStmt(pos, list);
  }

  Stmt forStmt() {
    Pos pos = pos();
    Header h = header(FOR);
    Stmt.Block body = blockStmt("for clause");
    if (h.range != null) {
      RangeClause rc = h.range;
      Expr key = rc.lhs.size() > 0 ? rc.lhs.get(0) : null;
      Expr val = rc.lhs.size() > 1 ? rc.lhs.get(1) : null;
      Stmt.Range r = new Stmt.Range(pos, key, val, rc.def, rc.x, body);
      // (a type checking error in gc, which sees the extra variables and knows the range's type)
      if (rc.lhs.size() > 2) r.extra = Positions.startPos(rc.lhs.get(2));
      return r;
    }
    return new Stmt.For(pos, h.init, h.cond, h.post, body);
  }

  record Header(Stmt init, Expr cond, Stmt post, RangeClause range) {}

  Header header(int keyword) {
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

  Stmt ifStmt() {
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

  Stmt switchStmt() {
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

  Stmt selectStmt() {
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

  Stmt.CaseClause caseClause() {
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

  Stmt.CommClause commClause() {
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
  Stmt stmtOrNil() {
    // Most statements (assignments) start with an identifier; look for it first before doing
    // anything more expensive.
    if (tok == NAME) {
      clearPragma();
      List<Expr> lhs = exprList();
      if (lhs.size() == 1 && lhs.get(0) instanceof Expr.Name label && tok == COLON) {
        return labeledStmtOrNil(label);
      }
      return simpleStmt(lhs, 0);
    }

    if (tok != VAR && tok != CONST && tok != TYPE) {
      clearPragma();
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
  List<Stmt> stmtList() {
    List<Stmt> l = new ArrayList<>();
    while (tok != EOF && tok != RBRACE && tok != CASE && tok != DEFAULT) {
      Stmt s = stmtOrNil();
      clearPragma();
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
}
