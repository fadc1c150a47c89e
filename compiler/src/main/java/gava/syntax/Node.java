package gava.syntax;

/** Base of every syntax tree node: its position (the first token, or the operator for binary operations). */
public abstract class Node {
  public Pos pos;

  protected Node(Pos pos) {
    this.pos = pos;
  }
}
