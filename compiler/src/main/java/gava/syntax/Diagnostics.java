package gava.syntax;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects compile errors from every stage, in the order they are reported, and prints them as gc
 * 1.19 does (cmd/compile/internal/base: {@code ErrorfAt} and {@code FlushErrors}); see
 * {@link #render(boolean, boolean)}.
 */
public final class Diagnostics {
  private final List<Diagnostic> list = new ArrayList<>();

  /** gc stops after this many errors (unless -e) and prints "too many errors". */
  public static final int MAX_ERRORS = 10;

  public synchronized void error(Pos pos, String message) {
    list.add(new Diagnostic(pos, message));
  }

  public synchronized boolean hasErrors() {
    return !list.isEmpty();
  }

  public synchronized int count() {
    return list.size();
  }

  /** Every error so far, in the order reported. */
  public synchronized List<Diagnostic> all() {
    return new ArrayList<>(list);
  }

  /**
   * Whether a syntax error (a message starting with "syntax error") was reported: gc stops after
   * parsing then; after other parse errors (lexical ones such as "newline in string", label and
   * branch errors) it goes on to type check.
   */
  public synchronized boolean hasSyntaxErrors() {
    for (Diagnostic d : list) {
      if (isSyntaxError(d)) return true;
    }
    return false;
  }

  private static boolean isSyntaxError(Diagnostic d) {
    return d.message().startsWith("syntax error");
  }

  /** Position of the node a stage is working on; see {@link #at}. */
  private volatile Pos current = Pos.NONE;

  /**
   * Stages call this (cheaply, e.g. on entering each declaration/statement/expression) so that an
   * unexpected Java exception can be reported by the command as
   * {@code path:line:col: internal compiler error: ...} at the right place. Null is ignored.
   */
  public void at(Pos pos) {
    if (pos != null && pos.src() != null) current = pos;
  }

  /** The last position given to {@link #at}, or {@link Pos#NONE}. */
  public Pos current() {
    return current;
  }

  /** The lines gc prints for these errors by default ({@code go build}, {@code go run}). */
  public List<String> render() {
    return render(true, true);
  }

  /**
   * The lines gc prints for these errors, exactly:
   * <ol>
   *   <li>As the errors are reported (in the order of {@link #all}), gc drops a syntax error on the
   *       same line as the previous syntax error, and a non-syntax error with the same message on
   *       the same line as the previous non-syntax error. "Same line" means the same line of the
   *       same position base: a {@code //line} directive starts a new base.
   *   <li>With {@code limit} (gc's default; {@code -e} turns it off), the 10th error kept stops
   *       the compile: later errors are never reported.
   *   <li>The kept errors are sorted stably by position: position bases in the order they first
   *       appear among the reported errors (so a file whose first error was reported later sorts
   *       later), then line, then column; an error without position comes first and is printed
   *       without one.
   *   <li>A line equal to the line before it is printed once.
   *   <li>After the 10th error: {@code pos: too many errors} with the position of the 10th error
   *       reported.
   * </ol>
   * {@code columns}: show columns (gc's {@code -C} turns them off); a column is shown when it is
   * known and below 255 (gc's limit).
   */
  public synchronized List<String> render(boolean columns, boolean limit) {
    Map<Source, Integer> bases = new IdentityHashMap<>();
    List<Diagnostic> kept = new ArrayList<>();
    Pos lastSyntax = null;
    Pos lastOther = null;
    String lastMsg = null;
    Pos tooMany = null;
    for (Diagnostic d : list) {
      Pos p = d.pos() == null ? Pos.NONE : d.pos();
      if (p.src() != null) bases.putIfAbsent(p.src(), bases.size());
      if (isSyntaxError(d)) {
        // only one syntax error per line, no matter what error
        if (sameLine(lastSyntax, p)) continue;
        lastSyntax = p;
      } else {
        // only one of multiple equal non-syntax errors per line
        if (sameLine(lastOther, p) && d.message().equals(lastMsg)) continue;
        lastOther = p;
        lastMsg = d.message();
      }
      kept.add(new Diagnostic(p, d.message()));
      if (limit && kept.size() >= MAX_ERRORS) {
        tooMany = p;
        break;
      }
    }
    Comparator<Diagnostic> byPos = Comparator
        .comparingInt((Diagnostic d) -> d.pos().src() == null ? -1 : bases.get(d.pos().src()))
        .thenComparingInt(d -> line(d.pos()))
        .thenComparingInt(d -> col(d.pos()));
    kept.sort(byPos); // (List.sort is stable)
    List<String> out = new ArrayList<>();
    for (Diagnostic d : kept) {
      String s = d.pos().src() == null ? d.message() : format(d.pos(), columns) + ": " + d.message();
      if (out.isEmpty() || !out.get(out.size() - 1).equals(s)) out.add(s);
    }
    if (tooMany != null) out.add(format(tooMany, columns) + ": too many errors");
    return out;
  }

  /** gc's sameline: same position base, same line (a null or unknown position is on no line). */
  private static boolean sameLine(Pos a, Pos b) {
    return a != null && a.src() != null && a.src() == b.src() && line(a) == line(b);
  }

  // gc keeps positions in 32 bits: lines up to 2^20-2 (beyond: that line, unknown column),
  // columns up to 255 (beyond: 255, which is printed as unknown).
  private static final int LINE_MAX = (1 << 20) - 2;
  private static final int COL_MAX = 255;

  private static int line(Pos p) {
    return Math.min(p.line(), LINE_MAX);
  }

  private static int col(Pos p) {
    if (p.line() >= LINE_MAX) return 0;
    return Math.min(p.col(), COL_MAX);
  }

  /** A position as gc prints it: {@code path:line} or {@code path:line:col}. */
  public static String format(Pos p, boolean columns) {
    if (p == null || p.src() == null) return "<unknown line number>";
    int c = col(p);
    String s = p.path() + ":" + line(p);
    return columns && c > 0 && c < COL_MAX ? s + ":" + c : s;
  }
}
