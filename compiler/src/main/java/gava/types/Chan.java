package gava.types;

import gava.syntax.Expr.ChanDir;

public final class Chan extends Type {
  public final ChanDir dir;
  public final Type elem;

  public Chan(ChanDir dir, Type elem) {
    this.dir = dir;
    this.elem = elem;
  }

  @Override
  public String toString() {
    return switch (dir) {
      case SEND -> "chan<- " + elem;
      case RECV -> "<-chan " + elem;
      case BOTH -> (elem instanceof Chan c && c.dir == ChanDir.RECV) ? "chan (" + elem + ")" : "chan " + elem;
    };
  }
}
