package gava.types;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Field and method lookup (spec "Selectors", "Method sets"): breadth-first search through embedded
 * fields with ambiguity detection, interface method sets, and the implements check.
 */
public final class Lookup {
  private Lookup() {}

  /**
   * Result: obj found (or null); path of indices; indirect if a pointer was followed; ambiguous if
   * several candidates were found at the same depth; ptrRecv if only a pointer method matched but
   * the receiver is neither addressable nor a pointer.
   */
  public record Result(Obj obj, List<Integer> path, boolean indirect, boolean ambiguous, boolean ptrRecv) {
    static final Result NONE = new Result(null, List.of(), false, false, false);
  }

  private record Embedded(Type typ, List<Integer> index, boolean indirect, boolean multiples) {}

  public static boolean hasPtrRecv(Func f) {
    return f.type instanceof Signature s && s.recv != null && s.recv.type instanceof Pointer;
  }

  /**
   * All methods of an interface after embedding, sorted by name (computed once; under the
   * interface's lock, as an imported package's interfaces may be completed by packages checked on
   * parallel threads).
   */
  public static List<Func> methods(Interface it) {
    synchronized (it) {
      return methods0(it);
    }
  }

  private static List<Func> methods0(Interface it) {
    if (it.complete) return it.allMethods;
    List<Func> all = new ArrayList<>(it.methods);
    List<Union.Term> terms = null;
    boolean comparable = it.comparable;
    it.complete = true; // guards against cycles (reported elsewhere)
    boolean incomplete = false;
    for (Type e : it.embeddeds) {
      if (e instanceof Named en && en.underlying() == null) incomplete = true;
      Type u = Types.under(e);
      if (u instanceof Interface ei) {
        for (Func m : methods(ei)) {
          boolean dup = false;
          for (Func have : all) if (have.name.equals(m.name)) dup = true;
          if (!dup) all.add(m);
        }
        if (ei.comparable) comparable = true;
        if (ei.terms != null) terms = intersect(terms, ei.terms);
      } else if (e instanceof Union un) {
        List<Union.Term> ut = unionTerms(un);
        if (ut != null) terms = intersect(terms, ut);
      } else if (!Types.isInvalid(u)) {
        terms = intersect(terms, List.of(new Union.Term(false, e)));
      }
    }
    all.sort(Comparator.comparing((Func f) -> f.name));
    it.allMethods = all;
    it.terms = terms;
    it.comparable = comparable;
    if (incomplete) it.complete = false; // an embedded interface is still being declared: recompute later
    return all;
  }

  /** The terms of a union, expanding constraint interfaces; null if the union allows all types. */
  private static List<Union.Term> unionTerms(Union un) {
    List<Union.Term> out = new java.util.ArrayList<>();
    for (Union.Term t : un.terms) {
      if (!t.tilde() && Types.under(t.type()) instanceof Interface ti) {
        methods(ti);
        if (ti.terms == null) return null;
        out.addAll(ti.terms);
      } else {
        out.add(t);
      }
    }
    return out;
  }

  private static List<Union.Term> intersect(List<Union.Term> a, List<Union.Term> b) {
    if (a == null) return b;
    List<Union.Term> r = new ArrayList<>();
    for (Union.Term x : a) {
      for (Union.Term y : b) {
        if (Types.identical(x.type(), y.type())) r.add(new Union.Term(x.tilde() && y.tilde(), x.type()));
        else if (x.tilde() && Types.identical(x.type(), Types.under(y.type()))) r.add(y);
        else if (y.tilde() && Types.identical(y.type(), Types.under(x.type()))) r.add(x);
      }
    }
    return r;
  }

  public static int indexOfMethod(List<Func> ms, Package pkg, String name) {
    for (int i = 0; i < ms.size(); i++) if (Types.sameId(ms.get(i), pkg, name)) return i;
    return -1;
  }

  public static Result lookupFieldOrMethod(Type T, boolean addressable, Package pkg, String name) {
    if (T instanceof Named n && n.underlying() instanceof Pointer p) {
      Result r = lookup0(p, false, pkg, name);
      if (r.obj() instanceof Func) return Result.NONE;
      return r;
    }
    return lookup0(T, addressable, pkg, name);
  }

