package gava.types;

import gava.syntax.Pos;

/** A type name: defined type, alias, type parameter or predeclared type. */
public final class TypeName extends Obj {
  public boolean alias;
  /** The type parameters of a generic alias ({@code type A[P any] = ...}, Go 1.24); empty otherwise. */
  public java.util.List<TypeParam> tparams = java.util.List.of();

  /** A generic alias: each use instantiates its right-hand side with type arguments. */
  public boolean isGenericAlias() {
    return alias && !tparams.isEmpty();
  }

  public TypeName(Pos pos, Package pkg, String name, Type type) {
    super(pos, pkg, name, type);
  }
}
