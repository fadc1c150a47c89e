package gava.types;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Type predicates (spec "Properties of types and values"): identity, comparability, kinds, defaults. */
public final class Types {
  private Types() {}

  public static Type under(Type t) {
    if (t == null) return Universe.INVALID;
    Type u = t.underlying();
    return u == null ? Universe.INVALID : u;
  }

  public static boolean isInvalid(Type t) {
    return t instanceof Basic b && b.kind == Basic.Kind.INVALID;
  }

  public static boolean isBasic(Type t, java.util.function.Predicate<Basic> p) {
    return under(t) instanceof Basic b && p.test(b);
  }

  /**
   * The type terms of a type parameter's type set (after its constraint's embedding), or null when
   * the type set is not restricted by terms.
   */
  public static List<Union.Term> terms(TypeParam tp) {
    if (tp.constraint != null && under(tp.constraint) instanceof Interface it) {
      Lookup.methods(it);
      return it.terms;
    }
    return null;
  }

  /** p holds for t, or for a type parameter t, for every type in its type set (types2's allX). */
  public static boolean all(Type t, java.util.function.Predicate<Basic> p) {
    if (t instanceof TypeParam tp) {
      List<Union.Term> ts = terms(tp);
      if (ts == null || ts.isEmpty()) return false;
      for (Union.Term term : ts) if (!all(term.type(), p)) return false;
      return true;
    }
    return isBasic(t, p);
  }

  public static boolean allBoolean(Type t) { return all(t, Basic::isBoolean); }
  public static boolean allInteger(Type t) { return all(t, Basic::isInteger); }
  public static boolean allUnsigned(Type t) { return all(t, Basic::isUnsigned); }
  public static boolean allNumeric(Type t) { return all(t, Basic::isNumeric); }
  public static boolean allString(Type t) { return all(t, Basic::isString); }
  public static boolean allOrdered(Type t) { return all(t, b -> b.isInteger() || b.isFloat() || b.isString()); }
  public static boolean allNumericOrString(Type t) { return all(t, b -> b.isNumeric() || b.isString()); }

  public static boolean isBoolean(Type t) { return isBasic(t, Basic::isBoolean); }
  public static boolean isInteger(Type t) { return isBasic(t, Basic::isInteger); }
  public static boolean isUnsigned(Type t) { return isBasic(t, Basic::isUnsigned); }
  public static boolean isFloat(Type t) { return isBasic(t, Basic::isFloat); }
  public static boolean isComplex(Type t) { return isBasic(t, Basic::isComplex); }
  public static boolean isNumeric(Type t) { return isBasic(t, Basic::isNumeric); }
  public static boolean isString(Type t) { return isBasic(t, Basic::isString); }
  public static boolean isIntegerOrFloat(Type t) { return isBasic(t, b -> b.isInteger() || b.isFloat()); }
  public static boolean isNumericOrString(Type t) { return isBasic(t, b -> b.isNumeric() || b.isString()); }
  public static boolean isOrdered(Type t) { return isBasic(t, b -> b.isInteger() || b.isFloat() || b.isString()); }
  public static boolean isConstType(Type t) {
    return isBasic(t, b -> b.isBoolean() || b.isNumeric() || b.isString());
  }

  /** Untyped basic type (untyped bool, int, rune, float, complex, string, nil). */
  public static boolean isUntyped(Type t) {
    return t instanceof Basic b && b.isUntyped();
  }

  public static boolean isTyped(Type t) {
    return !isUntyped(t);
  }

  public static boolean isInterface(Type t) {
    return !(t instanceof TypeParam) && under(t) instanceof Interface;
  }

  public static boolean isTypeParam(Type t) {
    return t instanceof TypeParam;
  }

  /** Named or basic (a type with a name: defined types, predeclared types, type parameters). */
  public static boolean hasName(Type t) {
    return t instanceof Basic || t instanceof Named || t instanceof TypeParam;
  }

