package gava.syntax;

/** A position in a Go source file: 1-based line and column (column counts bytes, as gc does). */
public record Pos(Source src, int line, int col) implements Comparable<Pos> {
  public static final Pos NONE = new Pos(null, 0, 0);

  public String path() {
    return src == null ? "?" : src.path();
  }

  @Override
  public int compareTo(Pos o) {
    int c = path().compareTo(o.path());
    if (c != 0) return c;
    if (line != o.line) return Integer.compare(line, o.line);
    return Integer.compare(col, o.col);
  }

  @Override
  public String toString() {
    // (a column of 0 is unknown, after a //line directive without column)
    return col > 0 ? path() + ":" + line + ":" + col : path() + ":" + line;
  }
}
