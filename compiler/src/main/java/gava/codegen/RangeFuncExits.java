package gava.codegen;

import gava.syntax.Stmt;
import gava.syntax.Token;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The ways the body of a range-over-function loop can leave the loop other than by ending,
 * {@code continue} or {@code break} of the loop itself: {@code return}, break/continue of an
 * enclosing statement, {@code goto} a label outside the body. Each gets an exit code (its index
 * plus one; 0 is a plain end of the loop) that the body records before yield returns false and
 * that the code after the iterator call dispatches on. Nested range-over-function bodies count
 * as part of the body (their exits that leave this loop too are listed here).
 */
final class RangeFuncExits {
  enum Kind { RETURN, BREAK, CONTINUE, GOTO }

  /** One exit: target is the statement broken or continued, or the label name of a goto. */
  record Exit(Kind kind, Object target) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Exit e && e.kind == kind && (target instanceof String s ? s.equals(e.target) : target == e.target);
    }

    @Override
    public int hashCode() {
      return kind.hashCode() * 31 + (target instanceof String s ? s.hashCode() : System.identityHashCode(target));
    }
  }

  final Stmt.Range loop;
  /** Every statement inside the body. */
  private final Set<Stmt> inside = Collections.newSetFromMap(new IdentityHashMap<>());
  /** Labels declared inside the body. */
  private final Set<String> labels = new HashSet<>();
  final List<Exit> exits;

  RangeFuncExits(Stmt.Range loop) {
    this.loop = loop;
    collect(loop.body);
    Set<Exit> found = new LinkedHashSet<>();
    branches(loop.body, found);
    this.exits = new ArrayList<>(found);
  }

  /** The exit code of e, or -1 when e does not leave this loop. */
  int code(Exit e) {
    int i = exits.indexOf(e);
    return i < 0 ? -1 : i + 1;
  }

  /** The exit a branch statement inside the body takes, or null when it stays inside (or is this loop's own). */
  Exit of(Stmt.Branch b) {
    switch (b.tok) {
      case BREAK, CONTINUE -> {
        Stmt t = unlabel(b.target);
        if (t == null || t == loop || inside.contains(t)) return null;
        return new Exit(b.tok == Token.BREAK ? Kind.BREAK : Kind.CONTINUE, t);
      }
      case GOTO -> {
        return b.label == null || labels.contains(b.label.name) ? null : new Exit(Kind.GOTO, b.label.name);
      }
      default -> {
        return null;
      }
    }
  }

  static Stmt unlabel(Stmt s) {
    while (s instanceof Stmt.Labeled l) s = l.stmt;
    return s;
  }

  private void collect(Stmt s) {
    if (s == null) return;
    inside.add(s);
    if (s instanceof Stmt.Labeled l) labels.add(l.label.name);
    for (Stmt c : children(s)) collect(c);
  }

  private void branches(Stmt s, Set<Exit> found) {
    if (s == null) return;
    switch (s) {
      case Stmt.Return r -> found.add(new Exit(Kind.RETURN, null));
      case Stmt.Branch b -> {
        Exit e = of(b);
        if (e != null) found.add(e);
      }
      default -> {
        for (Stmt c : children(s)) branches(c, found);
      }
    }
  }

  /** The statements directly inside s (function literals are other functions and not looked into). */
  static List<Stmt> children(Stmt s) {
    List<Stmt> l = new ArrayList<>();
    switch (s) {
      case Stmt.Block b -> l.addAll(b.list);
      case Stmt.Labeled lb -> l.add(lb.stmt);
      case Stmt.If i -> { l.add(i.init); l.add(i.then); l.add(i.els); }
      case Stmt.For f -> { l.add(f.init); l.add(f.post); l.add(f.body); }
      case Stmt.Range r -> l.add(r.body);
      case Stmt.Switch sw -> { l.add(sw.init); l.addAll(sw.clauses); }
      case Stmt.CaseClause c -> l.addAll(c.body);
      case Stmt.Select sel -> l.addAll(sel.clauses);
      case Stmt.CommClause c -> { l.add(c.comm); l.addAll(c.body); }
      default -> {}
    }
    l.removeIf(x -> x == null);
    return l;
  }
}