  public static boolean hasNil(Type t) {
    if (t instanceof TypeParam tp) {
      List<Union.Term> ts = terms(tp);
      if (ts == null || ts.isEmpty()) return false;
      for (Union.Term term : ts) if (!hasNil(term.type())) return false;
      return true;
    }
    Type u = under(t);
    return switch (u) {
      case Basic b -> b.kind == Basic.Kind.UNSAFE_POINTER;
      case Slice s -> true;
      case Pointer p -> true;
      case Signature s -> true;
      case MapType m -> true;
      case Chan c -> true;
      case Interface i -> !(t instanceof TypeParam);
      default -> false;
    };
  }

  /** The default type of an untyped type (spec "Constants"); other types are returned unchanged. */
  public static Type defaultType(Type t) {
    if (t instanceof Basic b) {
      return switch (b.kind) {
        case UNTYPED_BOOL -> Universe.BOOL;
        case UNTYPED_INT -> Universe.INT;
        case UNTYPED_RUNE -> Universe.RUNE;
        case UNTYPED_FLOAT -> Universe.FLOAT64;
        case UNTYPED_COMPLEX -> Universe.COMPLEX128;
        case UNTYPED_STRING -> Universe.STRING;
        default -> t;
      };
    }
    return t;
  }

  /** Comparable per spec "Comparison operators" (== defined). */
  public static boolean comparable(Type t) {
    return comparable(t, new HashSet<>());
  }

  private static boolean comparable(Type t, Set<Type> seen) {
    if (!seen.add(t)) return true;
    Type u = under(t);
    return switch (u) {
      case Basic b -> b.kind != Basic.Kind.UNTYPED_NIL;
      case Pointer p -> true;
      case Chan c -> true;
      case Interface i -> {
        if (!(t instanceof TypeParam tp)) yield true;
        Lookup.methods(i);
        if (i.comparable) yield true;
        List<Union.Term> ts = i.terms;
        if (ts == null || ts.isEmpty()) yield false;
        boolean all = true;
        for (Union.Term term : ts) if (!comparable(term.type(), seen)) all = false;
        yield all;
      }
      case Struct s -> s.fields.stream().allMatch(f -> comparable(f.type, seen));
      case Array a -> comparable(a.elem, seen);
      default -> false;
    };
  }

  /** Identical types (spec "Type identity"). */
  public static boolean identical(Type x, Type y) {
    return identical(x, y, null, false);
  }

  public static boolean identicalIgnoreTags(Type x, Type y) {
    return identical(x, y, null, true);
  }

  private record Pair(Type x, Type y) {}

