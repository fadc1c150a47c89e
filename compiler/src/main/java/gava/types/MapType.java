package gava.types;

public final class MapType extends Type {
  public final Type key, elem;

  public MapType(Type key, Type elem) {
    this.key = key;
    this.elem = elem;
  }

  @Override
  public String toString() {
    return "map[" + key + "]" + elem;
  }
}
