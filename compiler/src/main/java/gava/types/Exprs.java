package gava.types;

import gava.syntax.Diagnostics;
import gava.syntax.Expr;
import gava.syntax.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Expressions (spec "Expressions"): operands, literals, composite literals, function literals,
 * selectors, index and slice expressions, type assertions; calls are in {@link Calls}.
 */
abstract class Exprs extends Operators {
  Exprs(Package pkg, Diagnostics diags) {
    super(pkg, diags);
  }

  @Override
  void expr(Operand x, Expr e) {
    rawExpr(x, e, null, false);
    exclude(x, true, true, true);
    singleValue(x);
  }

  @Override
  void multiExpr(List<Operand> out, Expr e) {
    Operand x = new Operand();
    rawExpr(x, e, null, false);
    exclude(x, true, true, true);
    if (x.mode == Operand.Mode.VALUE && x.type instanceof Tuple t) {
      for (Var v : t.vars) out.add(new Operand(Operand.Mode.VALUE, e, v.type, null));
      return;
    }
    out.add(x);
  }

  @Override
  void exprWithHint(Operand x, Expr e, Type hint) {
    rawExpr(x, e, hint, false);
    exclude(x, true, true, true);
    singleValue(x);
  }

  @Override
  void exprOrType(Operand x, Expr e) {
    rawExpr(x, e, null, false);
    exclude(x, true, false, false);
    singleValue(x);
  }

  void exclude(Operand x, boolean novalue, boolean builtin, boolean typexpr) {
    String msg = null;
    switch (x.mode) {
      case NOVALUE -> {
        if (novalue) msg = typexpr ? "%s used as value" : "%s used as value or type";
      }
      case BUILTIN -> {
        if (builtin) msg = "%s must be called";
      }
      case TYPEXPR -> {
        if (typexpr) msg = "%s is not an expression";
      }
      default -> {}
    }
    if (msg != null) {
      error(x, msg.replace("%s", s(x)));
      x.mode = Operand.Mode.INVALID;
    }
  }

  @Override
  void singleValue(Operand x) {
    if (x.mode == Operand.Mode.VALUE && x.type instanceof Tuple) {
      error(x, "multiple-value " + s(x) + " in single-value context");
      x.mode = Operand.Mode.INVALID;
    }
  }

  @Override
  void rawExpr(Operand x, Expr e, Type hint, boolean allowGeneric) {
    diags.at(e.pos);
    exprInternal(x, e, hint);
    if (!allowGeneric) nonGeneric(x);
    record(x);
  }

  private void nonGeneric(Operand x) {
    if (x.invalid() || x.mode == Operand.Mode.NOVALUE) return;
    String what = null;
    if (x.type instanceof Named n && !n.tparams.isEmpty() && n.typeArgs.isEmpty()) what = "type";
    if (x.type instanceof Signature sg && !sg.tparams.isEmpty()) what = "function";
    if (x.mode == Operand.Mode.TYPEXPR && x.expr != null && TypeExprs.genericAlias(unparen(x.expr)) instanceof TypeName tn) {
      error(x.expr, "cannot use generic type " + genericAliasString(tn) + " without instantiation");
      x.mode = Operand.Mode.INVALID;
      x.type = Universe.INVALID;
      return;
    }
    if (what != null) {
      error(x.expr, "cannot use generic " + what + " " + s(x.expr) + " without instantiation");
      x.mode = Operand.Mode.INVALID;
      x.type = Universe.INVALID;
    }
  }

  private void fail(Operand x, Expr e) {
    x.mode = Operand.Mode.INVALID;
    x.expr = e;
  }

