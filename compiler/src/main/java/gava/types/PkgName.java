package gava.types;

import gava.syntax.Pos;

/** The name an import declares in a file scope. */
public final class PkgName extends Obj {
  public final Package imported;
  public boolean used;

  public PkgName(Pos pos, Package pkg, String name, Package imported) {
    super(pos, pkg, name, null);
    this.imported = imported;
  }
}
