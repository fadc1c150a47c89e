package gava.syntax;

import java.util.ArrayList;
import java.util.List;

/** Parameter and type parameter lists ({@code ParameterDecl}, {@code TypeParams}). */
abstract class ParserParams extends ParserTypes {
  ParserParams(Source src, Diagnostics diags) {
    super(src, diags);
  }

  // ParameterDecl = [ IdentifierList ] [ "..." ] Type .
  F paramDeclOrNil(Expr.Name name, int follow) {
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
  List<Expr.Field> paramList(Expr.Name name0, Expr typ0, int close, boolean requireNames) {
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
}
