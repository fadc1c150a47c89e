package gava.syntax;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks the use of labels and branch statements in a function body, as gc's parser does
 * (syntax.CheckBranches): misplaced break/continue/fallthrough, bad labeled break/continue,
 * unused, duplicate and missing labels, gotos jumping over variable declarations or into blocks.
 * Sets {@link Stmt.Branch#target} of the statements it resolves (the For/Range/Switch/Select for
 * break and continue, the Labeled statement for goto).
 */
final class Branches {
  interface ErrorHandler {
    void error(Pos pos, String msg);
  }

  private Branches() {}

  /** Checks the function body; errors go to errh. */
  static void check(Stmt.Block body, ErrorHandler errh) {
    if (body == null) {
      return;
    }
    Branches ls = new Branches();
    ls.errh = errh;
    List<Stmt.Branch> fwdGotos = ls.blockBranches(null, new Targets(null, null, -1), null, body.pos, body.list);

    // Forward gotos left over have no matching label: either it was never defined, or it is
    // inside a block not reachable from the goto.
    for (Stmt.Branch fwd : fwdGotos) {
      String name = fwd.label.name;
      Label l = ls.labels.get(name);
      if (l != null) {
        l.used = true; // avoid "defined and not used" error
        ls.err(fwd.label.pos, "goto " + name + " jumps into block starting at " + l.parent.start);
      } else {
        ls.err(fwd.label.pos, "label " + name + " not defined");
      }
    }

    // spec: "It is illegal to define a label that is never used."
    for (Label l : ls.labels.values()) {
      if (!l.used) {
        ls.err(l.lstmt.label.pos, "label " + l.lstmt.label.name + " defined and not used");
      }
    }
  }

  private ErrorHandler errh;
  private final Map<String, Label> labels = new LinkedHashMap<>();

  private static final class Label {
    final Block parent; // block containing this label declaration
    final Stmt.Labeled lstmt; // statement declaring the label
    boolean used;

    Label(Block parent, Stmt.Labeled lstmt) {
      this.parent = parent;
      this.lstmt = lstmt;
    }
  }

  private record Block(Block parent, Pos start, Stmt.Labeled lstmt) {}

  /** The statements within which break (For, Range, Switch, Select) or continue (For, Range) are valid. */
  private record Targets(Stmt breaks, Stmt continues, int caseIndex) {}

  private static final Stmt.Labeled INVALID = new Stmt.Labeled(Pos.NONE, null, null);

  private void err(Pos pos, String msg) {
    errh.error(pos, msg);
  }

  private Label declare(Block b, Stmt.Labeled s) {
    String name = s.label.name;
    Label alt = labels.get(name);
    if (alt != null) {
      err(s.label.pos, "label " + name + " already defined at " + alt.lstmt.label.pos);
      return alt;
    }
    Label l = new Label(b, s);
    labels.put(name, l);
    return l;
  }

  /** The labeled statement named name declared in b or an enclosing block, or null. */
  private Stmt.Labeled gotoTarget(Block b, String name) {
    Label l = labels.get(name);
    if (l != null) {
      l.used = true; // even if it's not a valid target
      for (; b != null; b = b.parent) {
        if (l.parent == b) {
          return l.lstmt;
        }
      }
    }
    return null;
  }

  /**
   * The innermost enclosing labeled statement named name: null if the label is not defined,
   * INVALID if it does not label an enclosing statement.
   */
  private Stmt.Labeled enclosingTarget(Block b, String name) {
    Label l = labels.get(name);
    if (l != null) {
      l.used = true; // even if it's not a valid target
      for (; b != null; b = b.parent) {
        if (l.lstmt == b.lstmt) {
          return l.lstmt;
        }
      }
      return INVALID;
    }
    return null;
  }

