package gava.types;

/** A type parameter of a generic function or type; constraint is an interface (possibly implicit). */
public final class TypeParam extends Type {
  public final TypeName obj;
  public final int index;
  public Type constraint;

  public TypeParam(TypeName obj, int index, Type constraint) {
    this.obj = obj;
    this.index = index;
    this.constraint = constraint;
  }

  @Override
  public Type underlying() {
    return constraint == null ? this : constraint.underlying();
  }

  @Override
  public String toString() {
    return obj.name;
  }
}
