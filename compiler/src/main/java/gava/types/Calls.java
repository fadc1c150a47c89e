package gava.types;

import gava.syntax.Diagnostics;
import gava.syntax.Expr;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Calls and conversions (spec "Calls", "Passing arguments to ... parameters", "Conversions"). */
abstract class Calls extends Exprs {
  Calls(Package pkg, Diagnostics diags) {
    super(pkg, diags);
  }

  abstract boolean builtin(Operand x, Expr.Call call, Builtin.Id id);

  @Override
  void callExpr(Operand x, Expr.Call call) {
    List<Type> explicit = null;
    Expr.Index inst = unparen(call.fun) instanceof Expr.Index ix ? ix : null;
    if (inst != null) {
      // f[T1, T2](args): explicit (possibly partial) instantiation of a generic function
      Operand f = new Operand();
      rawExpr(f, inst.x, null, true);
      if (f.mode != Operand.Mode.INVALID && f.mode != Operand.Mode.TYPEXPR && f.type instanceof Signature fs && !fs.tparams.isEmpty()) {
        explicit = new ArrayList<>();
        boolean bad = false;
        for (Expr i : inst.indices) {
          Type t = varType(i);
          if (Types.isInvalid(t)) bad = true;
          explicit.add(t);
        }
        if (bad) {
          for (Expr a : call.args) use(a);
          x.mode = Operand.Mode.INVALID;
          x.expr = call;
          return;
        }
        if (explicit.size() > fs.tparams.size()) {
          error(inst.indices.get(fs.tparams.size()), "got " + explicit.size() + " type arguments but want " + fs.tparams.size());
          for (Expr a : call.args) use(a);
          x.mode = Operand.Mode.INVALID;
          x.expr = call;
          return;
        }
        x.copyFrom(f);
        x.expr = call.fun;
      } else {
        rawExpr(x, call.fun, null, true);
      }
    } else {
      rawExpr(x, call.fun, null, true);
    }
    exclude(x, true, false, false);
    singleValue(x);
    switch (x.mode) {
      case INVALID -> {
        for (Expr a : call.args) use(a);
        x.mode = Operand.Mode.INVALID;
        x.expr = call;
        return;
      }
      case TYPEXPR -> {
        call.callKind = Expr.CallKind.CONVERSION;
        if (TypeExprs.genericAlias(unparen(call.fun)) instanceof TypeName ga) {
          error(call.fun, "cannot use generic type " + genericAliasString(ga) + " without instantiation");
          for (Expr a : call.args) use(a);
          x.mode = Operand.Mode.INVALID;
          x.expr = call;
          return;
        }
        Type T = x.type;
        x.mode = Operand.Mode.INVALID;
        switch (call.args.size()) {
          case 0 -> error(call, "missing argument in conversion to " + s(T));
          case 1 -> {
            expr(x, call.args.get(0));
            if (!x.invalid()) {
              if (call.hasDots) {
                error(call.args.get(0), "invalid use of ... in type conversion to " + s(T));
                x.mode = Operand.Mode.INVALID;
                break;
              }
              if (Types.under(T) instanceof Interface it && !(T instanceof TypeParam)) {
                Lookup.methods(it);
                if (it.comparable || it.terms != null) {
                  error(call, "cannot use interface " + s(T) + " in conversion (contains specific type constraints or is comparable)");
                  x.mode = Operand.Mode.INVALID;
                  break;
                }
              }
              conversion(x, T);
            }
          }
          default -> {
            for (Expr a : call.args) use(a);
            error(call.args.get(call.args.size() - 1), "too many arguments in conversion to " + s(T));
          }
        }
        x.expr = call;
        return;
      }
      case BUILTIN -> {
        call.callKind = Expr.CallKind.BUILTIN;
        Builtin.Id id = x.id;
        if (!builtin(x, call, id)) x.mode = Operand.Mode.INVALID;
        x.expr = call;
        if (x.mode != Operand.Mode.INVALID && x.mode != Operand.Mode.CONSTANT) env.hasCallOrRecv = true;
        return;
      }
      default -> {}
    }
    call.callKind = Expr.CallKind.CALL;
    if (!(Types.coreType(x.type) instanceof Signature sig)) {
      error(x, INVALID_OP + "cannot call non-function " + s(x));
      for (Expr a : call.args) use(a);
      x.mode = Operand.Mode.INVALID;
      x.expr = call;
      return;
    }
    List<Operand> args = exprList(call.args, false);
    if (!sig.tparams.isEmpty()) {
      for (Operand a : args) {
        if (a.invalid()) {
          x.mode = Operand.Mode.INVALID;
          x.expr = call;
          return;
        }
      }
      List<Type> targs = infer(gcPos(call), sig, explicit == null ? List.of() : explicit, args, call.args, call.hasDots);
      if (targs == null) {
        x.mode = Operand.Mode.INVALID;
        x.expr = call;
        return;
      }
      Signature isig = instantiator.substSig(sig, Instantiator.bind(sig.tparams, targs));
      Expr.Name id = nameOf(inst != null ? inst.x : call.fun);
      if (id != null) id.typeArgs = List.copyOf(targs);
      call.fun.type = isig;
      if (inst != null) inst.x.type = isig;
      boolean ok;
      if (inst != null && explicit != null && explicit.size() == targs.size()) ok = verify(inst.indices, sig.tparams, targs);
      else ok = verify(null, gcPos(call), sig.tparams, targs);
      if (ok) mono.recordInstance(pkg, gcPos(call), sig.tparams, targs, inst != null ? inst.indices : List.of());
      sig = isig;
    }
    arguments(call, sig, args);
    switch (sig.results.size()) {
      case 0 -> {
        x.mode = Operand.Mode.NOVALUE;
        x.type = Tuple.EMPTY;
      }
      case 1 -> {
        x.mode = Operand.Mode.VALUE;
        x.type = sig.results.at(0);
      }
      default -> {
        x.mode = Operand.Mode.VALUE;
        x.type = sig.results;
      }
    }
    x.expr = call;
    env.hasCallOrRecv = true;
  }

