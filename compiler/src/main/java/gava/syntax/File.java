package gava.syntax;

import java.util.List;

/** A parsed source file: its package clause, imports and other declarations in source order. */
public final class File extends Node {
  public final Source src;
  public final Expr.Name pkgName;
  public final List<Decl> decls;

  public File(Pos pos, Source src, Expr.Name pkgName, List<Decl> decls) {
    super(pos);
    this.src = src;
    this.pkgName = pkgName;
    this.decls = decls;
  }
}
