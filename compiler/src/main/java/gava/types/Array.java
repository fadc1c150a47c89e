package gava.types;

public final class Array extends Type {
  public final long len;
  public final Type elem;

  public Array(long len, Type elem) {
    this.len = len;
    this.elem = elem;
  }

  @Override
  public String toString() {
    return "[" + len + "]" + elem;
  }
}
