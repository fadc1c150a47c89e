package gava.types;

import gava.syntax.Diagnostics;
import gava.syntax.Expr;
import gava.syntax.Token;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Type expressions (spec "Types"): names, literals of every type kind, signatures, array lengths. */
abstract class TypeExprs extends CheckerCore {
  TypeExprs(Package pkg, Diagnostics diags) {
    super(pkg, diags);
  }

  /** ident: the object a name denotes, as an operand (types2 Checker.ident). */
  void ident(Operand x, Expr.Name e, Named def, boolean wantType) {
    x.mode = Operand.Mode.INVALID;
    x.expr = e;
    x.type = Universe.INVALID;
    Obj obj = env.scope.lookup(e.name);
    if (obj == null) {
      if (e.name.equals("_")) error(e, "cannot use _ as value or type");
      else error(e, "undefined: " + e.name);
      return;
    }
    recordUse(e, obj);
    markDotImport(e.name, obj);
    Type t = obj.type;
    if (t == null || (obj instanceof TypeName && wantType)) {
      objDecl(obj, def);
      t = obj.type;
    }
    if (t == null) t = Universe.INVALID;
    switch (obj) {
      case PkgName p -> {
        error(e, "use of package " + p.name + " not in selector");
        return;
      }
      case Const c -> {
        addDeclDep(c);
        if (Types.isInvalid(t)) return;
        if (c == Universe.IOTA) {
          if (env.iota == null) {
            error(e, "cannot use iota outside constant declaration");
            return;
          }
          x.val = env.iota;
        } else {
          x.val = c.value;
        }
        if (x.val == null) return;
        x.mode = Operand.Mode.CONSTANT;
      }
      case TypeName tn -> x.mode = Operand.Mode.TYPEXPR;
      case Var v -> {
        if (v.pkg == pkg) v.used = true;
        addDeclDep(v);
        if (Types.isInvalid(t)) return;
        x.mode = Operand.Mode.VARIABLE;
      }
      case Func f -> {
        addDeclDep(f);
        if (Types.isInvalid(t)) return;
        x.mode = Operand.Mode.VALUE;
      }
      case Builtin b -> {
        x.mode = Operand.Mode.BUILTIN;
        x.id = b.id;
        t = Universe.INVALID;
      }
      case Nil n -> x.mode = Operand.Mode.NILVALUE;
      case Label l -> {
        error(e, "undefined: " + e.name);
        return;
      }
    }
    x.type = t;
  }

  @Override
  Type typ(Expr e) {
    return definedType(e, null);
  }

  /** A type for a variable/field/parameter: constraint interfaces are not permitted. */
  @Override
  Type varType(Expr e) {
    Type t = definedType(e, null);
    checkVarType(e, t);
    return t;
  }

  void checkVarType(Expr e, Type t) {
    if (t instanceof TypeParam) return;
    if (Types.under(t) instanceof Interface it) {
      later(() -> {
        Lookup.methods(it);
        if (it.comparable) error(e, "cannot use type " + s(t) + " outside a type constraint: interface is (or embeds) comparable");
        else if (it.terms != null) error(e, "cannot use type " + s(t) + " outside a type constraint: interface contains type constraints");
      });
    }
  }

  @Override
  Type definedType(Expr e, Named def) {
    Type t = typInternal(e, def);
    if (t == null) t = Universe.INVALID;
    if (t instanceof Named n && !n.tparams.isEmpty() && n.typeArgs.isEmpty() && !(unparen(e) instanceof Expr.Index)) {
      error(e, "cannot use generic type " + s(t) + " without instantiation");
      t = Universe.INVALID;
    } else if (genericAlias(unparen(e)) instanceof TypeName tn) {
      error(e, "cannot use generic type " + genericAliasString(tn) + " without instantiation");
      t = Universe.INVALID;
    }
    e.type = t;
    e.value = null;
    return t;
  }

