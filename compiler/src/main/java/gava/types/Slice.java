package gava.types;

public final class Slice extends Type {
  public final Type elem;

  public Slice(Type elem) {
    this.elem = elem;
  }

  @Override
  public String toString() {
    return "[]" + elem;
  }
}
