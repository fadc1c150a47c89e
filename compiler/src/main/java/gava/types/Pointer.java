package gava.types;

public final class Pointer extends Type {
  public final Type elem;

  public Pointer(Type elem) {
    this.elem = elem;
  }

  @Override
  public String toString() {
    return "*" + elem;
  }
}