  private Type typInternal(Expr e0, Named def) {
    switch (e0) {
      case Expr.Bad b -> {
        return Universe.INVALID;
      }
      case Expr.Name e -> {
        Operand x = new Operand();
        ident(x, e, def, true);
        switch (x.mode) {
          case TYPEXPR -> {
            return x.type;
          }
          case INVALID -> {
            return Universe.INVALID;
          }
          case NOVALUE -> error(x, s(x) + " used as type");
          default -> error(x, s(x) + " is not a type");
        }
        return Universe.INVALID;
      }
      case Expr.Selector e -> {
        Operand x = new Operand();
        selectorForType(x, e);
        switch (x.mode) {
          case TYPEXPR -> {
            return x.type;
          }
          case INVALID -> {
            return Universe.INVALID;
          }
          case NOVALUE -> error(x, s(x) + " used as type");
          default -> error(x, s(x) + " is not a type");
        }
        return Universe.INVALID;
      }
      case Expr.Index e -> {
        return instantiatedType(e);
      }
      case Expr.Paren e -> {
        return definedType(e.x, def);
      }
      case Expr.ArrayType e -> {
        if (e.len == null) {
          error(e, "invalid use of [...] array (outside a composite literal)");
          varType(e.elem);
          return Universe.INVALID;
        }
        long n = arrayLength(e.len);
        Type elem = varType(e.elem);
        if (n < 0) return Universe.INVALID;
        return new Array(n, elem);
      }
      case Expr.SliceType e -> {
        return new Slice(varType(e.elem));
      }
      case Expr.DotsType e -> {
        error(e, "invalid use of '...'");
        return Universe.INVALID;
      }
      case Expr.StructType e -> {
        return structType(e);
      }
      case Expr.Operation e when e.op == Token.MUL && e.y == null -> {
        Type base = typ(e.x);
        return new Pointer(base);
      }
      case Expr.FuncType e -> {
        Scope sc = new Scope(env.scope, "function type");
        return funcType(null, List.of(), e, sc);
      }
      case Expr.InterfaceType e -> {
        return interfaceType(e, def);
      }
      case Expr.MapType e -> {
        Type k = varType(e.key);
        Type v = varType(e.elem);
        MapType m = new MapType(k, v);
        later(() -> {
          if (!Types.isInvalid(k) && !Types.comparable(k)) {
            String why = k instanceof TypeParam ? " (missing comparable constraint)" : "";
            error(e.key, "invalid map key type " + s(k) + why);
          }
        });
        return m;
      }
      case Expr.ChanType e -> {
        return new Chan(e.dir, varType(e.elem));
      }
      default -> {
        Operand x = new Operand();
        expr(x, e0);
        if (x.mode != Operand.Mode.INVALID) error(e0, s(e0) + " is not a type");
        return Universe.INVALID;
      }
    }
  }

  abstract void selectorForType(Operand x, Expr.Selector e);

  // ---------------------------------------------------------------- generics

  /** The name node a (possibly qualified) generic name expression ends in, or null. */
  static Expr.Name nameOf(Expr e) {
    e = unparen(e);
    if (e instanceof Expr.Name n) return n;
    if (e instanceof Expr.Selector s) return s.sel;
    return null;
  }

  private Type instantiatedType(Expr.Index e) {
    Type g = typInternal(e.x, null);
    if (g == null) g = Universe.INVALID;
    e.x.type = g;
    if (Types.isInvalid(g)) {
      for (Expr i : e.indices) typ(i);
      return Universe.INVALID;
    }
    if (genericAlias(unparen(e.x)) instanceof TypeName alias) return instantiatedAlias(e, alias);
    if (!(g instanceof Named n) || n.tparams.isEmpty() || !n.typeArgs.isEmpty()) {
      error(e.x, s(g) + " is not a generic type");
      return Universe.INVALID;
    }
    List<Type> targs = new ArrayList<>();
    boolean bad = false;
    for (Expr i : e.indices) {
      Type t = varType(i);
      if (Types.isInvalid(t)) bad = true;
      targs.add(t);
    }
    if (bad) return Universe.INVALID;
    if (targs.size() != n.tparams.size()) {
      error(gcPos(e.x), "got " + targs.size() + " arguments but " + n.tparams.size() + " type parameters");
      // as types2, the instance is still a type (of invalid underlying type): `cannot use` errors follow
      return instantiator.instance(n, targs, startPos(e));
    }
    Named inst = instantiator.instance(n, targs, startPos(e));
    Expr.Name id = nameOf(e.x);
    if (id != null) id.typeArgs = List.copyOf(targs);
    Expr.Index ix = e;
    later(() -> {
      if (verify(ix.indices, n.tparams, targs)) mono.recordInstance(pkg, gcPos(ix.x), n.tparams, targs, ix.indices);
    });
    return inst;
  }

