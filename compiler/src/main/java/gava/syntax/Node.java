package gava.syntax;

/** Base of every syntax tree node: its position (the first token, or the operator for binary operations). */
public abstract class Node {
  public Pos pos;

  /**
   * The position gc's syntax tree gives this node when it differs from {@link #pos}, else null:
   * the '.' of a selector, type assertion or type switch guard, the '[' of an index or slice
   * expression, the '(' of a call, the '{' of a typed composite literal, the ':' of a key-value
   * pair or labeled statement, the operator of a send or inc/dec statement. gc reports some errors
   * there; see {@link Positions}.
   */
  public Pos gcPos;

  protected Node(Pos pos) {
    this.pos = pos;
  }
}