  void exprInternal(Operand x, Expr e0, Type hint) {
    x.mode = Operand.Mode.INVALID;
    x.type = Universe.INVALID;
    x.val = null;
    x.expr = e0;
    switch (e0) {
      case Expr.Bad e -> fail(x, e);
      case Expr.Name e -> ident(x, e, null, false);
      case Expr.DotsType e -> {
        error(e, "invalid use of '...'");
        fail(x, e);
      }
      case Expr.BasicLit e -> {
        if (e.bad) {
          fail(x, e);
          return;
        }
        if (e.kind != Expr.LitKind.STRING && e.kind != Expr.LitKind.RUNE && e.text.length() > 10000) {
          error(e, "excessively long constant: " + e.text.substring(0, 10) + "... (" + e.text.length() + " chars)");
          fail(x, e);
          return;
        }
        Constant v = ConstOps.literal(e.kind, e.text);
        if (v == null) {
          error(e, "malformed constant: " + e.text);
          fail(x, e);
          return;
        }
        x.mode = Operand.Mode.CONSTANT;
        x.val = v;
        x.type = switch (e.kind) {
          case INT -> Universe.UNTYPED_INT;
          case FLOAT -> Universe.UNTYPED_FLOAT;
          case IMAG -> Universe.UNTYPED_COMPLEX;
          case RUNE -> Universe.UNTYPED_RUNE;
          case STRING -> Universe.UNTYPED_STRING;
        };
      }
      case Expr.FuncLit e -> {
        Scope sigScope = new Scope(env.scope, "function literal");
        Signature sig = funcType(null, List.of(), e.sig, sigScope);
        if (e.body != null) funcBody("<function literal>", sig, e.body, env.iota, sigScope);
        x.mode = Operand.Mode.VALUE;
        x.type = sig;
      }
      case Expr.CompositeLit e -> compositeLit(x, e, hint);
      case Expr.Paren e -> {
        rawExpr(x, e.x, null, false);
        x.expr = e;
      }
      case Expr.Selector e -> selector(x, e, false);
      case Expr.Index e -> indexExpr(x, e);
      case Expr.Slice e -> sliceExpr(x, e);
      case Expr.Assert e -> {
        expr(x, e.x);
        if (x.invalid()) {
          fail(x, e);
          return;
        }
        if (x.type instanceof TypeParam) {
          error(x, INVALID_OP + "cannot use type assertion on type parameter value " + s(x));
          fail(x, e);
          return;
        }
        if (!(Types.under(x.type) instanceof Interface)) {
          error(x, INVALID_OP + s(x) + " is not an interface");
          fail(x, e);
          return;
        }
        Type T = varType(e.assertType);
        if (Types.isInvalid(T)) {
          fail(x, e);
          return;
        }
        typeAssertion(e, x, T, false);
        x.mode = Operand.Mode.COMMAOK;
        x.type = T;
      }
      case Expr.TypeSwitchGuard e -> {
        error(e, "invalid AST: use of .(type) outside type switch");
        fail(x, e);
      }
      case Expr.Call e -> callExpr(x, e);
      case Expr.Operation e -> {
        if (e.y == null) {
          if (e.op == Token.MUL) {
            exprOrType(x, e.x);
            switch (x.mode) {
              case INVALID -> {
                fail(x, e);
                return;
              }
              case TYPEXPR -> {
                checkVarType(e.x, x.type);
                x.type = new Pointer(x.type);
              }
              default -> {
                if (!(Types.coreType(x.type) instanceof Pointer p)) {
                  error(x, INVALID_OP + "cannot indirect " + s(x));
                  fail(x, e);
                  return;
                }
                x.mode = Operand.Mode.VARIABLE;
                x.type = p.elem;
              }
            }
            x.expr = e;
            return;
          }
          unary(x, e);
          if (x.invalid()) {
            fail(x, e);
            return;
          }
          x.expr = e;
          return;
        }
        binary(x, e, e.x, e.y, e.op);
        if (x.invalid()) {
          fail(x, e);
          return;
        }
        x.expr = e;
      }
      case Expr.KeyValue e -> {
        error(e, "invalid AST: no key:value expected");
        fail(x, e);
      }
      case Expr.ArrayType e -> typeOperand(x, e);
      case Expr.SliceType e -> typeOperand(x, e);
      case Expr.StructType e -> typeOperand(x, e);
      case Expr.FuncType e -> typeOperand(x, e);
      case Expr.InterfaceType e -> typeOperand(x, e);
      case Expr.MapType e -> typeOperand(x, e);
      case Expr.ChanType e -> typeOperand(x, e);
    }
    if (x.mode != Operand.Mode.INVALID) x.expr = e0;
  }

  private void typeOperand(Operand x, Expr e) {
    x.mode = Operand.Mode.TYPEXPR;
    x.type = typ(e);
    x.expr = e;
  }

  abstract void callExpr(Operand x, Expr.Call e);