  /** The generic alias a (possibly qualified) name denotes, else null. */
  static TypeName genericAlias(Expr e) {
    Expr.Name id = e instanceof Expr.Name || e instanceof Expr.Selector ? nameOf(e) : null;
    return id != null && id.obj instanceof TypeName tn && tn.isGenericAlias() ? tn : null;
  }

  /** A generic alias as gc names it in errors: {@code A[K comparable, V any]}. */
  String genericAliasString(TypeName tn) {
    StringBuilder b = new StringBuilder(tn.name).append('[');
    for (int i = 0; i < tn.tparams.size(); i++) {
      TypeParam tp = tn.tparams.get(i);
      if (i > 0) b.append(", ");
      b.append(tp.obj.name).append(' ').append(s(tp.constraint));
    }
    return b.append(']').toString();
  }

  /** A[args] for a generic alias A: its right-hand side with the type arguments substituted. */
  private Type instantiatedAlias(Expr.Index e, TypeName alias) {
    List<Type> targs = new ArrayList<>();
    boolean bad = false;
    for (Expr i : e.indices) {
      Type t = varType(i);
      if (Types.isInvalid(t)) bad = true;
      targs.add(t);
    }
    if (bad || Types.isInvalid(alias.type)) return Universe.INVALID;
    int want = alias.tparams.size(), got = targs.size();
    if (got != want) {
      error(gcPos(e.x), (got < want ? "not enough" : "too many") + " type arguments for type " + alias.name + ": have " + got
          + ", want " + want);
      return Universe.INVALID;
    }
    Expr.Name id = nameOf(e.x);
    if (id != null) id.typeArgs = List.copyOf(targs);
    later(() -> verify(e.indices, alias.tparams, targs));
    return instantiator.subst(alias.type, Instantiator.bind(alias.tparams, targs));
  }

  /** Checks that the type arguments satisfy their constraints. */
  boolean verify(List<Expr> at, List<TypeParam> tparams, List<Type> targs) {
    return verify(at, null, tparams, targs);
  }

  /** Errors are reported at the i-th expression of at, or at pos if at is null. */
  boolean verify(List<Expr> at, gava.syntax.Pos pos0, List<TypeParam> tparams, List<Type> targs) {
    Map<TypeParam, Type> m = Instantiator.bind(tparams, targs);
    for (int i = 0; i < tparams.size(); i++) {
      Type bound = instantiator.subst(tparams.get(i).constraint, m);
      if (bound == null) continue;
      String err = implementsErr(targs.get(i), bound);
      if (err != null) {
        gava.syntax.Pos pos = pos0 != null ? pos0
            : at != null && i < at.size() ? startPos(at.get(i)) : (at != null && !at.isEmpty() ? startPos(at.get(0)) : gava.syntax.Pos.NONE);
        error(pos, err);
        return false;
      }
    }
    return true;
  }

  abstract String implementsErr(Type V, Type T);

