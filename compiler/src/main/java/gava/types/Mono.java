package gava.types;

import gava.syntax.Pos;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The monomorphization check (types2 mono.go): generic code must be instantiable with finitely many
 * instances. A graph has a vertex per type parameter of this package (and per local type declared
 * inside a generic function, which is implicitly parameterized by the enclosing type parameters);
 * each verified instantiation adds an edge from every type parameter occurring in a type argument
 * to the instantiated type parameter, of weight 0 if the argument is that type parameter itself
 * and 1 if it is a larger type built from it. A cycle of positive weight means an unbounded number
 * of instances: gc reports {@code instantiation cycle:} at the type parameter, with the chain of
 * instantiations.
 */
final class Mono {
  private final CheckerCore check;

  private record Edge(int dst, int src, int weight, Pos pos, Type typ) {}

  private final List<TypeName> vertices = new ArrayList<>();
  private final List<Edge> edges = new ArrayList<>();
  /** Receiver type parameters of methods -> the type parameters of their receiver base type. */
  private final Map<TypeParam, TypeParam> canon = new IdentityHashMap<>();
  private final Map<TypeName, Integer> nameIdx = new IdentityHashMap<>();

  Mono(CheckerCore check) {
    this.check = check;
  }

  /** A method's receiver type parameter mpar stands for its base type's type parameter tpar. */
  void recordCanon(TypeParam mpar, TypeParam tpar) {
    canon.put(mpar, tpar);
  }

  /**
   * An instantiation of tparams with targs at pos; the i-th argument's edges are positioned at the
   * i-th explicit type argument expression when there is one.
   */
  void recordInstance(Package pkg, Pos pos, List<TypeParam> tparams, List<Type> targs, List<gava.syntax.Expr> xlist) {
    for (int i = 0; i < tparams.size() && i < targs.size(); i++) {
      Pos p = xlist != null && i < xlist.size() ? CheckerCore.startPos(xlist.get(i)) : pos;
      assign(pkg, p, tparams.get(i), targs.get(i));
    }
  }

  private void assign(Package pkg, Pos pos, TypeParam tpar, Type targ) {
    if (tpar.obj.pkg != pkg || targ == null) return;
    walk(pkg, pos, tpar, targ, targ, java.util.Collections.newSetFromMap(new IdentityHashMap<>()));
  }

  private void flow(Pos pos, TypeParam tpar, Type targ, int src, Type typ) {
    edges.add(new Edge(typeParamVertex(tpar), src, typ == targ ? 0 : 1, pos, targ));
  }

  private void walk(Package pkg, Pos pos, TypeParam tpar, Type targ, Type typ, java.util.Set<Type> seen) {
    switch (typ) {
      case TypeParam tp -> {
        if (tp.obj.pkg == pkg) flow(pos, tpar, targ, typeParamVertex(tp), typ);
      }
      case Named n -> {
        Named origin = n.origin != null ? n.origin : n;
        int src = localNamedVertex(pkg, origin);
        if (src >= 0) flow(pos, tpar, targ, src, typ);
        for (Type a : n.typeArgs) walk(pkg, pos, tpar, targ, a, seen);
      }
      case Array a -> walk(pkg, pos, tpar, targ, a.elem, seen);
      case Chan c -> walk(pkg, pos, tpar, targ, c.elem, seen);
      case MapType m -> {
        walk(pkg, pos, tpar, targ, m.key, seen);
        walk(pkg, pos, tpar, targ, m.elem, seen);
      }
      case Pointer p -> walk(pkg, pos, tpar, targ, p.elem, seen);
      case Slice s -> walk(pkg, pos, tpar, targ, s.elem, seen);
      case Interface it -> {
        if (!seen.add(it)) return;
        for (Func m : Lookup.methods(it)) if (m.type != null) walk(pkg, pos, tpar, targ, m.type, seen);
      }
      case Signature sig -> {
        for (Var v : sig.params.vars) walk(pkg, pos, tpar, targ, v.type, seen);
        for (Var v : sig.results.vars) walk(pkg, pos, tpar, targ, v.type, seen);
      }
      case Struct st -> {
        for (Var f : st.fields) walk(pkg, pos, tpar, targ, f.type, seen);
      }
      default -> {}
    }
  }

  /**
   * The vertex of a type declared inside a generic function (edges from the type parameters in scope
   * at its declaration), or -1 for a package-level or imported type.
   */
  private int localNamedVertex(Package pkg, Named named) {
    TypeName obj = named.obj;
    if (obj.pkg != pkg || obj.parent == null || obj.parent == pkg.scope) return -1;
    Integer known = nameIdx.get(obj);
    if (known != null) return known;
    int idx = -1;
    for (Scope s = obj.parent; s != null && s != pkg.scope; s = s.outer) {
      for (Obj elem : s.objects()) {
        if (elem instanceof TypeName tn && !tn.alias && tn.pos != null && obj.pos != null && tn.pos.compareTo(obj.pos) < 0
            && tn.type instanceof TypeParam tpar) {
          if (idx < 0) {
            idx = vertices.size();
            vertices.add(obj);
          }
          edges.add(new Edge(idx, typeParamVertex(tpar), 1, obj.pos, tpar));
        }
      }
    }
    nameIdx.put(obj, idx);
    return idx;
  }

  private int typeParamVertex(TypeParam tpar) {
    TypeParam c = canon.get(tpar);
    if (c != null) tpar = c;
    TypeName obj = tpar.obj;
    Integer idx = nameIdx.get(obj);
    if (idx != null) return idx;
    int i = vertices.size();
    vertices.add(obj);
    nameIdx.put(obj, i);
    return i;
  }

  /** Reports the first instantiation cycle found (types2 monomorph: longest paths by relaxation). */
  void check() {
    int n = vertices.size();
    int[] weight = new int[n], pre = new int[n], len = new int[n];
    for (boolean again = true; again; ) {
      again = false;
      for (int i = 0; i < edges.size(); i++) {
        Edge e = edges.get(i);
        int w = weight[e.src] + e.weight;
        if (w <= weight[e.dst]) continue;
        pre[e.dst] = i;
        len[e.dst] = len[e.src] + 1;
        if (len[e.dst] == n) {
          reportLoop(e.dst, pre);
          return;
        }
        weight[e.dst] = w;
        again = true;
      }
    }
  }

  private void reportLoop(int v, int[] pre) {
    List<Integer> stack = new ArrayList<>();
    boolean[] seen = new boolean[vertices.size()];
    while (!seen[v]) {
      stack.add(v);
      seen[v] = true;
      v = edges.get(pre[v]).src;
    }
    while (stack.get(0) != v) stack.remove(0);
    TypeName obj0 = vertices.get(v);
    List<Object> parts = new ArrayList<>();
    for (int w : stack) {
      Edge e = edges.get(pre[w]);
      TypeName obj = vertices.get(e.dst);
      String how = obj.type instanceof TypeParam ? " instantiated as " : " implicitly parameterized by ";
      parts.add(e.pos);
      parts.add(obj.name + how + check.s(e.typ));
    }
    check.errorParts(obj0.pos, "instantiation cycle:", parts.toArray());
  }
}
