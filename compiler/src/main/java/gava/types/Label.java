package gava.types;

import gava.syntax.Pos;

/** A statement label (function-scoped). */
public final class Label extends Obj {
  public boolean used;

  public Label(Pos pos, Package pkg, String name) {
    super(pos, pkg, name, null);
  }
}