  /**
   * Declares type parameters in scope (their names first, so constraints may refer to them); owner,
   * if non-null, gets its tparams set before the constraints are evaluated.
   */
  List<TypeParam> declareTypeParams(List<Expr.Field> list, Scope scope, Named owner) {
    List<TypeParam> tps = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      Expr.Field f = list.get(i);
      Expr.Name name = f.name;
      TypeName tn = new TypeName(name != null ? name.pos : f.pos, pkg, name != null ? name.name : "_", null);
      TypeParam tp = new TypeParam(tn, i, null);
      tn.type = tp;
      if (name != null) declare(scope, name, tn);
      tps.add(tp);
    }
    if (owner != null) owner.tparams = tps;
    Scope saved = env.scope;
    boolean savedIn = env.inTParamList;
    env.scope = scope;
    env.inTParamList = true;
    try {
      Type bound = null;
      Expr prev = null;
      for (int i = 0; i < list.size(); i++) {
        Expr.Field f = list.get(i);
        if (i == 0 || f.fieldType != prev) {
          bound = bound(f.fieldType);
          if (bound instanceof TypeParam) {
            error(f.fieldType, "cannot use a type parameter as constraint");
            bound = Universe.INVALID;
          }
          prev = f.fieldType;
        }
        tps.get(i).constraint = bound;
      }
    } finally {
      env.scope = saved;
      env.inTParamList = savedIn;
    }
    return tps;
  }

  /** A constraint: an interface, or a type set literal / non-interface type as an implicit interface. */
  private Type bound(Expr x) {
    if (x instanceof Expr.Operation op && ((op.op == Token.OR && op.y != null) || (op.op == Token.TILDE && op.y == null))) {
      Interface it = new Interface(new ArrayList<>(), new ArrayList<>(List.of(embeddedElem(x))));
      it.implicit = true;
      x.type = it;
      return it;
    }
    Type t = typ(x);
    if (t instanceof TypeParam || Types.isInvalid(t)) return t;
    if (!(Types.under(t) instanceof Interface)) {
      Interface it = new Interface(new ArrayList<>(), new ArrayList<>(List.of(t)));
      it.implicit = true;
      return it;
    }
    return t;
  }

  /** arrayLength: the constant length >= 0, or -1 after an error. */
  long arrayLength(Expr e) {
    if (e instanceof Expr.Name name) {
      Obj obj = env.scope.lookup(name.name);
      if (obj == null) {
        error(name, "undeclared name " + name.name + " for array length");
        return -1;
      }
      if (!(obj instanceof Const)) {
        error(name, "invalid array length " + name.name);
        return -1;
      }
    }
    Operand x = new Operand();
    expr(x, e);
    if (x.mode != Operand.Mode.CONSTANT) {
      if (x.mode != Operand.Mode.INVALID) error(x, "array length " + s(x) + " must be constant");
      return -1;
    }
    if (Types.isUntyped(x.type) || Types.isInteger(x.type)) {
      Constant v = ConstOps.toInt(x.val);
      if (v != null) {
        if (Representable.fits(v, Universe.INT)) {
          if (v.num.signum() >= 0) {
            if (Types.isUntyped(x.type)) {
              convertUntyped(x, Universe.INT);
            }
            return v.num.longValue();
          }
          error(x, "invalid array length " + s(x));
          return -1;
        }
      }
    }
    error(x, "array length " + s(x) + " must be integer");
    return -1;
  }

  private Type structType(Expr.StructType e) {
    List<Var> fields = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    Map<String, Var> seen = new HashMap<>();
    Type typ = null;
    Expr prev = null;
    for (int i = 0; i < e.fields.size(); i++) {
      Expr.Field f = e.fields.get(i);
      if (i == 0 || f.fieldType != prev) {
        typ = varType(f.fieldType);
        prev = f.fieldType;
      }
      String tag = "";
      if (e.tags != null && i < e.tags.size() && e.tags.get(i) != null) tag = tagOf(e.tags.get(i));
      Var fld;
      if (f.name != null) {
        fld = new Var(f.name.pos, pkg, f.name.name, typ, true);
        recordDef(f.name, fld);
      } else {
        Expr.Name id = embeddedFieldIdent(f.fieldType);
        gava.syntax.Pos pos = startPos(f.fieldType);
        if (id == null) {
          error(pos, "invalid embedded field type " + s(f.fieldType));
          fld = new Var(pos, pkg, "_", Universe.INVALID, true);
          fld.embedded = true;
        } else {
          fld = new Var(pos, pkg, id.name, typ, true);
          fld.embedded = true;
          Type et = typ;
          later(() -> checkEmbedded(pos, et));
        }
      }
      if (!fld.name.equals("_")) {
        Var alt = seen.get(fld.name);
        if (alt != null) {
          errorParts(fld.pos, fld.name + " redeclared", alt.pos, "other declaration of " + fld.name);
          continue;
        }
        seen.put(fld.name, fld);
      }
      fields.add(fld);
      tags.add(tag);
    }
    return new Struct(fields, tags);
  }

  private void checkEmbedded(gava.syntax.Pos pos, Type t) {
    boolean isPtr = false;
    if (t instanceof Pointer p) {
      t = p.elem;
      isPtr = true;
    }
    Type u = Types.under(t);
    if (u instanceof Basic b) {
      if (b.kind == Basic.Kind.UNSAFE_POINTER) error(pos, "embedded field type cannot be unsafe.Pointer");
    } else if (u instanceof Pointer) {
      error(pos, "embedded field type cannot be a pointer");
    } else if (u instanceof Interface) {
      if (t instanceof TypeParam) error(pos, "embedded field type cannot be a (pointer to a) type parameter");
      else if (isPtr) error(pos, "embedded field type cannot be a pointer to an interface");
    }
  }

  static Expr.Name embeddedFieldIdent(Expr e) {
    switch (e) {
      case Expr.Name n -> {
        return n;
      }
      case Expr.Operation op when op.op == Token.MUL && op.y == null -> {
        Expr base = op.x;
        if (base instanceof Expr.Operation o2 && o2.op == Token.MUL && o2.y == null) return null;
        return embeddedFieldIdent(op.x);
      }
      case Expr.Selector sel -> {
        return sel.sel;
      }
      case Expr.Index ix -> {
        return embeddedFieldIdent(ix.x);
      }
      case Expr.Paren p -> {
        return embeddedFieldIdent(p.x);
      }
      default -> {
        return null;
      }
    }
  }

  private String tagOf(Expr.BasicLit t) {
    if (t.bad) return "";
    Constant c = ConstOps.literal(Expr.LitKind.STRING, t.text);
    if (c == null) return "";
    return new String(c.stringBytes(), StandardCharsets.UTF_8);
  }

  private Type interfaceType(Expr.InterfaceType e, Named def) {
    List<Func> ms = new ArrayList<>();
    List<Type> embeddeds = new ArrayList<>();
    Interface it = new Interface(ms, embeddeds);
    Type recvType = def != null ? def : it;
    Map<String, Func> seen = new HashMap<>();
    List<gava.syntax.Pos> embedPos = new ArrayList<>();
    for (Expr.Field f : e.elems) {
      if (f.name != null) {
        String name = f.name.name;
        if (name.equals("_")) {
          error(f.name, "methods must have a unique non-blank name");
          continue;
        }
        if (!(f.fieldType instanceof Expr.FuncType ft)) {
          error(f.fieldType, "invalid AST: " + s(f.fieldType) + " is not a method signature");
          continue;
        }
        Scope sc = new Scope(env.scope, "method");
        Signature sig0 = funcType(null, List.of(), ft, sc);
        Var recv = new Var(f.name.pos, pkg, "", recvType, false);
        Signature sig = new Signature(recv, List.of(), sig0.params, sig0.results, sig0.variadic);
        ft.type = sig;
        Func m = new Func(f.name.pos, pkg, name, sig);
        recordDef(f.name, m);
        Func alt = seen.get(name);
        if (alt != null) {
          errorParts(f.name.pos, "duplicate method " + name, alt.pos, "other declaration of " + name);
          continue;
        }
        seen.put(name, m);
        ms.add(m);
      } else {
        Type t = embeddedElem(f.fieldType);
        if (!Types.isInvalid(t)) {
          embeddeds.add(t);
          embedPos.add(startPos(f.fieldType));
        }
      }
    }
    if (!embeddeds.isEmpty()) later(() -> embeddedDuplicates(ms, embeddeds, embedPos));
    return it;
  }

  /**
   * types2's check of an interface's embedded methods, once all types are known: a method of an
   * embedded interface whose name another method (explicit or embedded before) has is a
   * {@code duplicate method m} unless both have identical types.
   */
  private void embeddedDuplicates(List<Func> explicit, List<Type> embeddeds, List<gava.syntax.Pos> embedPos) {
    Map<String, Func> seen = new HashMap<>();
    Map<String, gava.syntax.Pos> where = new HashMap<>();
    for (Func m : explicit) {
      seen.putIfAbsent(m.name, m);
      where.putIfAbsent(m.name, m.pos);
    }
    for (int i = 0; i < embeddeds.size() && i < embedPos.size(); i++) {
      if (!(embeddeds.get(i) instanceof Union) && Types.under(embeddeds.get(i)) instanceof Interface ei) {
        for (Func m : Lookup.methods(ei)) {
          Func other = seen.get(m.name);
          if (other == null) {
            seen.put(m.name, m);
            where.put(m.name, embedPos.get(i));
          } else if (other != m && m.type instanceof Signature a && other.type instanceof Signature b
              && !Types.identicalIgnoreRecv(a, b)) {
            errorParts(embedPos.get(i), "duplicate method " + m.name, where.get(m.name), "other declaration of " + m.name);
          }
        }
      }
    }
  }

  /** An embedded interface element: a type, ~T, or a union A | ~B. */
  private Type embeddedElem(Expr e) {
    if (e instanceof Expr.Operation op && (op.op == Token.OR && op.y != null || op.op == Token.TILDE && op.y == null)) {
      List<Union.Term> terms = new ArrayList<>();
      collectTerms(e, terms);
      Union u = new Union(terms);
      e.type = u;
      return u;
    }
    return typ(e);
  }

  private void collectTerms(Expr e, List<Union.Term> out) {
    if (e instanceof Expr.Operation op && op.op == Token.OR && op.y != null) {
      collectTerms(op.x, out);
      collectTerms(op.y, out);
      return;
    }
    if (e instanceof Expr.Operation op && op.op == Token.TILDE && op.y == null) {
      Type t = typ(op.x);
      if (!Types.isInvalid(t) && !Types.identical(t, Types.under(t))) {
        error(e, "invalid use of ~ (underlying type of " + s(t) + " is " + s(Types.under(t)) + ")");
      }
      out.add(new Union.Term(true, t));
      return;
    }
    out.add(new Union.Term(false, typ(e)));
  }

  /**
   * A signature: receiver (may be null), parameters and results declared in sigScope (the function
   * scope of a declaration or literal).
   */
  @Override
  Signature funcType(Expr.Field recvField, List<Expr.Field> tparams, Expr.FuncType ftype, Scope sigScope) {
    List<TypeParam> tps = List.of();
    if (tparams != null && !tparams.isEmpty()) tps = declareTypeParams(tparams, sigScope, null);
    Scope saved = env.scope;
    env.scope = sigScope;
    try {
      Var recv = null;
      List<TypeParam> rparams = List.of();
      // as types2: receiver and parameter names are in scope in the body, not in the signature's
      // own types (func f(url string, v url.Values) means package url); declared at the end
      List<Map.Entry<Expr.Name, Var>> named = new ArrayList<>();
      if (recvField != null) {
        List<TypeParam> rp = genericReceiver(recvField, sigScope);
        if (rp != null) {
          rparams = rp;
          recv = lastGenericRecv;
        } else {
          List<Var> rl = collectParams(List.of(recvField), false, new boolean[1], named);
          recv = rl.isEmpty() ? null : rl.get(0);
        }
      }
      boolean[] variadic = new boolean[1];
      List<Var> params = collectParams(ftype.params, true, variadic, named);
      List<Var> results = collectParams(ftype.results, false, new boolean[1], named);
      for (Map.Entry<Expr.Name, Var> e : named) declare(sigScope, e.getKey(), e.getValue());
      Signature sig = new Signature(recv, tps, new Tuple(params), new Tuple(results), variadic[0]);
      sig.rparams = rparams;
      ftype.type = sig;
      return sig;
    } finally {
      env.scope = saved;
    }
  }

  /** The receiver variable declared by the last {@link #genericReceiver} call. */
  private Var lastGenericRecv;

  /**
   * A receiver {@code T[P, Q]} or {@code *T[P, Q]} of a method of generic type T: declares the
   * receiver type parameters P, Q (constraints from T's) and the receiver variable; returns the
   * type parameters, or null if the receiver is not of this form.
   */
  private List<TypeParam> genericReceiver(Expr.Field recvField, Scope sigScope) {
    Expr rt = unparen(recvField.fieldType);
    boolean ptr = false;
    if (rt instanceof Expr.Operation op && op.op == Token.MUL && op.y == null) {
      ptr = true;
      rt = unparen(op.x);
    }
    if (!(rt instanceof Expr.Index ix) || !(unparen(ix.x) instanceof Expr.Name baseName)) return null;
    Obj base = env.scope.lookup(baseName.name);
    if (!(base instanceof TypeName tn)) return null;
    objDecl(tn, null);
    if (tn.isGenericAlias()) return genericAliasReceiver(recvField, ix, baseName, tn, sigScope);
    if (!(tn.type instanceof Named gn) || gn.tparams.isEmpty()) return null;
    recordUse(baseName, tn);
    List<TypeParam> rps = new ArrayList<>();
    for (int i = 0; i < ix.indices.size(); i++) {
      Expr idx = ix.indices.get(i);
      if (!(idx instanceof Expr.Name n)) {
        error(idx, "receiver type parameter " + s(idx) + " must be an identifier");
        continue;
      }
      TypeName ptn = new TypeName(n.pos, pkg, n.name, null);
      TypeParam tp = new TypeParam(ptn, i, null);
      ptn.type = tp;
      declare(sigScope, n, ptn);
      n.type = tp;
      rps.add(tp);
    }
    Type recvType;
    if (rps.size() != gn.tparams.size()) {
      error(recvField.fieldType, "got " + rps.size() + " type parameter" + (rps.size() == 1 ? "" : "s") + ", but receiver base type declares " + gn.tparams.size());
      recvType = Universe.INVALID;
    } else {
      Map<TypeParam, Type> m = Instantiator.bind(gn.tparams, new ArrayList<>(rps));
      for (int i = 0; i < rps.size(); i++) {
        rps.get(i).constraint = instantiator.subst(gn.tparams.get(i).constraint, m);
        mono.recordCanon(rps.get(i), gn.tparams.get(i));
      }
      Named inst = instantiator.instance(gn, new ArrayList<>(rps));
      baseName.typeArgs = List.copyOf(rps);
      ix.type = inst;
      recvType = ptr ? new Pointer(inst) : inst;
    }
    recvField.fieldType.type = recvType;
    Var v = new Var(recvField.name != null ? recvField.name.pos : startPos(recvField.fieldType), pkg,
        recvField.name != null ? recvField.name.name : "", recvType, false);
    v.isParam = true;
    v.used = true;
    if (recvField.name != null) declare(sigScope, recvField.name, v);
    lastGenericRecv = v;
    return rps;
  }

  /**
   * A receiver {@code A[P]} whose base is a generic alias (Go 1.24: not permitted): declares P so
   * the rest of the signature checks, reports the error, and gives the receiver an invalid type.
   */
  private List<TypeParam> genericAliasReceiver(Expr.Field recvField, Expr.Index ix, Expr.Name baseName, TypeName tn, Scope sigScope) {
    recordUse(baseName, tn);
    if (!Types.isInvalid(tn.type)) error(baseName, "cannot define new methods on generic alias type " + genericAliasString(tn));
    List<TypeParam> rps = new ArrayList<>();
    for (int i = 0; i < ix.indices.size(); i++) {
      if (!(ix.indices.get(i) instanceof Expr.Name n)) continue;
      TypeName ptn = new TypeName(n.pos, pkg, n.name, null);
      TypeParam tp = new TypeParam(ptn, i, Universe.ANY);
      ptn.type = tp;
      declare(sigScope, n, ptn);
      n.type = tp;
      rps.add(tp);
    }
    recvField.fieldType.type = Universe.INVALID;
    Var v = new Var(recvField.name != null ? recvField.name.pos : startPos(recvField.fieldType), pkg,
        recvField.name != null ? recvField.name.name : "", Universe.INVALID, false);
    v.isParam = true;
    v.used = true;
    if (recvField.name != null) declare(sigScope, recvField.name, v);
    lastGenericRecv = v;
    return rps;
  }

  /** The parameters of a list; the named ones are added to {@code named}, for the caller to declare. */
  private List<Var> collectParams(List<Expr.Field> list, boolean variadicOk, boolean[] variadic,
      List<Map.Entry<Expr.Name, Var>> named) {
    List<Var> out = new ArrayList<>();
    Expr prev = null;
    Type typ = null;
    for (int i = 0; i < list.size(); i++) {
      Expr.Field f = list.get(i);
      Expr ftype = f.fieldType;
      if (i == 0 || ftype != prev) {
        prev = ftype;
        if (ftype instanceof Expr.DotsType d) {
          Type elem = varType(d.elem);
          if (variadicOk && i == list.size() - 1) {
            variadic[0] = true;
          } else {
            error(d, "can only use ... with final parameter in list");
          }
          typ = new Slice(elem);
          d.type = typ;
        } else {
          typ = varType(ftype);
        }
      }
      if (f.name != null) {
        Var v = new Var(f.name.pos, pkg, f.name.name, typ, false);
        v.isParam = true;
        v.used = true;
        named.add(Map.entry(f.name, v));
        out.add(v);
      } else {
        Var v = new Var(startPos(ftype), pkg, "", typ, false);
        v.isParam = true;
        v.used = true;
        out.add(v);
      }
    }
    return out;
  }
}
