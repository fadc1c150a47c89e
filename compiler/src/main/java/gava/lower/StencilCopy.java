package gava.lower;

import gava.syntax.Expr;
import gava.syntax.Pos;
import gava.syntax.TreeCopy;
import gava.types.Func;
import gava.types.Instantiator;
import gava.types.Interface;
import gava.types.Lookup;
import gava.types.Named;
import gava.types.Pointer;
import gava.types.Selection;
import gava.types.Signature;
import gava.types.Struct;
import gava.types.Type;
import gava.types.TypeName;
import gava.types.TypeParam;
import gava.types.Types;
import gava.types.Var;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tree copy behind {@link Stencil}. In stencil mode it copies a generic declaration for one
 * instance: types substituted, fresh variables (parameters, locals, results, type switch
 * variables), nested instantiations and method selections resolved on the concrete types. In scan
 * mode (non-generic code, no substitution) the copy is discarded: it only redirects the original
 * tree's names of instantiated generic functions to their instances and records used types.
 */
final class StencilCopy extends TreeCopy {
  private final Stencil st;
  private final Map<TypeParam, Type> bind;
  private final boolean scan;
  private final int depth;
  private final Map<Var, Var> vars = new IdentityHashMap<>();
  private Pos at = Pos.NONE;

  StencilCopy(Stencil st, Map<TypeParam, Type> bind, boolean scan, int depth) {
    this.st = st;
    this.bind = bind;
    this.scan = scan;
    this.depth = depth;
  }

  Type subst(Type t) {
    Type r = scan ? t : Instantiator.substitute(t, bind, this::localType);
    st.need(r, at, depth);
    return r;
  }

  private final Map<Named, Named> localTypes = new IdentityHashMap<>();
  /** Local type declarations copied so far (in source order: gc's numbering of local types). */
  private int typegen;
  /** The type arguments of the instance being stencilled, in type-parameter order. */
  List<Type> implicitTargs = List.of();

  /**
   * The instance's own copy of a type declared inside the generic function (each instance has
   * distinct local types, which may depend on the type parameters); other types unchanged.
   */
  private Named localType(Named n) {
    TypeName o = n.obj;
    if (o.parent == null || o.pkg == null || o.parent == o.pkg.scope || o.alias) return n;
    Named have = localTypes.get(n);
    if (have != null) return have;
    TypeName tn = new TypeName(o.pos, o.pkg, o.name, null);
    tn.parent = o.parent;
    Named c = new Named(tn, null);
    tn.type = c;
    c.tparams = n.tparams;
    c.localGen = ++typegen;
    c.implicitTargs = implicitTargs;
    localTypes.put(n, c);
    c.setUnderlying(Instantiator.substitute(n.underlying(), bind, this::localType));
    return c;
  }

  /** The instance's own variable for a local variable of the generic code. */
  Var var(Var v) {
    if (v == null || scan || v.isGlobal || v.isField) return v;
    return vars.computeIfAbsent(v, k -> {
      Var n = new Var(k.pos, k.pkg, k.name, subst(k.type), false);
      n.isParam = k.isParam;
      n.embedded = k.embedded;
      n.used = k.used;
      return n;
    });
  }

  @Override
  protected <E extends Expr> E expr(E e) {
    if (e != null && e.pos != null) at = e.pos;
    E c = super.expr(e);
    if (!scan && e instanceof Expr.Call call && c instanceof Expr.Call cc && call.callKind == Expr.CallKind.CONVERSION
        && cc.args.size() == 1 && cc.args.get(0).value != null && e.type instanceof TypeParam
        && Types.under((Type) cc.type) instanceof gava.types.Basic tb && tb.isNumeric()
        && !(Types.under((Type) cc.args.get(0).type) instanceof gava.types.Basic ab && ab.isString())) {
      // T(c) with T a type parameter: the constant converted to the concrete numeric type (not a
      // conversion between the constant's default type and T, which may be int -> complex)
      cc.args.get(0).type = cc.type;
    }
    if (!scan && c instanceof Expr.Call cc && cc.callKind == Expr.CallKind.BUILTIN && cc.value == null && cc.args.size() == 1) {
      cc.value = StencilUnsafe.constant(cc);
    }
    if (!scan && e instanceof Expr.FuncLit && e.type instanceof Signature s) {
      // a closure's parameters and results are the instance's own variables
      c.type = new Signature(null, List.of(), tuple(s.params), tuple(s.results), s.variadic);
    }
    return c;
  }