  abstract List<Type> infer(gava.syntax.Pos pos, Signature sig, List<Type> explicit, List<Operand> args, List<Expr> argExprs, boolean hasDots);

  void typeAssertion(Expr e, Operand x, Type T, boolean typeSwitch) {
    Interface vi = (Interface) Types.under(x.type);
    if (Types.isInterface(T)) return;
    Lookup.methods(vi);
    Func[] mm = Lookup.missingMethod(T, vi, false, f -> objDecl(f, null));
    if (mm == null) return;
    String cause = missingMethodReason(T, x.type, mm[0], mm[1]);
    if (typeSwitch) {
      error(e, "impossible type switch case: " + s(e) + "\n\t" + s(x) + " cannot have dynamic type " + s(T) + " " + cause);
      return;
    }
    error(e, "impossible type assertion: " + s(e) + "\n\t" + s(T) + " does not implement " + s(x.type) + " " + cause);
  }

  // ---------------------------------------------------------------- composite literals

  private void compositeLit(Operand x, Expr.CompositeLit e, Type hint) {
    Type typ, base;
    boolean openArray = false;
    if (e.litType != null) {
      if (e.litType instanceof Expr.ArrayType at && at.len == null) {
        Type elem = varType(at.elem);
        typ = new Array(-1, elem);
        base = typ;
        openArray = true;
      } else {
        typ = typ(e.litType);
        base = typ;
      }
    } else if (hint != null) {
      typ = hint;
      Type ct = Types.coreType(typ);
      base = ct instanceof Pointer p ? p.elem : ct;
      if (base == null) {
        error(e, "invalid composite literal element type " + s(typ) + ": no core type");
        fail(x, e);
        return;
      }
    } else {
      error(e, "missing type in composite literal");
      fail(x, e);
      return;
    }
    if (base instanceof Named bn && bn.underlying() == null) {
      error(e, "illegal cycle in type declaration");
      fail(x, e);
      return;
    }
    Type u = Types.coreType(base);
    if (u == null) u = new Tuple(List.of()); // no core type: reported as an invalid composite literal type
    switch (u) {
      case Struct st -> {
        if (e.elems.isEmpty()) break;
        List<Var> fields = st.fields;
        if (e.elems.get(0) instanceof Expr.KeyValue) {
          boolean[] visited = new boolean[fields.size()];
          for (Expr el : e.elems) {
            if (!(el instanceof Expr.KeyValue kv)) {
              error(el, "mixture of field:value and value elements in struct literal");
              continue;
            }
            Operand v = new Operand();
            if (!(kv.key instanceof Expr.Name key)) {
              expr(v, kv.val);
              error(kv, "invalid field name " + s(kv.key) + " in struct literal");
              continue;
            }
            int i = fieldIndex(fields, key.name);
            if (i < 0) {
              expr(v, kv.val);
              error(kv.key, "unknown field '" + key.name + "' in struct literal of type " + s(base));
              continue;
            }
            Var fld = fields.get(i);
            recordUse(key, fld);
            key.type = fld.type;
            expr(v, kv.val);
            assignment(v, fld.type, "struct literal");
            if (visited[i]) {
              error(kv, "duplicate field name " + key.name + " in struct literal");
              continue;
            }
            visited[i] = true;
          }
        } else {
          for (int i = 0; i < e.elems.size(); i++) {
            Expr el = e.elems.get(i);
            if (el instanceof Expr.KeyValue kv) {
              error(kv, "mixture of field:value and value elements in struct literal");
              continue;
            }
            Operand v = new Operand();
            if (i >= fields.size()) {
              expr(v, el);
              error(v, "too many values in " + s(base) + "{…}");
              break;
            }
            Var fld = fields.get(i);
            expr(v, el);
            if (!fld.exported() && fld.pkg != pkg) {
              error(v, "implicit assignment to unexported field " + fld.name + " in " + s(typ) + " literal");
              continue;
            }
            assignment(v, fld.type, "struct literal");
          }
          if (e.elems.size() < fields.size()) {
            error(e.rbrace, "too few values in " + s(base) + "{…}");
          }
        }
      }
      case Array at -> {
        long n = indexedElts(e.elems, at.elem, at.len);
        if (at.len < 0) {
          Array fixed = new Array(n, at.elem);
          if (typ == base) typ = fixed;
          base = fixed;
          if (e.litType != null) e.litType.type = fixed;
        }
      }
      case Slice sl -> indexedElts(e.elems, sl.elem, -1);
      case MapType mt -> {
        Map<Constant, List<Type>> visited = new HashMap<>();
        for (Expr el : e.elems) {
          if (!(el instanceof Expr.KeyValue kv)) {
            error(el, "missing key in map literal");
            continue;
          }
          Operand k = new Operand();
          exprWithHint(k, kv.key, mt.key);
          assignment(k, mt.key, "map literal");
          if (k.mode == Operand.Mode.CONSTANT && k.val != null) {
            boolean dup = false;
            List<Type> seen = visited.computeIfAbsent(keyVal(k.val), kk -> new ArrayList<>());
            if (Types.isInterface(mt.key)) {
              for (Type t : seen) if (Types.identical(t, k.type)) dup = true;
            } else {
              dup = !seen.isEmpty();
            }
            seen.add(k.type);
            if (dup) {
              error(k, "duplicate key " + k.val + " in map literal");
              continue;
            }
          }
          Operand v = new Operand();
          exprWithHint(v, kv.val, mt.elem);
          assignment(v, mt.elem, "map literal");
        }
      }
      default -> {
        for (Expr el : e.elems) {
          Expr ev = el instanceof Expr.KeyValue kv ? kv.val : el;
          if (ev instanceof Expr.CompositeLit cl && cl.litType == null) continue;
          Operand v = new Operand();
          rawExpr(v, ev, null, false);
        }
        if (!Types.isInvalid(u)) {
          error(e, "invalid composite literal type " + s(typ));
          fail(x, e);
          return;
        }
        // as types2: a literal of a type whose underlying type is invalid (an instance with the
        // wrong number of type arguments, reported before) is still a value of that type
        if (Types.isInvalid(typ)) {
          fail(x, e);
          return;
        }
      }
    }
    if (openArray && e.litType != null && !(typ instanceof Array a && a.len >= 0)) typ = base;
    x.mode = Operand.Mode.VALUE;
    x.type = typ;
  }

