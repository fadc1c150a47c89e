package gava.types;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Instantiation (spec "Instantiations"): substitution of type arguments for type parameters, and
 * the instances of generic types (one Named per origin and identical type arguments, expanded
 * lazily so that recursive generic types work). One per checker.
 */
public final class Instantiator {
  private final CheckerCore check;
  /** Generic types instantiated by this instantiator (their instances are kept on the origin, so every stage shares them). */
  private final List<Named> origins = new ArrayList<>();
  /** The instantiator of the stages after checking (lowering): no checker to resolve declarations. */
  private static final Instantiator LATE = new Instantiator(null);

  Instantiator(CheckerCore check) {
    this.check = check;
  }

  static Map<TypeParam, Type> bind(List<TypeParam> tparams, List<Type> targs) {
    Map<TypeParam, Type> m = new IdentityHashMap<>();
    for (int i = 0; i < tparams.size() && i < targs.size(); i++) m.put(tparams.get(i), targs.get(i));
    return m;
  }

  /** The instance origin[targs] (the caller has checked the number of arguments). */
  Named instance(Named origin, List<Type> targs) {
    return instance(origin, targs, origin.obj.pos);
  }

  /** The instance origin[targs]; a new instance's type name is positioned at the instantiation pos. */
  Named instance(Named origin, List<Type> targs, gava.syntax.Pos pos) {
    List<Named> list = origin.instances;
    synchronized (list) {
      if (list.isEmpty() && check != null) origins.add(origin);
      return instance(list, origin, targs, pos);
    }
  }

  private Named instance(List<Named> list, Named origin, List<Type> targs, gava.syntax.Pos pos) {
    outer:
    for (Named n : list) {
      if (n.typeArgs.size() != targs.size()) continue;
      for (int i = 0; i < targs.size(); i++) if (!Types.identical(n.typeArgs.get(i), targs.get(i))) continue outer;
      return n;
    }
    TypeName tn = new TypeName(pos, origin.obj.pkg, origin.obj.name, null);
    Named inst = new Named(tn, null);
    tn.type = inst;
    inst.origin = origin;
    inst.typeArgs = List.copyOf(targs);
    list.add(inst);
    inst.expander = () -> {
      // as types2: an instance with the wrong number of type arguments (reported where it is
      // written) is a type of its own whose underlying type is invalid
      if (origin.tparams.size() != inst.typeArgs.size()) return Universe.INVALID;
      Type u = origin.underlying();
      if (u == null) return null;
      return subst(u, bind(origin.tparams, inst.typeArgs));
    };
    inst.methodExpander = m -> method(inst, m);
    return inst;
  }

  /** Expands the methods of every instance created so far (so later stages see complete method lists). */
  void expandAll() {
    for (int i = 0; i < origins.size(); i++) {
      for (Named n : new ArrayList<>(origins.get(i).instances)) {
        n.underlying();
        n.expandMethods();
      }
    }
  }

  /** The instance's copy of generic method m: its receiver type parameters replaced by the type arguments. */
  private Func method(Named inst, Func m) {
    if (m.type == null && check != null) check.objDecl(m, null);
    if (!(m.type instanceof Signature sig)) return m;
    Signature s = sig.rparams.isEmpty() ? sig : (Signature) subst(sig, bind(sig.rparams, inst.typeArgs));
    Func f = new Func(m.pos, m.pkg, m.name, s);
    f.decl = m.decl;
    f.origin = m.origin != null ? m.origin : m;
    return f;
  }

  /**
   * For stages after checking: t with the type parameters in m replaced (instances of generic types
   * are the checker's canonical ones, or new canonical ones; their methods expand on demand).
   */
  public static Type substitute(Type t, Map<TypeParam, Type> m) {
    return LATE.subst(t, m);
  }

  /**
   * As {@link #substitute(Type, Map)}, and every defined type without type arguments (a type
   * declared inside a generic function) is replaced by locals' answer for it.
   */
  public static Type substitute(Type t, Map<TypeParam, Type> m, java.util.function.UnaryOperator<Named> locals) {
    if (t == null) return null;
    Subst s = LATE.new Subst(m);
    s.locals = locals;
    return s.typ(t);
  }

  /** For stages after checking: the canonical instance origin[targs]. */
  public static Named instanceOf(Named origin, List<Type> targs) {
    return LATE.instance(origin, targs);
  }

  /** The binding of type parameters to type arguments. */
  public static Map<TypeParam, Type> binding(List<TypeParam> tparams, List<Type> targs) {
    return bind(tparams, targs);
  }

  /** t with the type parameters in m replaced; unchanged parts are shared. */
  Type subst(Type t, Map<TypeParam, Type> m) {
    if (m.isEmpty() || t == null) return t;
    return new Subst(m).typ(t);
  }

  Signature substSig(Signature s, Map<TypeParam, Type> m) {
    return (Signature) new Subst(m).signature(s, true, true);
  }

