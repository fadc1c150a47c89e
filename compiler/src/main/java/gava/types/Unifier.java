package gava.types;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Type unification for type argument inference (spec "Type unification"): finds bindings for the
 * type parameters of one generic function so that two types become identical. Unification is
 * inexact where the spec allows assignability: a defined type unifies with a type literal of the
 * same underlying type, and channel directions may differ.
 */
final class Unifier {
  final List<TypeParam> tparams;
  final Map<TypeParam, Type> bound = new IdentityHashMap<>();

  Unifier(List<TypeParam> tparams) {
    this.tparams = tparams;
  }

  boolean isParam(Type t) {
    return t instanceof TypeParam tp && tparams.contains(tp);
  }

  Type at(TypeParam tp) {
    return bound.get(tp);
  }

  void set(TypeParam tp, Type t) {
    bound.put(tp, t);
  }

  /** Unifies x (may contain the type parameters) with y. */
  boolean unify(Type x, Type y) {
    return unify(x, y, 0);
  }

  private boolean unify(Type x, Type y, int depth) {
    if (depth > 64) return false;
    if (x == y) return true;
    if (x == null || y == null) return false;
    if (isParam(x) || isParam(y)) {
      if (!isParam(x)) {
        Type t = x;
        x = y;
        y = t;
      }
      TypeParam px = (TypeParam) x;
      Type bx = bound.get(px);
      if (isParam(y)) {
        TypeParam py = (TypeParam) y;
        Type by = bound.get(py);
        if (bx != null && by != null) return unify(bx, by, depth + 1);
        if (bx != null) {
          bound.put(py, bx);
          return true;
        }
        if (by != null) {
          bound.put(px, by);
          return true;
        }
        return px == py;
      }
      if (bx != null) {
        if (Types.identical(bx, y)) return true;
        if (!unify(bx, y, depth + 1)) return false;
        // prefer a defined type over a type literal when both fit
        if (!(bx instanceof Named) && y instanceof Named) bound.put(px, y);
        return true;
      }
      bound.put(px, y);
      return true;
    }
    // type parameters from outside: unify their core types with type literals
    if (x instanceof TypeParam tx && !Types.hasName(y)) {
      Type cx = Types.coreType(tx);
      return cx != null && unify(cx, y, depth + 1);
    }
    if (y instanceof TypeParam ty && !Types.hasName(x)) {
      Type cy = Types.coreType(ty);
      return cy != null && unify(x, cy, depth + 1);
    }
    // inexact: a defined type and a literal unify through the underlying type
    if (x instanceof Named nx && !(y instanceof Named) && !(y instanceof Basic) && !(y instanceof TypeParam)) {
      return unify(Types.under(nx), y, depth + 1);
    }
    if (y instanceof Named ny && !(x instanceof Named) && !(x instanceof Basic) && !(x instanceof TypeParam)) {
      return unify(x, Types.under(ny), depth + 1);
    }
    switch (x) {
      case Basic bx -> {
        return y instanceof Basic by && bx.kind == by.kind;
      }
      case Array ax -> {
        return y instanceof Array ay && ax.len == ay.len && unify(ax.elem, ay.elem, depth + 1);
      }
      case Slice sx -> {
        return y instanceof Slice sy && unify(sx.elem, sy.elem, depth + 1);
      }
      case Pointer px -> {
        return y instanceof Pointer py && unify(px.elem, py.elem, depth + 1);
      }
      case MapType mx -> {
        return y instanceof MapType my && unify(mx.key, my.key, depth + 1) && unify(mx.elem, my.elem, depth + 1);
      }
      case Chan cx -> {
        return y instanceof Chan cy && unify(cx.elem, cy.elem, depth + 1);
      }
      case Tuple tx -> {
        if (!(y instanceof Tuple ty) || tx.size() != ty.size()) return false;
        for (int i = 0; i < tx.size(); i++) if (!unify(tx.at(i), ty.at(i), depth + 1)) return false;
        return true;
      }
      case Signature sx -> {
        return y instanceof Signature sy && sx.variadic == sy.variadic && sx.tparams.isEmpty() && sy.tparams.isEmpty()
            && unify(sx.params, sy.params, depth + 1) && unify(sx.results, sy.results, depth + 1);
      }
      case Struct sx -> {
        if (!(y instanceof Struct sy) || sx.fields.size() != sy.fields.size()) return false;
        for (int i = 0; i < sx.fields.size(); i++) {
          Var f = sx.fields.get(i), g = sy.fields.get(i);
          if (f.embedded != g.embedded || !f.name.equals(g.name)) return false;
          if (!unify(f.type, g.type, depth + 1)) return false;
        }
        return true;
      }
      case Named nx -> {
        if (!(y instanceof Named ny)) return false;
        if (nx.origin != null && nx.origin == ny.origin) {
          for (int i = 0; i < nx.typeArgs.size(); i++) if (!unify(nx.typeArgs.get(i), ny.typeArgs.get(i), depth + 1)) return false;
          return true;
        }
        return false;
      }
      default -> {
        return Types.identical(x, y);
      }
    }
  }
}