  private static Constant keyVal(Constant c) {
    if (c.kind == Constant.Kind.FLOAT) {
      Constant i = ConstOps.toInt(c);
      if (i != null) return i;
    }
    if (c.kind == Constant.Kind.COMPLEX) {
      Constant f = ConstOps.toFloat(c);
      if (f != null) return keyVal(f);
    }
    return c;
  }

  int fieldIndex(List<Var> fields, String name) {
    if (name.equals("_")) return -1;
    for (int i = 0; i < fields.size(); i++) if (Types.sameId(fields.get(i), pkg, name)) return i;
    return -1;
  }

  private long indexedElts(List<Expr> elts, Type typ, long length) {
    Set<Long> visited = new HashSet<>();
    long index = 0, max = 0;
    for (Expr e : elts) {
      boolean validIndex = false;
      Expr eval = e;
      if (e instanceof Expr.KeyValue kv) {
        long[] r = index(kv.key, length);
        if (r != null) {
          if (r[0] >= 0) {
            index = r[0];
            validIndex = true;
          } else {
            error(e, "index " + s(kv.key) + " must be integer constant");
          }
        }
        eval = kv.val;
      } else if (length >= 0 && index >= length) {
        error(e, "index " + index + " is out of bounds (>= " + length + ")");
      } else {
        validIndex = true;
      }
      if (validIndex) {
        if (!visited.add(index)) error(e, "duplicate index " + index + " in array or slice literal");
      }
      index++;
      if (index > max) max = index;
      Operand x = new Operand();
      exprWithHint(x, eval, typ);
      assignment(x, typ, "array or slice literal");
    }
    return max;
  }

  // ---------------------------------------------------------------- index and slice expressions

  /** Checks an index; returns {value or -1 if not constant}, or null on error. */
  long[] index(Expr index, long max) {
    Operand x = new Operand();
    expr(x, index);
    if (!isValidIndex(x, "index", false)) return null;
    if (x.mode != Operand.Mode.CONSTANT) return new long[] {-1};
    long v = x.val.num.longValue();
    if (max >= 0 && v >= max) {
      error(x, INVALID_ARG + "index " + x.val + " out of bounds [0:" + max + "]");
      return null;
    }
    return new long[] {v};
  }

