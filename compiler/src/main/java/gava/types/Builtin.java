package gava.types;

import gava.syntax.Pos;

/** A predeclared function (spec "Built-in functions"). */
public final class Builtin extends Obj {
  public enum Id {
    APPEND, CAP, CLEAR, CLOSE, COMPLEX, COPY, DELETE, IMAG, LEN, MAKE, MAX, MIN, NEW, PANIC, PRINT,
    PRINTLN, REAL, RECOVER,
    // package unsafe
    ALIGNOF, OFFSETOF, SIZEOF, ADD, SLICE, SLICEDATA, STRING, STRINGDATA
  }

  public final Id id;

  public Builtin(String name, Id id) {
    super(Pos.NONE, null, name, null);
    this.id = id;
  }
}
