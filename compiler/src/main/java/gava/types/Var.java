package gava.types;

import gava.syntax.Pos;

/** A variable: package-level, local, parameter, result, or struct field. */
public final class Var extends Obj {
  public final boolean isField;
  public boolean embedded;
  /** Parameter or result of a function (including the receiver). */
  public boolean isParam;
  /** Declared at package level. */
  public boolean isGlobal;
  /** Set by the checker once the variable is read (for "declared and not used"). */
  public boolean used;
  /**
   * For a package-level variable named by {@code //go:linkname v path.name}: the variable of an
   * imported package whose storage it shares (gc gives both the same symbol), else null.
   */
  public Var linkname;

  public Var(Pos pos, Package pkg, String name, Type type, boolean isField) {
    super(pos, pkg, name, type);
    this.isField = isField;
  }
}