  private static boolean identical(Type x, Type y, List<Pair> seen, boolean ig) {
    if (x == y) return true;
    if (x == null || y == null) return false;
    switch (x) {
      case Basic bx -> {
        return y instanceof Basic by && bx.kind == by.kind;
      }
      case Array ax -> {
        return y instanceof Array ay && ax.len == ay.len && identical(ax.elem, ay.elem, seen, ig);
      }
      case Slice sx -> {
        return y instanceof Slice sy && identical(sx.elem, sy.elem, seen, ig);
      }
      case Pointer px -> {
        return y instanceof Pointer py && identical(px.elem, py.elem, seen, ig);
      }
      case MapType mx -> {
        return y instanceof MapType my && identical(mx.key, my.key, seen, ig) && identical(mx.elem, my.elem, seen, ig);
      }
      case Chan cx -> {
        return y instanceof Chan cy && cx.dir == cy.dir && identical(cx.elem, cy.elem, seen, ig);
      }
      case Struct sx -> {
        if (!(y instanceof Struct sy) || sx.fields.size() != sy.fields.size()) return false;
        for (int i = 0; i < sx.fields.size(); i++) {
          Var f = sx.fields.get(i), g = sy.fields.get(i);
          if (f.embedded != g.embedded || !sameId(f, g.pkg, g.name)) return false;
          String tf = i < sx.tags.size() ? sx.tags.get(i) : "", tg = i < sy.tags.size() ? sy.tags.get(i) : "";
          if (!ig && !java.util.Objects.equals(tf, tg)) return false;
          if (!identical(f.type, g.type, seen, ig)) return false;
        }
        return true;
      }
      case Tuple tx -> {
        if (!(y instanceof Tuple ty) || tx.size() != ty.size()) return false;
        for (int i = 0; i < tx.size(); i++) if (!identical(tx.at(i), ty.at(i), seen, ig)) return false;
        return true;
      }
      case Signature sx -> {
        if (!(y instanceof Signature sy)) return false;
        if (sx.variadic != sy.variadic || sx.tparams.size() != sy.tparams.size()) return false;
        if (!sx.tparams.isEmpty()) return false; // generic signatures: only identical if the same
        return identical(sx.params, sy.params, seen, ig) && identical(sx.results, sy.results, seen, ig);
      }
      case Interface ix -> {
        if (!(y instanceof Interface iy)) return false;
        Lookup.methods(ix);
        Lookup.methods(iy);
        if (ix.comparable != iy.comparable) return false;
        if (!sameTerms(ix.terms, iy.terms, seen, ig)) return false;
        List<Func> a = Lookup.methods(ix), b = Lookup.methods(iy);
        if (a.size() != b.size()) return false;
        if (seen != null) for (Pair p : seen) if ((p.x == x && p.y == y) || (p.x == y && p.y == x)) return true;
        List<Pair> s2 = seen == null ? new ArrayList<>() : seen;
        s2.add(new Pair(x, y));
        for (int i = 0; i < a.size(); i++) {
          Func f = a.get(i), g = b.get(i);
          if (!sameId(f, g.pkg, g.name) || !identical(f.type, g.type, s2, ig)) return false;
        }
        return true;
      }
      case Named nx -> {
        if (!(y instanceof Named ny)) return false;
        if (nx.origin != null && nx.origin == ny.origin) {
          for (int i = 0; i < nx.typeArgs.size(); i++) {
            if (!identical(nx.typeArgs.get(i), ny.typeArgs.get(i), seen, ig)) return false;
          }
          return true;
        }
        return false;
      }
      case TypeParam tx -> {
        return false; // type parameters are identical only to themselves (x == y above)
      }
      case Union ux -> {
        return y instanceof Union uy && sameTerms(ux.terms, uy.terms, seen, ig);
      }
    }
  }

  private static boolean sameTerms(List<Union.Term> a, List<Union.Term> b, List<Pair> seen, boolean ig) {
    if (a == null || b == null) return a == b;
    if (a.size() != b.size()) return false;
    outer:
    for (Union.Term t : a) {
      for (Union.Term u : b) if (t.tilde() == u.tilde() && identical(t.type(), u.type(), seen, ig)) continue outer;
      return false;
    }
    return true;
  }

  /** Same identifier (spec "Uniqueness of identifiers"): unexported names also need the same package. */
  public static boolean sameId(Obj o, Package pkg, String name) {
    if (!o.name.equals(name)) return false;
    if (o.exported()) return true;
    String p1 = o.pkg == null ? "" : o.pkg.path, p2 = pkg == null ? "" : pkg.path;
    return p1.equals(p2);
  }

  /** Signature in which the receiver is ignored (for identity of method types). */
  public static boolean identicalIgnoreRecv(Signature a, Signature b) {
    return a.variadic == b.variadic && identical(a.params, b.params) && identical(a.results, b.results);
  }

  /** If t is a pointer type (not a named one), its element type; else t. */
  public static Type deref(Type t) {
    if (t instanceof Pointer p) return p.elem;
    return t;
  }

  /** The core type (spec "Core types"); for non-type-parameter types this is the underlying type. */
  public static Type coreType(Type t) {
    if (t instanceof TypeParam tp) {
      List<Union.Term> ts = terms(tp);
      if (ts == null || ts.isEmpty()) return null;
      Type u = null;
      for (Union.Term term : ts) {
        Type tu = under(term.type());
        if (u == null) u = tu;
        else if (!identical(u, tu)) return null;
      }
      return u;
    }
    return under(t);
  }
}
