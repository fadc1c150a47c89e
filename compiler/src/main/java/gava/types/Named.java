package gava.types;

import java.util.ArrayList;
import java.util.List;

/**
 * A defined type ({@code type T U}), predeclared {@code error}, or an instantiation of a generic
 * type (origin non-null, typeArgs set; its own TypeName positioned at the first instantiation).
 * Methods are declared methods in source order; an instance's methods are copies of the origin's
 * with the type arguments substituted (complete after checking; {@link Func#origin} links back).
 * tparams are the type parameters of a generic type (empty otherwise).
 */
public final class Named extends Type {
  public final TypeName obj;
  private volatile Type underlying;
  public final List<Func> methods = new ArrayList<>();
  public List<TypeParam> tparams = List.of();
  public Named origin;
  public List<Type> typeArgs = List.of();
  /**
   * A type declared inside a generic function, copied for one instance of it (lowering's stencil):
   * its ordinal among the function's local type declarations (gc's {@code T·N}) and the function's
   * type arguments, which gc prints before the type's own ({@code main.T·2[int;string]}); 0 otherwise.
   */
  public int localGen;
  public List<Type> implicitTargs = List.of();
  /** For a generic type: its instances, one per identical type arguments (kept by Instantiator). */
  public final List<Named> instances = new ArrayList<>();

  public Named(TypeName obj, Type underlying) {
    this.obj = obj;
    this.underlying = underlying;
  }

  /** For instances of generic types: computes the substituted underlying type on first use (set by the checker). */
  public volatile java.util.function.Supplier<Type> expander;
  /** For instances of generic types: this instance's copy of an origin method (set by the checker). */
  public java.util.function.Function<Func, Func> methodExpander;

  public void setUnderlying(Type u) {
    this.underlying = u;
  }

  @Override
  public Type underlying() {
    Type u = underlying;
    return u != null || expander == null ? u : expandUnderlying();
  }

  /**
   * Computes an instance's underlying type once; synchronized because instances of an imported
   * package's generic types may be shared by packages checked on parallel threads.
   */
  private synchronized Type expandUnderlying() {
    if (underlying == null && expander != null) {
      java.util.function.Supplier<Type> e = expander;
      expander = null;
      Type u = e.get();
      if (u == null) expander = e;
      else underlying = u;
    }
    return underlying;
  }

  /** For an instance of a generic type: its methods are the origin's, with the type arguments substituted. */
  public synchronized void expandMethods() {
    if (origin == null || methodExpander == null) return;
    while (methods.size() < origin.methods.size()) methods.add(methodExpander.apply(origin.methods.get(methods.size())));
  }

  public Func method(String name) {
    for (Func m : methods) if (m.name.equals(name)) return m;
    return null;
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    if (obj.pkg != null) b.append(obj.pkg.name).append('.');
    b.append(obj.name);
    if (!typeArgs.isEmpty()) {
      b.append('[');
      for (int i = 0; i < typeArgs.size(); i++) {
        if (i > 0) b.append(',');
        b.append(typeArgs.get(i));
      }
      b.append(']');
    }
    return b.toString();
  }
}