  boolean isValidIndex(Operand x, String what, boolean allowNegative) {
    convertUntyped(x, Universe.INT);
    if (x.invalid()) return false;
    if (!Types.allInteger(x.type)) {
      error(x, INVALID_ARG + what + " " + s(x) + " must be integer");
      return false;
    }
    if (x.mode == Operand.Mode.CONSTANT) {
      if (!allowNegative && ConstOps.sign(x.val) < 0) {
        error(x, INVALID_ARG + what + " " + s(x) + " must not be negative");
        return false;
      }
      Constant r = Representable.rounded(x.val, Universe.INT);
      if (r == null) {
        error(x, INVALID_ARG + what + " " + s(x) + " overflows int");
        return false;
      }
      x.val = r;
    }
    return true;
  }

  private void indexExpr(Operand x, Expr.Index e) {
    rawExpr(x, e.x, null, true);
    exclude(x, true, false, false);
    singleValue(x);
    if (x.invalid()) {
      for (Expr i : e.indices) use(i);
      fail(x, e);
      return;
    }
    if (x.mode == Operand.Mode.TYPEXPR) {
      // an instantiated generic type, e.g. the type of a conversion or composite literal
      Type t = typ(e);
      if (Types.isInvalid(t)) {
        fail(x, e);
        return;
      }
      x.mode = Operand.Mode.TYPEXPR;
      x.type = t;
      x.expr = e;
      return;
    }
    if (x.type instanceof Signature sg && !sg.tparams.isEmpty()) {
      List<Type> targs = new ArrayList<>();
      for (Expr i : e.indices) {
        Type t = varType(i);
        if (Types.isInvalid(t)) {
          fail(x, e);
          return;
        }
        targs.add(t);
      }
      int want = sg.tparams.size();
      if (targs.size() > want) {
        error(e.indices.get(want), "got " + targs.size() + " type arguments but want " + want);
        fail(x, e);
        return;
      }
      if (targs.size() < want) {
        targs = infer(gcPos(e), sg, targs, List.of(), List.of(), false);
        if (targs == null) {
          fail(x, e);
          return;
        }
      }
      Signature isig = instantiator.substSig(sg, Instantiator.bind(sg.tparams, targs));
      Expr.Name id = nameOf(e.x);
      if (id != null) id.typeArgs = List.copyOf(targs);
      e.x.type = isig;
      if (verify(e.indices, sg.tparams, targs)) mono.recordInstance(pkg, gcPos(e.x), sg.tparams, targs, e.indices);
      x.mode = Operand.Mode.VALUE;
      x.type = isig;
      x.expr = e;
      return;
    }
    if (x.type instanceof TypeParam tp) {
      indexTypeParam(x, e, tp);
      return;
    }
    boolean valid = false;
    long length = -1;
    Type u = x.type instanceof TypeParam ? Types.coreType(x.type) : Types.under(x.type);
    if (u == null) u = Universe.INVALID;
    switch (u) {
      case Basic b when b.isString() -> {
        valid = true;
        if (x.mode == Operand.Mode.CONSTANT && !(x.type instanceof TypeParam)) length = x.val.stringBytes().length;
        x.mode = Operand.Mode.VALUE;
        x.type = Universe.BYTE;
      }
      case Array a -> {
        valid = true;
        length = a.len;
        if (x.mode != Operand.Mode.VARIABLE) x.mode = Operand.Mode.VALUE;
        x.type = a.elem;
      }
      case Pointer p when Types.under(p.elem) instanceof Array a -> {
        valid = true;
        length = a.len;
        x.mode = Operand.Mode.VARIABLE;
        x.type = a.elem;
      }
      case Slice sl -> {
        valid = true;
        x.mode = Operand.Mode.VARIABLE;
        x.type = sl.elem;
      }
      case MapType m -> {
        Expr idx = singleIndex(e);
        if (idx == null) {
          fail(x, e);
          return;
        }
        Operand key = new Operand();
        exprWithHint(key, idx, m.key);
        assignment(key, m.key, "map index");
        x.mode = Operand.Mode.MAPINDEX;
        x.type = m.elem;
        x.expr = e;
        return;
      }
      default -> {}
    }
    if (!valid) {
      error(gcPos(e), INVALID_OP + "cannot index " + s(x));
      for (Expr i : e.indices) use(i);
      fail(x, e);
      return;
    }
    Expr idx = singleIndex(e);
    if (idx == null) {
      fail(x, e);
      return;
    }
    if (x.type instanceof Basic && x.mode == Operand.Mode.VALUE && length >= 0) {
      // constant string: index must be in range
    }
    index(idx, length);
    x.expr = e;
  }

