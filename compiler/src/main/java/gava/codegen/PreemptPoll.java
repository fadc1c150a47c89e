package gava.codegen;

import static java.lang.constant.ConstantDescs.CD_int;

import gava.lower.Exprs;
import gava.lower.Facts;
import gava.syntax.Expr;
import gava.syntax.Stmt;
import gava.syntax.Token;
import gava.types.Var;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.Label;
import java.lang.classfile.TypeKind;
import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;

/**
 * The preemption poll at loop back-edges ({@code gava.runtime.Preempt}): a loop reads the runtime's
 * preemption epoch into a local when it starts, and at each back-edge compares it with the current
 * epoch; when a tick has passed it calls {@code Preempt.poll()}, which yields the carrier thread to
 * other goroutines. The fast path is a volatile load, a local load and a branch not taken.
 *
 * <p>Counted loops get no poll ({@link #counted}): {@code for i := a; i < b; i++} whose body never
 * assigns {@code i} (nor captures it or takes its address) ends, so it cannot keep the other
 * goroutines off the CPU forever, and a poll there would cost most (the call on the slow path
 * stops the JIT from unrolling the innermost loops of numeric code). Range loops over integers,
 * slices, arrays, strings and maps end too, and have none; {@code for {}}, {@code for cond {}},
 * other three-clause loops and range-over-func bodies' loops are polled. Loops made of
 * {@code goto} are not.
 * {@code GAVA_PREEMPT=0} (or {@code -Dgava.preempt=false}) at compile time omits the polls.
 */
final class PreemptPoll {
  private PreemptPoll() {}

  private static final ClassDesc PREEMPT = Rt.cd("Preempt");
  private static final boolean ON = !"0".equals(System.getenv("GAVA_PREEMPT"))
      && !"false".equals(System.getProperty("gava.preempt"));

  /** At the entry of a {@code for} statement: as {@link #enter(CodeBuilder)}, none for a counted loop. */
  static int enter(CodeBuilder cb, Stmt.For fo, Facts facts) {
    return counted(fo, facts) ? -1 : enter(cb);
  }

  /**
   * {@code for i := a; i OP b; i++} (OP {@code <} or {@code <=}; {@code --} with {@code >} or
   * {@code >=}) where the body never changes {@code i}: a loop that ends (unless b itself keeps
   * moving away, which no terminating program relies on).
   */
  static boolean counted(Stmt.For fo, Facts facts) {
    if (!(fo.init instanceof Stmt.Assign a) || a.op != Token.DEFINE || a.lhs.size() != 1) return false;
    Var v = Exprs.var(a.lhs.get(0));
    if (v == null || facts.isCaptured(v) || facts.isAddrTaken(v)) return false;
    if (!(fo.post instanceof Stmt.IncDec d) || Exprs.var(d.x) != v) return false;
    if (!(Exprs.unparen(fo.cond) instanceof Expr.Operation c) || c.y == null) return false;
    Token op = c.op;
    if (Exprs.var(c.y) == v && Exprs.var(c.x) != v) {
      op = switch (op) { case LSS -> Token.GTR; case LEQ -> Token.GEQ; case GTR -> Token.LSS; case GEQ -> Token.LEQ; default -> op; };
    } else if (Exprs.var(c.x) != v) {
      return false;
    }
    boolean up = op == Token.LSS || op == Token.LEQ;
    boolean down = op == Token.GTR || op == Token.GEQ;
    if (d.inc ? !up : !down) return false;
    return !assigns(fo.body, v);
  }

  /** Whether a statement (and the statements in it) may assign v. */
  private static boolean assigns(Stmt s, Var v) {
    return switch (s) {
      case null -> false;
      case Stmt.Block b -> b.list.stream().anyMatch(x -> assigns(x, v));
      case Stmt.Labeled l -> assigns(l.stmt, v);
      case Stmt.IncDec d -> Exprs.var(d.x) == v;
      case Stmt.Assign a -> a.lhs.stream().anyMatch(e -> Exprs.var(e) == v);
      case Stmt.If i -> assigns(i.init, v) || assigns(i.then, v) || assigns(i.els, v);
      case Stmt.For f -> assigns(f.init, v) || assigns(f.post, v) || assigns(f.body, v);
      case Stmt.Range r -> !r.define && (is(r.key, v) || is(r.val, v)) || assigns(r.body, v);
      case Stmt.Switch w -> assigns(w.init, v) || w.clauses.stream().anyMatch(c -> assigns(c, v));
      case Stmt.CaseClause c -> c.body.stream().anyMatch(x -> assigns(x, v));
      case Stmt.Select t -> t.clauses.stream().anyMatch(c -> assigns(c, v));
      case Stmt.CommClause c -> assigns(c.comm, v) || c.body.stream().anyMatch(x -> assigns(x, v));
      case Stmt.Branch b -> b.tok == Token.GOTO; // a goto may jump back into the loop: poll
      default -> false;
    };
  }

  private static boolean is(Expr e, Var v) {
    return e != null && Exprs.var(e) == v;
  }

  /** At a loop's entry: the local holding the epoch seen, or -1 when polls are off. */
  static int enter(CodeBuilder cb) {
    if (!ON) return -1;
    cb.getstatic(PREEMPT, "epoch", CD_int);
    int slot = cb.allocateLocal(TypeKind.INT);
    cb.istore(slot);
    return slot;
  }

  /** At a back-edge of the loop whose {@link #enter} returned {@code slot}: the poll. */
  static void backEdge(CodeBuilder cb, int slot) {
    if (slot < 0) return;
    Label skip = cb.newLabel();
    cb.getstatic(PREEMPT, "epoch", CD_int);
    cb.iload(slot);
    cb.if_icmpeq(skip);
    cb.invokestatic(PREEMPT, "poll", MethodTypeDesc.of(CD_int));
    cb.istore(slot);
    cb.labelBinding(skip);
  }
}