  private List<Stmt.Branch> blockBranches(Block parent, Targets ctxt, Stmt.Labeled lstmt0, Pos start, List<Stmt> body) {
    Block b = new Block(parent, start, lstmt0);

    LastVar lastVar = new LastVar();
    List<Stmt.Branch> fwdGotos = new ArrayList<>();
    List<Stmt.Branch> badGotos = new ArrayList<>();

    // A fallthrough statement counts as last statement in a statement list even if there are
    // trailing empty statements; remove them.
    int n = body.size();
    while (n > 0 && body.get(n - 1) instanceof Stmt.Empty) {
      n--;
    }
    for (int stmtIndex = 0; stmtIndex < n; stmtIndex++) {
      Stmt stmt = body.get(stmtIndex);
      Stmt.Labeled lstmt = null;
      for (;;) {
        switch (stmt) {
          case Stmt.DeclStmt s -> {
            for (Decl d : s.decls) {
              if (d instanceof Decl.Var v) {
                lastVar.record(badGotos, fwdGotos, v.pos, v.names.subList(0, 1));
                break; // the first VarDecl will do
              }
            }
          }
          case Stmt.Labeled s -> {
            // declare non-blank label
            String name = s.label.name;
            if (!name.equals("_")) {
              Label l = declare(b, s);
              // resolve matching forward gotos
              int i = 0;
              for (Stmt.Branch fwd : new ArrayList<>(fwdGotos)) {
                if (fwd.label.name.equals(name)) {
                  fwd.target = s;
                  l.used = true;
                  if (lastVar.pos != null && containsIdentity(badGotos, fwd)) {
                    err(fwd.label.pos, "goto " + name + " jumps over declaration of "
                        + Printer.exprList(lastVar.names) + " at " + lastVar.pos);
                  }
                } else {
                  // no match - keep forward goto
                  fwdGotos.set(i++, fwd);
                }
              }
              while (fwdGotos.size() > i) {
                fwdGotos.remove(fwdGotos.size() - 1);
              }
              lstmt = s;
            }
            // process labeled statement
            stmt = s.stmt;
            continue;
          }
          case Stmt.Branch s -> branch(s, b, ctxt, stmtIndex, n, fwdGotos);
          case Stmt.Assign s -> {
            if (s.op == Token.DEFINE) {
              lastVar.record(badGotos, fwdGotos, s.pos, s.lhs);
            }
          }
          case Stmt.Block s -> {
            Targets inner = new Targets(ctxt.breaks, ctxt.continues, -1);
            fwdGotos.addAll(blockBranches(b, inner, lstmt, s.pos, s.list));
          }
          case Stmt.If s -> {
            Targets inner = new Targets(ctxt.breaks, ctxt.continues, -1);
            fwdGotos.addAll(blockBranches(b, inner, lstmt, s.then.pos, s.then.list));
            if (s.els != null) {
              fwdGotos.addAll(blockBranches(b, inner, lstmt, s.els.pos, List.of(s.els)));
            }
          }
          case Stmt.For s -> {
            Targets inner = new Targets(s, s, -1);
            fwdGotos.addAll(blockBranches(b, inner, lstmt, s.body.pos, s.body.list));
          }
          case Stmt.Range s -> {
            Targets inner = new Targets(s, s, -1);
            fwdGotos.addAll(blockBranches(b, inner, lstmt, s.body.pos, s.body.list));
          }
          case Stmt.Switch s -> {
            for (int i = 0; i < s.clauses.size(); i++) {
              Stmt.CaseClause cc = s.clauses.get(i);
              Targets inner = new Targets(s, ctxt.continues, i);
              fwdGotos.addAll(blockBranches(b, inner, lstmt, cc.pos, cc.body));
            }
          }
          case Stmt.Select s -> {
            Targets inner = new Targets(s, ctxt.continues, -1);
            for (Stmt.CommClause cc : s.clauses) {
              fwdGotos.addAll(blockBranches(b, inner, lstmt, cc.pos, cc.body));
            }
          }
          default -> {}
        }
        break;
      }
    }
    return fwdGotos;
  }

  private static boolean containsIdentity(List<Stmt.Branch> list, Stmt.Branch x) {
    for (Stmt.Branch s : list) {
      if (s == x) return true;
    }
    return false;
  }

  /** The last variable declaration of a block: its position and names (printed only for an error). */
  private static final class LastVar {
    Pos pos;
    List<? extends Expr> names;

    void record(List<Stmt.Branch> badGotos, List<Stmt.Branch> fwdGotos, Pos pos, List<? extends Expr> names) {
      this.pos = pos;
      this.names = names;
      // Any existing forward goto jumping over the variable declaration is invalid. The goto may
      // still jump out of the block and be ok, but we don't know that yet.
      badGotos.clear();
      badGotos.addAll(fwdGotos);
    }
  }

  private void branch(Stmt.Branch s, Block b, Targets ctxt, int stmtIndex, int n, List<Stmt.Branch> fwdGotos) {
    if (s.label == null) {
      // unlabeled branch statement
      switch (s.tok) {
        case BREAK -> {
          if (ctxt.breaks != null) {
            s.target = ctxt.breaks;
          } else {
            err(s.pos, "break is not in a loop, switch, or select");
          }
        }
        case CONTINUE -> {
          if (ctxt.continues != null) {
            s.target = ctxt.continues;
          } else {
            err(s.pos, "continue is not in a loop");
          }
        }
        case FALLTHROUGH -> {
          String msg = "fallthrough statement out of place";
          if (ctxt.breaks instanceof Stmt.Switch t) {
            if (t.tag instanceof Expr.TypeSwitchGuard) {
              msg = "cannot fallthrough in type switch";
            } else if (ctxt.caseIndex < 0 || stmtIndex + 1 < n) {
              // fallthrough nested in a block or not the last statement
            } else if (ctxt.caseIndex + 1 == t.clauses.size()) {
              msg = "cannot fallthrough final case in switch";
            } else {
              s.target = t;
              return; // fallthrough ok
            }
          }
          err(s.pos, msg);
        }
        default -> {} // goto always has a label
      }
      return;
    }

    // labeled branch statement
    String name = s.label.name;
    switch (s.tok) {
      case BREAK -> {
        // spec: "If there is a label, it must be that of an enclosing "for", "switch", or
        // "select" statement, and that is the one whose execution terminates."
        Stmt.Labeled t = enclosingTarget(b, name);
        if (t != null) {
          Stmt ts = t.stmt;
          if (ts instanceof Stmt.Switch || ts instanceof Stmt.Select || ts instanceof Stmt.For || ts instanceof Stmt.Range) {
            s.target = ts;
          } else {
            err(s.label.pos, "invalid break label " + name);
          }
        } else {
          err(s.label.pos, "break label not defined: " + name);
        }
      }
      case CONTINUE -> {
        // spec: "If there is a label, it must be that of an enclosing "for" statement, and that
        // is the one whose execution advances."
        Stmt.Labeled t = enclosingTarget(b, name);
        if (t != null) {
          Stmt ts = t.stmt;
          if (ts instanceof Stmt.For || ts instanceof Stmt.Range) {
            s.target = ts;
          } else {
            err(s.label.pos, "invalid continue label " + name);
          }
        } else {
          err(s.label.pos, "continue label not defined: " + name);
        }
      }
      case GOTO -> {
        Stmt.Labeled t = gotoTarget(b, name);
        if (t != null) {
          s.target = t;
        } else {
          // label may be declared later - add goto to forward gotos
          fwdGotos.add(s);
        }
      }
      default -> {} // fallthrough never has a label
    }
  }
}