  private final class Subst {
    final Map<TypeParam, Type> m;
    final Map<Type, Type> done = new IdentityHashMap<>();
    java.util.function.UnaryOperator<Named> locals;

    Subst(Map<TypeParam, Type> m) {
      this.m = m;
    }

    Type typ(Type t) {
      if (t == null) return null;
      Type r = done.get(t);
      if (r != null) return r;
      r = switch (t) {
        case TypeParam tp -> m.getOrDefault(tp, tp);
        case Basic b -> b;
        case Pointer p -> {
          Type e = typ(p.elem);
          yield e == p.elem ? p : new Pointer(e);
        }
        case Slice s -> {
          Type e = typ(s.elem);
          yield e == s.elem ? s : new Slice(e);
        }
        case Array a -> {
          Type e = typ(a.elem);
          yield e == a.elem ? a : new Array(a.len, e);
        }
        case MapType mt -> {
          Type k = typ(mt.key), e = typ(mt.elem);
          yield k == mt.key && e == mt.elem ? mt : new MapType(k, e);
        }
        case Chan c -> {
          Type e = typ(c.elem);
          yield e == c.elem ? c : new Chan(c.dir, e);
        }
        case Struct st -> {
          List<Var> fs = vars(st.fields, true);
          yield fs == st.fields ? st : new Struct(fs, st.tags);
        }
        case Tuple tu -> {
          List<Var> vs = vars(tu.vars, false);
          yield vs == tu.vars ? tu : new Tuple(vs);
        }
        case Signature s -> signature(s, false, true);
        case Interface it -> {
          boolean changed = false;
          List<Func> ms = new ArrayList<>();
          for (Func f : it.methods) {
            Type ft = signature((Signature) f.type, false, false);
            if (ft != f.type) {
              changed = true;
              Func g = new Func(f.pos, f.pkg, f.name, (Signature) ft);
              ms.add(g);
            } else {
              ms.add(f);
            }
          }
          List<Type> es = new ArrayList<>();
          for (Type e : it.embeddeds) {
            Type x = typ(e);
            if (x != e) changed = true;
            es.add(x);
          }
          if (!changed) yield it;
          Interface n = new Interface(ms, es);
          n.comparable = it.comparable && it.embeddeds.isEmpty();
          n.implicit = it.implicit;
          if (check == null) Lookup.methods(n); // after checking: complete at once (code generation keys interfaces by their methods)
          yield n;
        }
        case Union u -> {
          boolean changed = false;
          List<Union.Term> ts = new ArrayList<>();
          for (Union.Term term : u.terms) {
            Type x = typ(term.type());
            if (x != term.type()) changed = true;
            ts.add(new Union.Term(term.tilde(), x));
          }
          yield changed ? new Union(ts) : u;
        }
        case Named n -> {
          if (n.typeArgs.isEmpty()) yield locals != null ? locals.apply(n) : n;
          // as types2: an instance with the wrong number of type arguments substitutes to invalid
          if (n.origin != null && n.typeArgs.size() != n.origin.tparams.size()) yield Universe.INVALID;
          // an instance of a generic type declared inside a generic function: of the instance's own copy
          Named origin = locals != null && n.origin != null ? locals.apply(n.origin) : n.origin;
          boolean changed = origin != n.origin;
          List<Type> args = new ArrayList<>();
          for (Type a : n.typeArgs) {
            Type x = typ(a);
            if (x != a) changed = true;
            args.add(x);
          }
          yield changed ? instance(origin, args) : n;
        }
      };
      done.put(t, r);
      return r;
    }

    private List<Var> vars(List<Var> vs, boolean fields) {
      List<Var> out = null;
      for (int i = 0; i < vs.size(); i++) {
        Var v = vs.get(i);
        Type x = typ(v.type);
        if (x != v.type && out == null) out = new ArrayList<>(vs.subList(0, i));
        if (out != null) {
          if (x == v.type) out.add(v);
          else {
            Var w = new Var(v.pos, v.pkg, v.name, x, fields);
            w.embedded = v.embedded;
            w.isParam = v.isParam;
            w.used = true;
            out.add(w);
          }
        }
      }
      return out == null ? vs : out;
    }

    /** dropTParams: the signature's own type parameters are being instantiated. */
    Type signature(Signature s, boolean dropTParams, boolean substRecv) {
      Type p = typ(s.params), r = typ(s.results);
      Var recv = s.recv;
      if (recv != null && substRecv) {
        Type rt = typ(recv.type);
        if (rt != recv.type) {
          recv = new Var(recv.pos, recv.pkg, recv.name, rt, false);
          recv.isParam = true;
        }
      }
      if (p == s.params && r == s.results && recv == s.recv && !dropTParams) return s;
      Signature n = new Signature(recv, dropTParams ? List.of() : s.tparams, (Tuple) p, (Tuple) r, s.variadic);
      return n;
    }
  }
}
