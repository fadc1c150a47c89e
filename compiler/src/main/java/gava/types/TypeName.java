package gava.types;

import gava.syntax.Pos;

/** A type name: defined type, alias, type parameter or predeclared type. */
public final class TypeName extends Obj {
  public boolean alias;

  public TypeName(Pos pos, Package pkg, String name, Type type) {
    super(pos, pkg, name, type);
  }
}
