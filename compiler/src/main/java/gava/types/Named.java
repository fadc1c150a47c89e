package gava.types;

import java.util.ArrayList;
import java.util.List;

/**
 * A defined type ({@code type T U}), predeclared {@code error}, or an instantiation of a generic
 * type (origin non-null, typeArgs set). Methods are declared methods in source order.
 */
public final class Named extends Type {
  public final TypeName obj;
  private Type underlying;
  public final List<Func> methods = new ArrayList<>();
  public List<TypeParam> tparams = List.of();
  public Named origin;
  public List<Type> typeArgs = List.of();

  public Named(TypeName obj, Type underlying) {
    this.obj = obj;
    this.underlying = underlying;
  }

  public void setUnderlying(Type u) {
    this.underlying = u;
  }

  @Override
  public Type underlying() {
    return underlying;
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
