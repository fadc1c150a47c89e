package gava.syntax;

/**
 * gc's notions of a node's position, for stages that must report errors exactly where gc does.
 * gava's {@link Node#pos} is the node's first token (the operator for binary operations and
 * assignments); gc's syntax tree uses other positions for some nodes ({@link Node#gcPos}), and
 * gc's type checker reports errors "at a node" at {@link #startPos} of the node, which follows
 * gc's (sometimes surprising) StartPos: e.g. a slice expression {@code s[i:j]} starts at its '['.
 */
public final class Positions {
  private Positions() {}

  /** gc's {@code n.Pos()}. */
  public static Pos gcPos(Node n) {
    return n.gcPos != null ? n.gcPos : n.pos;
  }

  /** gc's {@code syntax.StartPos(n)}: where gc's type checker reports an error at node n. */
  public static Pos startPos(Node n) {
    for (;;) {
      switch (n) {
        case File f -> {
          return new Pos(f.src, 1, 1);
        }
        case Expr.CompositeLit c -> {
          if (c.litType == null) return gcPos(c);
          n = c.litType;
        }
        case Expr.Selector s -> n = s.x;
        case Expr.Index i -> n = i.x;
        case Expr.Assert a -> n = a.x;
        case Expr.TypeSwitchGuard g -> n = g.lhs != null ? g.lhs : g.x;
        case Expr.Operation o -> {
          if (o.y == null) return gcPos(o);
          n = o.x;
        }
        case Expr.Call c -> n = c.fun;
        case Stmt.Send s -> n = s.chan;
        case Stmt.Assign a -> {
          if (a.lhs.isEmpty()) return gcPos(a);
          n = a.lhs.get(0);
        }
        case Stmt.IncDec s -> n = s.x;
        default -> {
          return gcPos(n);
        }
      }
    }
  }

  /** The position of the first token of x. */
  public static Pos firstPos(Expr x) {
    return Parser.startPos(x);
  }
}
