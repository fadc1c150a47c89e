package gava.syntax;

import java.util.ArrayList;
import java.util.List;

/** Type productions: type literals, struct fields, interface elements, type instances. */
abstract class ParserTypes extends ParserBase {
  ParserTypes(Source src, Diagnostics diags) {
    super(src, diags);
  }

  // productions of the classes above (expressions, parameters)
  abstract Expr expr();

  abstract TypeList typeList();

  abstract List<Expr.Field> paramList(Expr.Name name0, Expr typ0, int close, boolean requireNames);

  Expr type_() {
    Expr typ = typeOrNil();
    if (typ == null) {
      typ = badExpr();
      syntaxError("expecting type");
      advance(COMMA, COLON, SEMI, RPAREN, RBRACK, RBRACE);
    }
    return typ;
  }

  static Expr newIndirect(Pos pos, Expr typ) {
    return new Expr.Operation(pos, Token.MUL, typ, null);
  }

  /**
   * Like type_ but returns null if there was no type instead of reporting an error.
   * Type = TypeName | TypeLit | "(" Type ")" .
   */
  Expr typeOrNil() {
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

  Expr typeInstance(Expr typ) {
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

  /** (a record whose components the other parser classes read as fields) */
  static final class FuncTypeResult {
    final List<Expr.Field> tparams;
    final Expr.FuncType type;

    FuncTypeResult(List<Expr.Field> tparams, Expr.FuncType type) {
      this.tparams = tparams;
      this.type = type;
    }
  }

  /** If context is not empty, type parameters are not permitted. */
  FuncTypeResult funcType(String context) {
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
  Expr arrayType(Pos pos, Expr len) {
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
  Expr sliceType(Pos pos) {
    return new Expr.SliceType(pos, type_());
  }

  Expr chanElem() {
    Expr typ = typeOrNil();
    if (typ == null) {
      typ = badExpr();
      syntaxError("missing channel element type");
      // assume element type is simply absent - don't advance
    }
    return typ;
  }

  /** A field under construction (gc's mutable Field). */
  static final class F {
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
  Expr structType() {
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
  Expr interfaceType() {
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
  List<Expr.Field> funcResult() {
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

  static void addField(List<Expr.Field> fields, List<Expr.BasicLit> tags, Pos pos, Expr.Name name, Expr typ, Expr.BasicLit tag) {
    fields.add(new Expr.Field(pos, name, typ));
    tags.add(tag);
  }

  // FieldDecl = (IdentifierList Type | AnonymousField) [ Tag ] .
  // AnonymousField = [ "*" ] TypeName .
  void fieldDecl(List<Expr.Field> fields, List<Expr.BasicLit> tags) {
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
  /** (a record whose components the other parser classes read as fields) */
  static final class TArgs {
    final Pos pos;
    final List<Expr> list;

    TArgs(Pos pos, List<Expr> list) {
      this.pos = pos;
      this.list = list;
    }
  }

  /** Parses {@code [n]E}, {@code []E} (returning the Expr) or type arguments (returning TArgs). */
  Object arrayOrTArgs() {
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

  Expr.BasicLit oliteral() {
    if (tok == LITERAL) {
      Expr.BasicLit b = new Expr.BasicLit(pos(), lit, kind, bad);
      next();
      return b;
    }
    return null;
  }

  // MethodSpec = MethodName Signature | InterfaceTypeName .
  F methodDecl() {
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
  F embeddedElem(F f) {
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
  Expr embeddedTerm() {
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

  /** The first name may be provided, or null. */
  Expr qualifiedName(Expr.Name name) {
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
}
