package gava.types;

import gava.syntax.Expr;
import gava.syntax.Stmt;
import gava.syntax.Token;
import java.util.List;
import java.util.Set;

/** Terminating statements (spec "Terminating statements"), for the "missing return" check. */
final class Terminating {
  private final Set<Expr.Call> panics;

  Terminating(Set<Expr.Call> panics) {
    this.panics = panics;
  }

  boolean isTerminating(Stmt s, String label) {
    switch (s) {
      case Stmt.Labeled l -> {
        return isTerminating(l.stmt, l.label.name);
      }
      case Stmt.ExprStmt e -> {
        return CheckerCore.unparen(e.x) instanceof Expr.Call c && panics.contains(c);
      }
      case Stmt.Return r -> {
        return true;
      }
      case Stmt.Branch b -> {
        return b.tok == Token.GOTO || b.tok == Token.FALLTHROUGH;
      }
      case Stmt.Block b -> {
        return isTerminatingList(b.list, "");
      }
      case Stmt.If i -> {
        return i.els != null && isTerminating(i.then, "") && isTerminating(i.els, "");
      }
      case Stmt.Switch sw -> {
        boolean hasDefault = false;
        for (Stmt.CaseClause cc : sw.clauses) {
          if (cc.isDefault) hasDefault = true;
          if (!isTerminatingList(cc.body, "") || hasBreakList(cc.body, label, true)) return false;
        }
        return hasDefault;
      }
      case Stmt.Select sel -> {
        for (Stmt.CommClause cc : sel.clauses) {
          if (!isTerminatingList(cc.body, "") || hasBreakList(cc.body, label, true)) return false;
        }
        return true;
      }
      case Stmt.For f -> {
        return f.cond == null && !hasBreak(f.body, label, true);
      }
      default -> {
        return false;
      }
    }
  }

  boolean isTerminatingList(List<Stmt> list, String label) {
    for (int i = list.size() - 1; i >= 0; i--) {
      if (!(list.get(i) instanceof Stmt.Empty)) return isTerminating(list.get(i), label);
    }
    return false;
  }

  static boolean hasBreak(Stmt s, String label, boolean implicit) {
    switch (s) {
      case Stmt.Labeled l -> {
        return hasBreak(l.stmt, label, implicit);
      }
      case Stmt.Branch b -> {
        if (b.tok == Token.BREAK) {
          if (b.label == null) return implicit;
          return b.label.name.equals(label);
        }
        return false;
      }
      case Stmt.Block b -> {
        return hasBreakList(b.list, label, implicit);
      }
      case Stmt.If i -> {
        return hasBreak(i.then, label, implicit) || (i.els != null && hasBreak(i.els, label, implicit));
      }
      case Stmt.Switch sw -> {
        if (label.isEmpty()) return false;
        for (Stmt.CaseClause cc : sw.clauses) if (hasBreakList(cc.body, label, false)) return true;
        return false;
      }
      case Stmt.Select sel -> {
        if (label.isEmpty()) return false;
        for (Stmt.CommClause cc : sel.clauses) if (hasBreakList(cc.body, label, false)) return true;
        return false;
      }
      case Stmt.For f -> {
        return !label.isEmpty() && hasBreak(f.body, label, false);
      }
      case Stmt.Range r -> {
        return !label.isEmpty() && hasBreak(r.body, label, false);
      }
      default -> {
        return false;
      }
    }
  }

  static boolean hasBreakList(List<Stmt> list, String label, boolean implicit) {
    for (Stmt s : list) if (hasBreak(s, label, implicit)) return true;
    return false;
  }
}
