package gava.syntax;

import java.util.List;

/** Statements; nested classes are the node kinds. */
public abstract sealed class Stmt extends Node {
  protected Stmt(Pos pos) {
    super(pos);
  }

  public static final class Empty extends Stmt {
    public Empty(Pos pos) { super(pos); }
  }

  public static final class Bad extends Stmt {
    public Bad(Pos pos) { super(pos); }
  }

  /** {@code label: stmt}. {@code label.obj} is set by the checker to the label object. */
  public static final class Labeled extends Stmt {
    public final Expr.Name label;
    public final Stmt stmt;
    public Labeled(Pos pos, Expr.Name label, Stmt stmt) { super(pos); this.label = label; this.stmt = stmt; }
  }

  public static final class Block extends Stmt {
    public final List<Stmt> list;
    public final Pos rbrace;
    public Block(Pos pos, List<Stmt> list, Pos rbrace) { super(pos); this.list = list; this.rbrace = rbrace; }
  }

  public static final class ExprStmt extends Stmt {
    public final Expr x;
    public ExprStmt(Pos pos, Expr x) { super(pos); this.x = x; }
  }

  /** {@code ch <- value}. */
  public static final class Send extends Stmt {
    public final Expr chan, val;
    public Send(Pos pos, Expr chan, Expr val) { super(pos); this.chan = chan; this.val = val; }
  }

  /** {@code x++} / {@code x--}. */
  public static final class IncDec extends Stmt {
    public final Expr x;
    public final boolean inc;
    public IncDec(Pos pos, Expr x, boolean inc) { super(pos); this.x = x; this.inc = inc; }
  }

  /**
   * {@code lhs = rhs} (op ASSIGN), {@code lhs := rhs} (op DEFINE) or {@code x op= y} (op an
   * op-assignment token, one element on each side). pos is the operator's position.
   */
  public static final class Assign extends Stmt {
    public final Token op;
    public final List<Expr> lhs, rhs;
    public Assign(Pos pos, Token op, List<Expr> lhs, List<Expr> rhs) { super(pos); this.op = op; this.lhs = lhs; this.rhs = rhs; }
  }

  /** {@code var}, {@code const} or {@code type} declarations inside a function. */
  public static final class DeclStmt extends Stmt {
    public final List<Decl> decls;
    public DeclStmt(Pos pos, List<Decl> decls) { super(pos); this.decls = decls; }
  }

  /** break, continue, goto or fallthrough, with an optional label. */
  public static final class Branch extends Stmt {
    public final Token tok;
    public final Expr.Name label;
    /** Set by the checker: the statement a break/continue/goto refers to (for goto, the Labeled). */
    public Stmt target;
    public Branch(Pos pos, Token tok, Expr.Name label) { super(pos); this.tok = tok; this.label = label; }
  }

  /** {@code go call} or {@code defer call}. */
  public static final class GoDefer extends Stmt {
    public final Token tok;
    public final Expr call;
    public GoDefer(Pos pos, Token tok, Expr call) { super(pos); this.tok = tok; this.call = call; }
  }

  public static final class Return extends Stmt {
    public final List<Expr> results;
    public Return(Pos pos, List<Expr> results) { super(pos); this.results = results; }
  }

  /** {@code if init; cond { then } else els}; els is null, a Block or an If. */
  public static final class If extends Stmt {
    public final Stmt init;
    public final Expr cond;
    public final Block then;
    public final Stmt els;
    public If(Pos pos, Stmt init, Expr cond, Block then, Stmt els) { super(pos); this.init = init; this.cond = cond; this.then = then; this.els = els; }
  }

  /** {@code for init; cond; post { body }}; any part may be null. */
  public static final class For extends Stmt {
    public final Stmt init;
    public final Expr cond;
    public final Stmt post;
    public final Block body;
    public For(Pos pos, Stmt init, Expr cond, Stmt post, Block body) { super(pos); this.init = init; this.cond = cond; this.post = post; this.body = body; }
  }

  /** {@code for key, val := range x { body }} (define) or with {@code =}; key/val may be null. */
  public static final class Range extends Stmt {
    public final Expr key, val;
    public final boolean define;
    public final Expr x;
    public final Block body;
    /** Where a third iteration variable starts (the checker reports it, as types2), or null. */
    public Pos extra;
    public Range(Pos pos, Expr key, Expr val, boolean define, Expr x, Block body) { super(pos); this.key = key; this.val = val; this.define = define; this.x = x; this.body = body; }
  }

  /** One {@code case a, b:} or {@code default:} clause (cases empty for default) of a switch. */
  public static final class CaseClause extends Stmt {
    public final List<Expr> cases;
    public final boolean isDefault;
    public final List<Stmt> body;
    /** Set by the checker in type switches with a guard name: the implicit variable of this clause. */
    public Object implicitObj;
    public CaseClause(Pos pos, List<Expr> cases, boolean isDefault, List<Stmt> body) { super(pos); this.cases = cases; this.isDefault = isDefault; this.body = body; }
  }

  /** Expression switch, or type switch when tag is an {@link Expr.TypeSwitchGuard}. */
  public static final class Switch extends Stmt {
    public final Stmt init;
    public final Expr tag;
    public final List<CaseClause> clauses;
    public final Pos rbrace;
    public Switch(Pos pos, Stmt init, Expr tag, List<CaseClause> clauses, Pos rbrace) { super(pos); this.init = init; this.tag = tag; this.clauses = clauses; this.rbrace = rbrace; }
  }

  /** One {@code case comm:} or {@code default:} of a select; comm is a Send, ExprStmt of a receive, or Assign. */
  public static final class CommClause extends Stmt {
    public final Stmt comm;
    public final List<Stmt> body;
    public CommClause(Pos pos, Stmt comm, List<Stmt> body) { super(pos); this.comm = comm; this.body = body; }
  }

  public static final class Select extends Stmt {
    public final List<CommClause> clauses;
    public final Pos rbrace;
    public Select(Pos pos, List<CommClause> clauses, Pos rbrace) { super(pos); this.clauses = clauses; this.rbrace = rbrace; }
  }
}
