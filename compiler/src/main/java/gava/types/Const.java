package gava.types;

import gava.syntax.Pos;

/** A declared constant (or iota, true, false in the universe) with its exact value. */
public final class Const extends Obj {
  public Constant value;

  public Const(Pos pos, Package pkg, String name, Type type, Constant value) {
    super(pos, pkg, name, type);
    this.value = value;
  }
}
