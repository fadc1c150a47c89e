package gava.syntax;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Collects compile errors from every stage. Printing follows gc: sorted by position, one error per
 * line at most (the first), at most 10 and then "too many errors".
 */
public final class Diagnostics {
  private final List<Diagnostic> list = new ArrayList<>();

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
      if (d.message().startsWith("syntax error")) return true;
    }
    return false;
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

  /** The errors as gc would print them: sorted, deduplicated per line, capped at 10. */
  public synchronized List<String> render() {
    List<Diagnostic> sorted = new ArrayList<>(list);
    Collections.sort(sorted);
    List<String> out = new ArrayList<>();
    Diagnostic prev = null;
    int shown = 0;
    for (Diagnostic d : sorted) {
      if (prev != null && prev.pos().path().equals(d.pos().path()) && prev.pos().line() == d.pos().line()) {
        continue;
      }
      if (shown == 10) {
        out.add(d.pos() + ": too many errors");
        break;
      }
      out.add(d.toString());
      prev = d;
      shown++;
    }
    return out;
  }
}