  /** Indexing a value of type parameter type: every type in the type set must be indexable alike. */
  private void indexTypeParam(Operand x, Expr.Index e, TypeParam tp) {
    List<Union.Term> ts = Types.terms(tp);
    Type key = null, elem = null;
    long length = -1;
    Operand.Mode mode = Operand.Mode.VARIABLE;
    boolean ok = ts != null && !ts.isEmpty();
    if (ok) {
      boolean first = true;
      for (Union.Term term : ts) {
        Type u = Types.under(term.type());
        long l = -1;
        Type k = null, el = null;
        switch (u) {
          case Basic b when b.isString() -> {
            el = Universe.BYTE;
            mode = Operand.Mode.VALUE;
          }
          case Array a -> {
            l = a.len;
            el = a.elem;
            if (x.mode != Operand.Mode.VARIABLE) mode = Operand.Mode.VALUE;
          }
          case Pointer p when Types.under(p.elem) instanceof Array a -> {
            l = a.len;
            el = a.elem;
          }
          case Slice sl -> el = sl.elem;
          case MapType m -> {
            k = m.key;
            el = m.elem;
          }
          default -> {}
        }
        if (el == null) {
          ok = false;
          break;
        }
        if (first) {
          length = l;
          key = k;
          elem = el;
          first = false;
          continue;
        }
        if ((key == null) != (k == null) || (key != null && !Types.identical(key, k)) || !Types.identical(elem, el)) {
          ok = false;
          break;
        }
        if (l >= 0 && l < length) length = l;
      }
    }
    if (!ok) {
      error(gcPos(e), INVALID_OP + "cannot index " + s(x));
      for (Expr i : e.indices) use(i);
      fail(x, e);
      return;
    }
    Expr idx = singleIndex(e);
    if (idx == null) {
      fail(x, e);
      return;
    }
    if (key != null) {
      Operand k = new Operand();
      exprWithHint(k, idx, key);
      assignment(k, key, "map index");
      x.mode = Operand.Mode.MAPINDEX;
      x.type = elem;
      x.expr = e;
      return;
    }
    index(idx, length);
    x.mode = mode;
    x.type = elem;
    x.expr = e;
  }

  private Expr singleIndex(Expr.Index e) {
    if (e.indices.isEmpty()) {
      error(e, "invalid AST: missing index for " + s(e.x));
      return null;
    }
    if (e.indices.size() > 1) {
      error(e.indices.get(1), INVALID_OP + "more than one index");
    }
    return e.indices.get(0);
  }

  void use(Expr e) {
    if (e == null) return;
    if (unparen(e) instanceof Expr.Name n && n.name.equals("_")) return;
    Operand x = new Operand();
    rawExpr(x, e, null, false);
  }