  gava.types.Tuple tuple(gava.types.Tuple t) {
    List<Var> vs = new ArrayList<>();
    for (Var v : t.vars) vs.add(var(v));
    return new gava.types.Tuple(vs);
  }

  @Override
  protected Object type(Object t) {
    return t instanceof Type ty ? subst(ty) : t;
  }

  @Override
  protected Object implicitObj(Object v) {
    return v instanceof Var x ? var(x) : v;
  }

  @Override
  protected void name(Expr.Name orig, Expr.Name copy) {
    Expr.Name target = scan ? orig : copy;
    Object obj = orig.obj;
    Object targs = orig.typeArgs;
    if (targs instanceof List<?> l && !l.isEmpty()) {
      List<Type> args = new ArrayList<>();
      for (Object a : l) args.add(subst((Type) a));
      targs = args;
      if (obj instanceof Func f && f.type instanceof Signature sg && !sg.tparams.isEmpty()) {
        obj = st.funcInstance(f, args, orig.pos, depth);
      }
    } else if (obj instanceof Var v) {
      obj = var(v);
    } else if (!scan && obj instanceof TypeName tn && !tn.alias && tn.type instanceof Named n) {
      obj = localType(n).obj;
    }
    target.obj = obj;
    target.typeArgs = targs;
  }

  @Override
  protected void selector(Expr.Selector orig, Expr.Selector copy) {
    Expr.Selector target = scan ? orig : copy;
    if (!(orig.selection instanceof Selection sel)) {
      target.selection = orig.selection;
      return;
    }
    Selection ns = sel;
    if (sel.kind() == Selection.Kind.QUALIFIED) {
      if (target.sel.obj instanceof Func f && f != sel.obj()) {
        ns = new Selection(Selection.Kind.QUALIFIED, null, f, sel.path(), false, false, false);
      }
    } else {
      Type recv = sel.recv() == null ? null : subst(sel.recv());
      if (recv != sel.recv()) ns = reselect(sel, recv, orig.sel.name);
      if (ns.obj() instanceof Func m && m.origin != null) st.methodInstance(m, orig.pos, depth);
    }
    target.selection = ns;
  }

  /** The selection of name on the concrete receiver type (x.f with x of a type parameter's type, or of an instance). */
  private Selection reselect(Selection sel, Type recv, String name) {
    gava.types.Package pkg = sel.obj() != null ? sel.obj().pkg : null;
    Lookup.Result r = Lookup.lookupFieldOrMethod(recv, true, pkg, name);
    if (r.obj() == null) return new Selection(sel.kind(), recv, sel.obj(), sel.path(), sel.indirect(), sel.addressed(), sel.derefRecv());
    if (sel.kind() == Selection.Kind.FIELD) {
      return new Selection(Selection.Kind.FIELD, recv, r.obj(), r.path(), r.indirect(), false, false);
    }
    Func m = (Func) r.obj();
    boolean ptrRecv = Lookup.hasPtrRecv(m);
    boolean recvPtr = receiverIsPointer(recv, r.path());
    boolean deref = !ptrRecv && recvPtr;
    if (sel.kind() == Selection.Kind.METHOD_VALUE) {
      deref = deref && m.sig().recv != null && !(Types.under(m.sig().recv.type) instanceof Interface);
    }
    return new Selection(sel.kind(), recv, m, r.path(), r.indirect(), ptrRecv && !recvPtr, deref);
  }

  /** Is the final receiver (the operand, or the last embedded field on path) a pointer? */
  private static boolean receiverIsPointer(Type t, List<Integer> path) {
    Type cur = t;
    for (int i = 0; i < path.size() - 1; i++) {
      Type d = cur instanceof Pointer p ? p.elem : cur;
      if (!(Types.under(d) instanceof Struct s)) return false;
      cur = s.fields.get(path.get(i)).type;
    }
    return cur instanceof Pointer;
  }
}
