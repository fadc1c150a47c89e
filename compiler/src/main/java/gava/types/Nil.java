package gava.types;

import gava.syntax.Pos;

/** The predeclared nil. */
public final class Nil extends Obj {
  public Nil(Type untypedNil) {
    super(Pos.NONE, null, "nil", untypedNil);
  }
}
