package gava.syntax;

import java.util.List;

/** Declarations, at package level or (except imports and funcs) inside a function. */
public abstract sealed class Decl extends Node {
  /** Non-null when the declaration is part of a parenthesised group; shared by the group's members. */
  public Object group;

  protected Decl(Pos pos) {
    super(pos);
  }

  /** {@code import name "path"}; name null for the default, "." or "_" otherwise. */
  public static final class Import extends Decl {
    public final Expr.Name localName;
    public final Expr.BasicLit path;
    public Import(Pos pos, Expr.Name localName, Expr.BasicLit path) { super(pos); this.localName = localName; this.path = path; }
  }

  /**
   * {@code const names type = values}. Within a group, a spec without type and values repeats the
   * previous spec's (the parser copies the references: type and values are then shared nodes, and
   * {@code inherited} is true). iota is the spec's index in its group.
   */
  public static final class Const extends Decl {
    public final List<Expr.Name> names;
    public final Expr constType;
    public final List<Expr> values;
    public final int iota;
    public final boolean inherited;
    public Const(Pos pos, List<Expr.Name> names, Expr constType, List<Expr> values, int iota, boolean inherited) { super(pos); this.names = names; this.constType = constType; this.values = values; this.iota = iota; this.inherited = inherited; }
  }

  /** {@code type name[tparams] = type} (alias) or {@code type name[tparams] type}. */
  public static final class Type extends Decl {
    public final Expr.Name name;
    public final List<Expr.Field> tparams;
    public final boolean alias;
    public final Expr typeExpr;
    public Type(Pos pos, Expr.Name name, List<Expr.Field> tparams, boolean alias, Expr typeExpr) { super(pos); this.name = name; this.tparams = tparams; this.alias = alias; this.typeExpr = typeExpr; }
  }

  /** {@code var names type = values}; type or values (not both) may be absent. */
  public static final class Var extends Decl {
    public final List<Expr.Name> names;
    public final Expr varType;
    public final List<Expr> values;
    public Var(Pos pos, List<Expr.Name> names, Expr varType, List<Expr> values) { super(pos); this.names = names; this.varType = varType; this.values = values; }
    /** Its {@code //go:embed} directives (gc checked their placement: one var, a type, no value, package level). */
    public List<Embed.Directive> embeds = List.of();
    /** The data of an embedded variable (see {@link Embed.FileData}), set once its patterns are resolved; else null. */
    public List<Embed.FileData> embedFiles;
  }

  /** {@code func (recv) name[tparams](params) results { body }}; recv and body may be null. */
  public static final class Func extends Decl {
    public final Expr.Field recv;
    public final Expr.Name name;
    public final List<Expr.Field> tparams;
    public final Expr.FuncType sig;
    public final Stmt.Block body;
    /**
     * For a body-less function bound to a static Java method by a {@code //gava:java} directive of a
     * std overlay (see gava.loader.OverlayDirectives): the method as {@code binary.class.Name.method};
     * else null.
     */
    public String javaMethod;
    public Func(Pos pos, Expr.Field recv, Expr.Name name, List<Expr.Field> tparams, Expr.FuncType sig, Stmt.Block body) { super(pos); this.recv = recv; this.name = name; this.tparams = tparams; this.sig = sig; this.body = body; }
  }
}