  private static Result lookup0(Type T, boolean addressable, Package pkg, String name) {
    if (name.equals("_")) return Result.NONE;
    Type typ = T;
    boolean isPtr = false;
    if (T instanceof Pointer p) {
      typ = p.elem;
      isPtr = true;
      if (Types.under(typ) instanceof Interface) return Result.NONE;
    }
    List<Embedded> current = new ArrayList<>();
    current.add(new Embedded(typ, List.of(), isPtr, false));
    Map<Named, Boolean> seen = new IdentityHashMap<>();
    while (!current.isEmpty()) {
      List<Embedded> next = new ArrayList<>();
      Obj obj = null;
      List<Integer> index = null;
      boolean indirect = false;
      for (Embedded e : current) {
        Type t = e.typ;
        if (t instanceof Named n) {
          if (seen.containsKey(n)) continue;
          seen.put(n, true);
          n.expandMethods();
          int i = indexOfMethod(n.methods, pkg, name);
          if (i >= 0) {
            index = concat(e.index, i);
            if (obj != null || e.multiples) return new Result(null, index, false, true, false);
            obj = n.methods.get(i);
            indirect = e.indirect;
            continue;
          }
        }
        Type u = Types.under(t);
        if (u instanceof Struct s) {
          for (int i = 0; i < s.fields.size(); i++) {
            Var f = s.fields.get(i);
            if (Types.sameId(f, pkg, name)) {
              index = concat(e.index, i);
              if (obj != null || e.multiples) return new Result(null, index, false, true, false);
              obj = f;
              indirect = e.indirect;
              continue;
            }
            if (obj == null && f.embedded) {
              Type ft = f.type;
              boolean p = false;
              if (ft instanceof Pointer pp) {
                ft = pp.elem;
                p = true;
              }
              next.add(new Embedded(ft, concat(e.index, i), e.indirect || p, e.multiples));
            }
          }
        } else if (u instanceof Interface it) {
          List<Func> ms = methods(it);
          int i = indexOfMethod(ms, pkg, name);
          if (i >= 0) {
            index = concat(e.index, i);
            if (obj != null || e.multiples) return new Result(null, index, false, true, false);
            obj = ms.get(i);
            indirect = e.indirect;
          }
        }
      }
      if (obj != null) {
        if (obj instanceof Func f && hasPtrRecv(f) && !indirect && !addressable) {
          return new Result(null, null, false, false, true);
        }
        return new Result(obj, index, indirect, false, false);
      }
      current = consolidate(next);
    }
    return Result.NONE;
  }

  private static List<Integer> concat(List<Integer> a, int i) {
    List<Integer> r = new ArrayList<>(a);
    r.add(i);
    return List.copyOf(r);
  }

  private static List<Embedded> consolidate(List<Embedded> list) {
    if (list.size() <= 1) return list;
    List<Embedded> out = new ArrayList<>();
    for (Embedded e : list) {
      int found = -1;
      for (int i = 0; i < out.size(); i++) if (Types.identical(out.get(i).typ, e.typ)) found = i;
      if (found >= 0) {
        Embedded o = out.get(found);
        out.set(found, new Embedded(o.typ, o.index, o.indirect, true));
      } else {
        out.add(e);
      }
    }
    return out;
  }

  /** A method of T missing in V (or with the wrong type): {missing, alternative}, or null if V implements T's methods. */
  public static Func[] missingMethod(Type V, Interface T, boolean statik, java.util.function.Consumer<Func> resolve) {
    List<Func> tms = methods(T);
    if (tms.isEmpty()) return null;
    if (Types.under(V) instanceof Interface vi) {
      List<Func> vms = methods(vi);
      for (Func m : tms) {
        int i = indexOfMethod(vms, m.pkg, m.name);
        if (i < 0) {
          if (!statik) continue;
          return new Func[] {m, null};
        }
        Func f = vms.get(i);
        if (!Types.identicalIgnoreRecv((Signature) f.type, (Signature) m.type)) return new Func[] {m, f};
      }
      return null;
    }
    for (Func m : tms) {
      Result r = lookupFieldOrMethod(V, false, m.pkg, m.name);
      boolean found = r.obj != null;
      Obj obj = r.obj;
      if (!found) {
        Result r2 = lookupFieldOrMethod(new Pointer(V), false, m.pkg, m.name);
        obj = r2.obj;
        if (obj == null) obj = foldCase(V, m.name);
      }
      if (!(obj instanceof Func f)) return new Func[] {m, null};
      if (resolve != null) resolve.accept(f);
      if (!found || !(f.type instanceof Signature fs) || !Types.identicalIgnoreRecv(fs, (Signature) m.type)) {
        return new Func[] {m, f};
      }
    }
    return null;
  }

  private static Obj foldCase(Type V, String name) {
    Type t = V instanceof Pointer p ? p.elem : V;
    if (t instanceof Named n) {
      n.expandMethods();
      for (Func f : n.methods) if (f.name.equalsIgnoreCase(name)) return f;
    }
    return null;
  }
}
