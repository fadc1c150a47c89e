package gava.types;

import gava.syntax.Pos;

/**
 * A named language entity (spec "Declarations and scope"): the subclasses are the kinds of object.
 * pkg is null for predeclared objects; parent is the scope it was declared in.
 */
public abstract sealed class Obj permits Var, Const, TypeName, Func, Builtin, PkgName, Label, Nil {
  public final String name;
  public final Pos pos;
  public Type type;
  public final Package pkg;
  public Scope parent;

  protected Obj(Pos pos, Package pkg, String name, Type type) {
    this.pos = pos;
    this.pkg = pkg;
    this.name = name;
    this.type = type;
  }

  public boolean exported() {
    return !name.isEmpty() && Character.isUpperCase(name.codePointAt(0));
  }

  @Override
  public String toString() {
    return getClass().getSimpleName().toLowerCase() + " " + name;
  }
}
