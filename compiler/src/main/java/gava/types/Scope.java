package gava.types;

import java.util.LinkedHashMap;
import java.util.Map;

/** A lexical scope (spec "Blocks"): maps names to objects; lookups walk outward to the universe. */
public final class Scope {
  public final Scope outer;
  public final String comment;
  private final Map<String, Obj> elems = new LinkedHashMap<>();

  public Scope(Scope outer, String comment) {
    this.outer = outer;
    this.comment = comment;
  }

  /** Declares obj; returns the existing object of that name in this scope (and declares nothing) if there is one. */
  public Obj insert(Obj obj) {
    Obj prev = elems.get(obj.name);
    if (prev != null) return prev;
    elems.put(obj.name, obj);
    if (obj.parent == null) obj.parent = this;
    return null;
  }

  public Obj lookupLocal(String name) {
    return elems.get(name);
  }

  public Obj lookup(String name) {
    for (Scope s = this; s != null; s = s.outer) {
      Obj o = s.elems.get(name);
      if (o != null) return o;
    }
    return null;
  }

  public Iterable<Obj> objects() {
    return elems.values();
  }
}
