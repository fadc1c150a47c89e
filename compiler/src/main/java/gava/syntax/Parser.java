package gava.syntax;

import java.util.ArrayList;
import java.util.List;

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
 *
 * <p>The productions are split by concept along a chain of package-private classes:
 * {@link ParserPositions} (positions, line directives) &lt; {@link ParserBase} (state, errors, tokens)
 * &lt; {@link ParserTypes} &lt; {@link ParserParams} &lt; {@link ParserExprs} &lt; {@link ParserStmts}
 * &lt; Parser (source files and declarations).
 */
public final class Parser extends ParserStmts {
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

  // results, kept in fields so that a partial tree survives a StackOverflowError
  private final List<Decl> decls = new ArrayList<>();
  private Expr.Name pkgName;
  private Pos filePos;

  private Parser(Source src, Diagnostics diags) {
    super(src, diags);
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
    File f = new File(filePos, src, name, decls);
    f.directiveErrors = List.copyOf(lateErrors);
    f.linknames = List.copyOf(linknames);
    return f;
  }

  // ------------------------------------------------------------------------------------------
  // Package files

  private void fileOrNil() {
    // PackageClause
    if (!got(PACKAGE)) {
      syntaxError("package statement must be first");
      return;
    }
    checkPragma(takePragma(), Pragmas.FILE);
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

      // Reset the pragma BEFORE advancing to the next token (consuming ';'), since comments
      // before it may set pragmas for the next function declaration.
      clearPragma();

      if (tok != EOF && !got(SEMI)) {
        syntaxError("after top level declaration");
        advance(CONST, TYPE, VAR, FUNC);
      }
    }
    clearPragma();
  }

  // ------------------------------------------------------------------------------------------
  // Declarations

  private static final class Group {
    int iota;
    Decl.Const last; // last const spec with a type or values
  }

  /** appendGroup(f) = f | "(" { f ";" } ")" . */
  @Override
  void appendGroup(List<Decl> out, int kind) {
    if (tok == LPAREN) {
      Group g = new Group();
      Object marker = new Object();
      clearPragma();
      next(); // must consume "(" after calling clearPragma
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
    checkPragma(takePragma(), 0);
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
    checkPragma(takePragma(), 0);
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
    Pragmas pragmas = takePragma();
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
    checkPragma(pragmas, alias ? 0 : Pragmas.TYPE);
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
    Pragmas pragmas = takePragma();
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
    List<Embed.Directive> embeds = List.of();
    if (pragmas != null) {
      embeds = pragmas.takeEmbeds();
      String bad = embeds.isEmpty() ? null : embedProblem(names.size(), !values.isEmpty(), type == null);
      if (bad != null) lateErrors.add(new Diagnostic(embeds.get(0).pos(), bad)); // (gc: after type checking)
      if (bad != null) embeds = List.of();
      checkPragma(pragmas, 0);
    }
    Decl.Var v = new Decl.Var(pos, names, type, values);
    v.embeds = embeds;
    return v;
  }

  /** gc's checkEmbed: why a variable declaration cannot take go:embed directives, or null. */
  private String embedProblem(int names, boolean hasValues, boolean noType) {
    boolean haveEmbed = false;
    for (Decl d : decls) {
      if (d instanceof Decl.Import im && im.path != null && im.path.text.equals("\"embed\"")) haveEmbed = true;
    }
    if (!haveEmbed) return "go:embed only allowed in Go files that import \"embed\"";
    if (names > 1) return "go:embed cannot apply to multiple vars";
    if (hasValues) return "go:embed cannot apply to var with initializer";
    if (noType) return "go:embed cannot apply to var without type";
    if (fnest > 0) return "go:embed cannot apply to var inside func";
    return null;
  }

  // FunctionDecl = "func" FunctionName [ TypeParams ] ( Function | Signature ) .
  // MethodDecl   = "func" Receiver MethodName ( Function | Signature ) .
  private Decl.Func funcDeclOrNil(Pos pos, Pos gcPos) {
    checkPragma(takePragma(), Pragmas.FUNC);
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

  @Override
  Stmt.Block funcBody() {
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
}