  /**
   * Infers the type arguments of a generic function call from the explicit ones and the
   * arguments (function argument type inference, then constraint type inference, then default
   * types of untyped constant arguments). Reports an error and returns null on failure.
   */
  List<Type> infer(gava.syntax.Pos pos, Signature sig, List<Type> explicit, List<Operand> args, List<Expr> argExprs, boolean hasDots) {
    if (explicit.size() == sig.tparams.size()) return explicit;
    // infer with fresh copies of the type parameters (the callee may be the generic function
    // whose body is being checked, with the same type parameters in the arguments' types)
    List<TypeParam> tps = new ArrayList<>();
    Map<TypeParam, Type> rename = new java.util.IdentityHashMap<>();
    for (TypeParam tp : sig.tparams) {
      TypeParam f = new TypeParam(tp.obj, tp.index, null);
      tps.add(f);
      rename.put(tp, f);
    }
    for (int i = 0; i < tps.size(); i++) tps.get(i).constraint = instantiator.subst(sig.tparams.get(i).constraint, rename);
    sig = instantiator.substSig(sig, Map.of());
    Signature renamed = (Signature) instantiator.subst(new Signature(null, List.of(), sig.params, sig.results, sig.variadic), rename);
    sig = new Signature(null, tps, renamed.params, renamed.results, renamed.variadic);
    Unifier u = new Unifier(tps);
    for (int i = 0; i < explicit.size(); i++) u.set(tps.get(i), explicit.get(i));
    // parameter list adjusted for variadic calls
    List<Type> params = new ArrayList<>();
    for (Var v : sig.params.vars) params.add(v.type);
    if (sig.variadic && !hasDots && !params.isEmpty()) {
      Type last = params.remove(params.size() - 1);
      Type elem = ((Slice) last).elem;
      while (params.size() < args.size()) params.add(elem);
    }
    int n = Math.min(params.size(), args.size());
    List<Integer> untypedArgs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Operand a = args.get(i);
      Type p = params.get(i);
      if (!mentions(p, tps)) continue;
      if (Types.isUntyped(a.type)) {
        if (p instanceof TypeParam) untypedArgs.add(i);
        continue;
      }
      if (!u.unify(p, a.type)) {
        boolean allBound = true;
        for (TypeParam tp : tps) if (mentions(p, List.of(tp)) && u.at(tp) == null) allBound = false;
        if (allBound) continue; // the assignment of the argument reports a mismatch
        Type want = instantiator.subst(p, resolved(u, tps));
        error(a, "type " + s(a.type) + " of " + s(a.expr) + " does not match " + (want == p ? s(p) : "inferred type " + s(want) + " for " + s(p)));
        return null;
      }
    }
    coreInference(u, tps);
    // untyped constants: the default type (the "largest" kind for several arguments)
    for (TypeParam tp : tps) {
      if (u.at(tp) != null) continue;
      Basic best = null;
      for (int i : untypedArgs) {
        if (params.get(i) != tp) continue;
        Type d = args.get(i).type;
        if (!(d instanceof Basic b) || b == Universe.UNTYPED_NIL) continue;
        if (best == null || (b.isNumeric() && best.isNumeric() && b.kind.ordinal() > best.kind.ordinal())) best = b;
      }
      if (best != null) u.set(tp, Types.defaultType(best));
    }
    coreInference(u, tps);
    Map<TypeParam, Type> m = resolved(u, tps);
    List<Type> out = new ArrayList<>();
    for (TypeParam tp : tps) {
      Type t = m.get(tp);
      if (t == null || mentions(t, tps)) {
        error(pos, "cannot infer " + tp.obj.name + " (" + tp.obj.pos + ")");
        return null;
      }
      out.add(t);
    }
    return out;
  }

  private void coreInference(Unifier u, List<TypeParam> tps) {
    for (int round = 0; round < tps.size() + 1; round++) {
      boolean changed = false;
      for (TypeParam tp : tps) {
        List<Union.Term> ts = Types.terms(tp);
        if (ts == null || ts.size() != 1) continue;
        Union.Term core = ts.get(0);
        Type b = u.at(tp);
        if (b != null) {
          int before = u.bound.size();
          u.unify(core.type(), core.tilde() ? Types.under(b) : b);
          if (u.bound.size() != before) changed = true;
        } else if (!core.tilde()) {
          u.set(tp, core.type());
          changed = true;
        }
      }
      if (!changed) break;
    }
  }

  /** The bindings with type parameters in bound types replaced (until a fixed point). */
  private Map<TypeParam, Type> resolved(Unifier u, List<TypeParam> tps) {
    Map<TypeParam, Type> m = new java.util.IdentityHashMap<>();
    for (TypeParam tp : tps) if (u.at(tp) != null) m.put(tp, u.at(tp));
    for (int k = 0; k < tps.size(); k++) {
      boolean changed = false;
      for (TypeParam tp : tps) {
        Type t = m.get(tp);
        if (t == null) continue;
        Type r = instantiator.subst(t, m);
        if (r != t) {
          m.put(tp, r);
          changed = true;
        }
      }
      if (!changed) break;
    }
    return m;
  }

  /** Does t mention any of the type parameters? */
  static boolean mentions(Type t, List<TypeParam> tps) {
    return mentions(t, tps, new java.util.IdentityHashMap<>());
  }

  private static boolean mentions(Type t, List<TypeParam> tps, Map<Type, Boolean> seen) {
    if (t == null || seen.containsKey(t)) return false;
    seen.put(t, true);
    return switch (t) {
      case TypeParam tp -> tps.contains(tp);
      case Basic b -> false;
      case Pointer p -> mentions(p.elem, tps, seen);
      case Slice s -> mentions(s.elem, tps, seen);
      case Array a -> mentions(a.elem, tps, seen);
      case MapType m -> mentions(m.key, tps, seen) || mentions(m.elem, tps, seen);
      case Chan c -> mentions(c.elem, tps, seen);
      case Struct st -> st.fields.stream().anyMatch(f -> mentions(f.type, tps, seen));
      case Tuple tu -> tu.vars.stream().anyMatch(v -> mentions(v.type, tps, seen));
      case Signature sg -> mentions(sg.params, tps, seen) || mentions(sg.results, tps, seen);
      case Interface it -> it.methods.stream().anyMatch(f -> mentions(f.type, tps, seen)) || it.embeddeds.stream().anyMatch(e -> mentions(e, tps, seen));
      case Union un -> un.terms.stream().anyMatch(term -> mentions(term.type(), tps, seen));
      case Named n -> n.typeArgs.stream().anyMatch(a -> mentions(a, tps, seen));
    };
  }

  /** Evaluates an expression list; a single multi-valued call is spread; comma-ok adds a bool operand. */
  List<Operand> exprList(List<Expr> elist, boolean allowCommaOk) {
    List<Operand> out = new ArrayList<>();
    if (elist.size() == 1) {
      Expr e = elist.get(0);
      Operand x = new Operand();
      rawExpr(x, e, null, false);
      exclude(x, true, true, true);
      if (x.type instanceof Tuple t && x.mode != Operand.Mode.INVALID) {
        for (Var v : t.vars) out.add(new Operand(Operand.Mode.VALUE, e, v.type, null));
        return out;
      }
      out.add(x);
      if (allowCommaOk && (x.mode == Operand.Mode.MAPINDEX || x.mode == Operand.Mode.COMMAOK)) {
        Operand x2 = new Operand(Operand.Mode.VALUE, e, Universe.UNTYPED_BOOL, null);
        out.add(x2);
      }
      return out;
    }
    for (Expr e : elist) {
      Operand x = new Operand();
      expr(x, e);
      out.add(x);
    }
    return out;
  }

  void arguments(Expr.Call call, Signature sig, List<Operand> args) {
    for (Operand a : args) if (a.invalid()) {
      return;
    }
    int nargs = args.size();
    int npars = sig.params.size();
    boolean ddd = call.hasDots;
    List<Var> sigParams = sig.params.vars;
    if (sig.variadic) {
      if (ddd) {
        if (call.args.size() == 1 && nargs > 1) {
          error(call, "cannot use ... with " + nargs + "-valued " + s(call.args.get(0)));
          return;
        }
      } else {
        if (nargs >= npars - 1) {
          List<Var> vars = new ArrayList<>(sig.params.vars.subList(0, npars - 1));
          Var last = sig.params.vars.get(npars - 1);
          Type typ = ((Slice) last.type).elem;
          while (vars.size() < nargs) vars.add(new Var(last.pos, last.pkg, last.name, typ, false));
          sigParams = vars;
          npars = nargs;
        } else {
          npars--;
        }
      }
    } else if (ddd) {
      error(call, "cannot use ... in call to non-variadic " + s(call.fun));
      return;
    }
    if (nargs != npars) {
      Expr at = call;
      String q = "not enough";
      if (nargs > npars) {
        at = args.get(npars).expr;
        q = "too many";
      } else if (nargs > 0) {
        at = args.get(nargs - 1).expr;
      }
      List<Type> have = new ArrayList<>();
      for (Operand a : args) have.add(a.type);
      List<Type> want = new ArrayList<>();
      for (Var v : sig.params.vars) want.add(v.type);
      error(at, q + " arguments in call to " + s(call.fun) + "\n\thave " + typesSummary(have, false) + "\n\twant " + typesSummary(want, sig.variadic));
      return;
    }
    String context = "argument to " + s(call.fun);
    for (int i = 0; i < args.size(); i++) {
      assignment(args.get(i), sigParams.get(i).type, context);
    }
  }

  String typesSummary(List<Type> list, boolean variadic) {
    StringBuilder b = new StringBuilder("(");
    for (int i = 0; i < list.size(); i++) {
      if (i > 0) b.append(", ");
      Type t = list.get(i);
      String str;
      if (t == null || Types.isInvalid(t)) str = "<T>";
      else if (Types.isUntyped(t)) str = Types.isNumeric(t) ? "number" : ((Basic) t).name.replace("untyped ", "");
      else if (variadic && i == list.size() - 1 && t instanceof Slice sl) str = "..." + s(sl.elem);
      else str = s(t);
      b.append(str);
    }
    return b.append(')').toString();
  }

  // ---------------------------------------------------------------- conversions

  @Override
  void conversion(Operand x, Type T) {
    boolean constArg = x.mode == Operand.Mode.CONSTANT;
    boolean ok = false;
    StringBuilder cause = new StringBuilder();
    if (constArg && T instanceof TypeParam tp) {
      java.util.List<Union.Term> ts = Types.terms(tp);
      ok = ts != null && !ts.isEmpty();
      if (ok) {
        for (Union.Term term : ts) {
          Type u = Types.under(term.type());
          boolean fits = u instanceof Basic b && (Representable.rounded(x.val, b) != null || (Types.isInteger(x.type) && b.isString()));
          if (!fits && !(Types.isString(x.type) && isBytesOrRunes(u))) {
            ok = false;
            cause.append("cannot convert ").append(s(x)).append(" to ").append(s(term.type())).append(" (in ").append(s(T)).append(")");
            break;
          }
        }
      } else {
        cause.append(s(T)).append(" does not contain specific types");
      }
      if (ok) x.mode = Operand.Mode.VALUE;
    } else if (constArg && Types.isConstType(T)) {
      Basic t = (Basic) Types.under(T);
      Constant r = Representable.rounded(x.val, t);
      if (r != null) {
        ok = true;
        x.val = r;
      } else if (Types.isInteger(x.type) && t.isString()) {
        Constant iv = ConstOps.toInt(x.val);
        int cp = 0xFFFD;
        if (iv != null && iv.num.signum() >= 0 && iv.num.bitLength() <= 63 && iv.num.longValue() <= 0x10FFFF) {
          long l = iv.num.longValue();
          if (!(l >= 0xD800 && l <= 0xDFFF)) cp = (int) l;
        }
        x.val = Constant.ofString(new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        ok = true;
      }
    } else if (convertibleTo(x, T, cause)) {
      ok = true;
      x.mode = Operand.Mode.VALUE;
    }
    if (!ok) {
      if (cause.length() > 0) error(x, "cannot convert " + s(x) + " to type " + s(T) + ":\n\t" + cause);
      else error(x, "cannot convert " + s(x) + " to type " + s(T));
      x.mode = Operand.Mode.INVALID;
      return;
    }
    if (Types.isUntyped(x.type)) {
      Type fin = T;
      if (x.type == Universe.UNTYPED_NIL) {
        // ok
      } else if (isNonTypeParamInterface(T) || (constArg && !Types.isConstType(T))) {
        fin = Types.defaultType(x.type);
      } else if (x.mode == Operand.Mode.CONSTANT && Types.isInteger(x.type) && Types.isString(T)) {
        fin = x.type; // stays untyped (gets its default type at the end without a range check)
      }
      updateExprType(x.expr, fin, true);
    }
    x.type = T;
  }

  boolean convertibleTo(Operand x, Type T, StringBuilder cause) {
    if (assignableTo(x, T, cause)) return true;
    Type V = x.type;
    Type Vu = Types.under(V), Tu = Types.under(T);
    boolean Vp = V instanceof TypeParam, Tp = T instanceof TypeParam;
    if (Types.identicalIgnoreTags(Vu, Tu) && !Vp && !Tp) return true;
    if (V instanceof Pointer vp && T instanceof Pointer tp) {
      if (Types.identicalIgnoreTags(Types.under(vp.elem), Types.under(tp.elem)) && !(vp.elem instanceof TypeParam) && !(tp.elem instanceof TypeParam)) return true;
    }
    if (Types.isIntegerOrFloat(Vu) && Types.isIntegerOrFloat(Tu)) return true;
    if (Types.isComplex(Vu) && Types.isComplex(Tu)) return true;
    if ((Types.isInteger(Vu) || isBytesOrRunes(Vu)) && Types.isString(Tu)) return true;
    if (Types.isString(Vu) && isBytesOrRunes(Tu)) return true;
    boolean vUnsafe = Vu instanceof Basic b && b.kind == Basic.Kind.UNSAFE_POINTER;
    boolean tUnsafe = Tu instanceof Basic b2 && b2.kind == Basic.Kind.UNSAFE_POINTER;
    if ((Vu instanceof Pointer || isUintptr(Vu)) && tUnsafe) return true;
    if (vUnsafe && (Tu instanceof Pointer || isUintptr(Tu))) return true;
    // slice to array pointer (Go 1.17) and to array (Go 1.20), identical element types
    if (Vu instanceof Slice sl && Tu instanceof Pointer p && Types.under(p.elem) instanceof Array a && Types.identical(sl.elem, a.elem)) return true;
    if (Vu instanceof Slice sl && Tu instanceof Array a && Types.identical(sl.elem, a.elem)) return true;
    if (!Vp && !Tp) return false;
    // type parameters: convertible for every combination of types in the type sets
    List<Type> vs = termTypes(V), ts = termTypes(T);
    if (vs == null || ts == null) return false;
    for (Type v : vs) {
      for (Type t : ts) {
        Operand y = new Operand(Operand.Mode.VALUE, x.expr, v, null);
        if (!convertibleTo(y, t, new StringBuilder())) {
          cause.setLength(0);
          cause.append("cannot convert ").append(s(v)).append(Vp ? " (in " + s(V) + ")" : "").append(" to ").append(s(t)).append(Tp ? " (in " + s(T) + ")" : "");
          return false;
        }
      }
    }
    return true;
  }

  /** The types of a type parameter's type set ({t} for other types); null if unrestricted. */
  private static List<Type> termTypes(Type t) {
    if (!(t instanceof TypeParam tp)) return List.of(t);
    List<Union.Term> ts = Types.terms(tp);
    if (ts == null || ts.isEmpty()) return null;
    List<Type> out = new ArrayList<>();
    for (Union.Term term : ts) out.add(term.type());
    return out;
  }

  private static boolean isUintptr(Type t) {
    return t instanceof Basic b && b.kind == Basic.Kind.UINTPTR;
  }

  static boolean isBytesOrRunes(Type t) {
    if (Types.under(t) instanceof Slice s && Types.under(s.elem) instanceof Basic b) {
      return b.kind == Basic.Kind.UINT8 || b.kind == Basic.Kind.INT32;
    }
    return false;
  }
}
