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