  private void sliceExpr(Operand x, Expr.Slice e) {
    expr(x, e.x);
    if (x.invalid()) {
      use(e.lo);
      use(e.hi);
      use(e.max);
      fail(x, e);
      return;
    }
    boolean valid = false;
    long length = -1;
    Type u = x.type instanceof TypeParam ? Types.coreType(x.type) : Types.under(x.type);
    if (u == null) u = Universe.INVALID;
    switch (u) {
      case Basic b when b.isString() -> {
        if (e.full) {
          Expr at = e.max != null ? e.max : e;
          error(at, INVALID_OP + "3-index slice of string");
          fail(x, e);
          return;
        }
        valid = true;
        if (x.mode == Operand.Mode.CONSTANT) length = x.val.stringBytes().length;
        if (Types.isUntyped(x.type)) x.type = Universe.STRING;
      }
      case Array a -> {
        valid = true;
        length = a.len;
        if (x.mode != Operand.Mode.VARIABLE) {
          error(x, INVALID_OP + s(x) + " (slice of unaddressable value)");
          fail(x, e);
          return;
        }
        x.type = new Slice(a.elem);
      }
      case Pointer p when Types.under(p.elem) instanceof Array a -> {
        valid = true;
        length = a.len;
        x.type = new Slice(a.elem);
      }
      case Slice sl -> valid = true;
      default -> {}
    }
    if (!valid) {
      error(x, INVALID_OP + "cannot slice " + s(x));
      fail(x, e);
      return;
    }
    x.mode = Operand.Mode.VALUE;
    if (e.full && (e.hi == null || e.max == null)) {
      error(e, "invalid AST: 2nd and 3rd index required in 3-index slice");
      fail(x, e);
      return;
    }
    Expr[] idx = {e.lo, e.hi, e.max};
    long[] ind = new long[3];
    int n = e.full ? 3 : 2;
    for (int i = 0; i < n; i++) {
      long v = -1;
      if (idx[i] != null) {
        long max = length >= 0 ? length + 1 : -1;
        long[] r = index(idx[i], max);
        if (r != null && r[0] >= 0) v = r[0];
      } else if (i == 0) {
        v = 0;
      } else if (length >= 0) {
        v = length;
      }
      ind[i] = v;
    }
    outer:
    for (int i = 0; i < n - 1; i++) {
      long a = ind[i];
      if (a > 0) {
        for (int j = i + 1; j < n; j++) {
          long b = ind[j];
          if (b >= 0 && b < a) {
            error(idx[j], "invalid slice indices: " + b + " < " + a);
            break outer;
          }
        }
      }
    }
    x.expr = e;
  }

  // ---------------------------------------------------------------- selectors

  @Override
  void selectorForType(Operand x, Expr.Selector e) {
    selector(x, e, true);
    record(x);
  }

