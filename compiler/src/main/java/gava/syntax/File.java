package gava.syntax;

import java.util.List;

/** A parsed source file: its package clause, imports and other declarations in source order. */
public final class File extends Node {
  public final Source src;
  public final Expr.Name pkgName;
  public final List<Decl> decls;
  /**
   * Misplaced {@code //go:} directives that gc reports only after type checking found no errors
   * (its noder's checks of declarations' directives, see {@link Pragmas}); the checker reports them.
   */
  public List<Diagnostic> directiveErrors = List.of();
  /** The file's {@code //go:linkname local [remote]} directives (remote null when absent). */
  public List<Linkname> linknames = List.of();

  /** One {@code //go:linkname} directive: where it is, the local name and the remote one (or null). */
  public record Linkname(Pos pos, String local, String remote) {}

  public File(Pos pos, Source src, Expr.Name pkgName, List<Decl> decls) {
    super(pos);
    this.src = src;
    this.pkgName = pkgName;
    this.decls = decls;
  }
}
