package gava.syntax;

/** One compile error, printed as {@code path:line:col: message}. */
public record Diagnostic(Pos pos, String message) implements Comparable<Diagnostic> {
  @Override
  public int compareTo(Diagnostic o) {
    return pos.compareTo(o.pos);
  }

  @Override
  public String toString() {
    return pos + ": " + message;
  }
}