  void selector(Operand x, Expr.Selector e, boolean wantType) {
    String sel = e.sel.name;
    if (e.x instanceof Expr.Name id) {
      Obj obj = env.scope.lookup(id.name);
      if (obj instanceof PkgName pn) {
        recordUse(id, pn);
        pn.used = true;
        Obj exp = pn.imported == null ? null : pn.imported.scope.lookupLocal(sel);
        if (exp == null) {
          // (an import that could not be found was reported at the import)
          if (!fakeImports.contains(pn.imported)) error(e.sel, "undefined: " + pn.imported.name + "." + sel);
          fail(x, e);
          return;
        }
        if (!exp.exported() && pn.imported != Unsafe.PKG) {
          // gc reads imports from export data, which holds no unexported objects: they are undefined
          error(e.sel, "undefined: " + pn.imported.name + "." + sel);
          fail(x, e);
          return;
        }
        recordUse(e.sel, exp);
        e.selection = new Selection(Selection.Kind.QUALIFIED, null, exp, List.of(), false, false, false);
        switch (exp) {
          case Const c -> {
            x.mode = Operand.Mode.CONSTANT;
            x.type = c.type;
            x.val = c.value;
          }
          case TypeName tn -> {
            x.mode = Operand.Mode.TYPEXPR;
            x.type = tn.type;
          }
          case Var v -> {
            x.mode = Operand.Mode.VARIABLE;
            x.type = v.type;
          }
          case Func f -> {
            x.mode = Operand.Mode.VALUE;
            x.type = f.type;
          }
          case Builtin b -> {
            x.mode = Operand.Mode.BUILTIN;
            x.type = Universe.INVALID;
            x.id = b.id;
          }
          default -> fail(x, e);
        }
        x.expr = e;
        return;
      }
    }
    exprOrType(x, e.x);
    switch (x.mode) {
      case BUILTIN -> {
        error(gcPos(e), "cannot select on " + s(x));
        fail(x, e);
        return;
      }
      case INVALID -> {
        fail(x, e);
        return;
      }
      default -> {}
    }
    Lookup.Result r = Lookup.lookupFieldOrMethod(x.type, x.mode == Operand.Mode.VARIABLE, pkg, sel);
    Obj obj = r.obj();
    if (obj == null) {
      // a type whose declaration is being checked (A.Fn in A's own methods): as types2, its fields
      // and methods are not known yet, so the selector is undefined
      boolean declaring = x.type instanceof Named n && n.underlying() == null && color.get(n.obj) != null
          && color.get(n.obj) == GREY;
      if (!declaring && Types.isInvalid(Types.under(x.type))) {
        fail(x, e);
        return;
      }
      if (r.ambiguous()) {
        error(e.sel, "ambiguous selector " + s(e.x) + "." + sel);
        fail(x, e);
        return;
      }
      if (r.ptrRecv()) {
        error(e.sel, "cannot call pointer method " + sel + " on " + s(x.type));
        fail(x, e);
        return;
      }
      String why;
      if (isInterfacePtr(x.type)) {
        why = "type " + s(x.type) + " is pointer to interface, not interface";
      } else {
        why = "type " + s(x.type) + " has no field or method " + sel;
        if (!sel.isEmpty()) {
          int c0 = sel.codePointAt(0);
          String change = Character.isUpperCase(c0)
              ? new String(Character.toChars(Character.toLowerCase(c0))) + sel.substring(Character.charCount(c0))
              : new String(Character.toChars(Character.toUpperCase(c0))) + sel.substring(Character.charCount(c0));
          if (Lookup.lookupFieldOrMethod(x.type, x.mode == Operand.Mode.VARIABLE, pkg, change).obj() != null) {
            why += ", but does have " + change;
          }
        }
      }
      error(e.sel, s(e.x) + "." + sel + " undefined (" + why + ")");
      fail(x, e);
      return;
    }
    if (obj instanceof Func m) objDecl(m, null);
    recordUse(e.sel, obj);
    if (x.mode == Operand.Mode.TYPEXPR) {
      if (!(obj instanceof Func m)) {
        error(e.sel, s(e.x) + "." + sel + " undefined (type " + s(x.type) + " has no method " + sel + ")");
        fail(x, e);
        return;
      }
      if (!(m.type instanceof Signature sig) || sig.recv == null) {
        error(e, "illegal cycle in method declaration");
        fail(x, e);
        return;
      }
      e.selection = new Selection(Selection.Kind.METHOD_EXPR, x.type, m, r.path(), r.indirect(),
          Lookup.hasPtrRecv(m) && !receiverIsPointer(x.type, r.path()), !Lookup.hasPtrRecv(m) && receiverIsPointer(x.type, r.path()));
      List<Var> params = new ArrayList<>();
      String name = "";
      if (!sig.params.vars.isEmpty() && !sig.params.vars.get(0).name.isEmpty()) {
        name = sig.recv.name.isEmpty() ? "_" : sig.recv.name;
      }
      params.add(new Var(sig.recv.pos, sig.recv.pkg, name, x.type, false));
      params.addAll(sig.params.vars);
      x.mode = Operand.Mode.VALUE;
      x.type = new Signature(null, sig.tparams, new Tuple(params), sig.results, sig.variadic);
      addDeclDep(m);
    } else {
      switch (obj) {
        case Var f -> {
          e.selection = new Selection(Selection.Kind.FIELD, x.type, f, r.path(), r.indirect(), false, false);
          x.mode = x.mode == Operand.Mode.VARIABLE || r.indirect() ? Operand.Mode.VARIABLE : Operand.Mode.VALUE;
          x.type = f.type;
        }
        case Func m -> {
          boolean recvPtr = receiverIsPointer(x.type, r.path());
          e.selection = new Selection(Selection.Kind.METHOD_VALUE, x.type, m, r.path(), r.indirect(),
              Lookup.hasPtrRecv(m) && !recvPtr,
              !Lookup.hasPtrRecv(m) && recvPtr && m.sig().recv != null && !(Types.under(m.sig().recv.type) instanceof Interface));
          x.mode = Operand.Mode.VALUE;
          Signature sig = m.sig();
          x.type = new Signature(null, sig.tparams, sig.params, sig.results, sig.variadic);
          addDeclDep(m);
        }
        default -> {
          fail(x, e);
          return;
        }
      }
    }
    x.expr = e;
  }

  /** Is the final receiver (x, or the last embedded field on path) a pointer? */
  private boolean receiverIsPointer(Type t, List<Integer> path) {
    Type cur = t;
    for (int i = 0; i < path.size() - 1; i++) {
      Type d = cur instanceof Pointer p ? p.elem : cur;
      if (!(Types.under(d) instanceof Struct st)) return false;
      cur = st.fields.get(path.get(i)).type;
    }
    return cur instanceof Pointer;
  }
}
