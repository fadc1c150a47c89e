package gava.types;

import gava.syntax.Decl;
import gava.syntax.Expr;
import gava.syntax.Pos;
import gava.syntax.Stmt;
import gava.syntax.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Labels and branch statements of one function body (spec "Labeled statements", "Break",
 * "Continue", "Goto", "Fallthrough"), as gc's syntax.checkBranches: reports misplaced branches with
 * gc's wording and sets {@code Stmt.Branch.target}. Labels are recorded as {@link Label} objects
 * on the label names.
 */
final class Branches {
  private final BiConsumer<Pos, String> err;
  private final Package pkg;
  private final Map<String, Lbl> labels = new HashMap<>();

  private static final class Lbl {
    final Block parent;
    final Stmt.Labeled lstmt;
    final Label obj;
    boolean used;

    Lbl(Block parent, Stmt.Labeled lstmt, Label obj) {
      this.parent = parent;
      this.lstmt = lstmt;
      this.obj = obj;
    }
  }

  private record Block(Block parent, Pos start, Stmt.Labeled lstmt) {}

  private record Targets(Stmt breaks, Stmt continues, int caseIndex) {}

  private static final Stmt.Labeled INVALID = new Stmt.Labeled(Pos.NONE, null, null);

  private Branches(Package pkg, BiConsumer<Pos, String> err) {
    this.pkg = pkg;
    this.err = err;
  }

  static void check(Package pkg, Stmt.Block body, BiConsumer<Pos, String> err) {
    if (body == null) return;
    Branches ls = new Branches(pkg, err);
    List<Stmt.Branch> fwd = ls.blockBranches(null, new Targets(null, null, -1), null, body.pos, body.list);
    for (Stmt.Branch f : fwd) {
      String name = f.label.name;
      Lbl l = ls.labels.get(name);
      if (l != null) {
        l.used = true;
        err.accept(f.label.pos, "goto " + name + " jumps into block starting at " + l.parent.start);
      } else {
        err.accept(f.label.pos, "label " + name + " not defined");
      }
    }
    List<Lbl> all = new ArrayList<>(ls.labels.values());
    all.sort((a, b) -> a.lstmt.label.pos.compareTo(b.lstmt.label.pos));
    for (Lbl l : all) {
      l.obj.used = l.used;
      if (!l.used) err.accept(l.lstmt.label.pos, "label " + l.lstmt.label.name + " defined and not used");
    }
  }

  private Lbl declare(Block b, Stmt.Labeled s) {
    String name = s.label.name;
    Lbl alt = labels.get(name);
    if (alt != null) {
      err.accept(s.label.pos, "label " + name + " already defined at " + alt.lstmt.label.pos);
      return alt;
    }
    Label obj = new Label(s.label.pos, pkg, name);
    s.label.obj = obj;
    Lbl l = new Lbl(b, s, obj);
    labels.put(name, l);
    return l;
  }

  private Stmt.Labeled gotoTarget(Block b, String name) {
    Lbl l = labels.get(name);
    if (l != null) {
      l.used = true;
      for (; b != null; b = b.parent) if (l.parent == b) return l.lstmt;
    }
    return null;
  }

  private Stmt.Labeled enclosingTarget(Block b, String name) {
    Lbl l = labels.get(name);
    if (l != null) {
      l.used = true;
      for (; b != null; b = b.parent) if (l.lstmt == b.lstmt) return l.lstmt;
      return INVALID;
    }
    return null;
  }

  private List<Stmt.Branch> blockBranches(Block parent, Targets ctxt, Stmt.Labeled lstmt0, Pos start, List<Stmt> body) {
    Block b = new Block(parent, start, lstmt0);
    Pos[] varPos = {null};
    String[] varName = {null};
    List<Stmt.Branch> fwdGotos = new ArrayList<>();
    List<Stmt.Branch> badGotos = new ArrayList<>();
    List<Stmt> stmtList = trimTrailingEmpty(body);
    for (int stmtIndex = 0; stmtIndex < stmtList.size(); stmtIndex++) {
      Stmt stmt = stmtList.get(stmtIndex);
      Stmt.Labeled lstmt = null;
      while (true) {
        if (stmt instanceof Stmt.Labeled s) {
          if (!s.label.name.equals("_")) {
            Lbl l = declare(b, s);
            String name = s.label.name;
            List<Stmt.Branch> keep = new ArrayList<>();
            for (Stmt.Branch f : fwdGotos) {
              if (f.label.name.equals(name)) {
                f.target = s;
                f.label.obj = l.obj;
                l.used = true;
                if (varPos[0] != null && badGotos.contains(f)) {
                  err.accept(f.label.pos, "goto " + name + " jumps over declaration of " + varName[0] + " at " + varPos[0]);
                }
              } else {
                keep.add(f);
              }
            }
            fwdGotos = keep;
            lstmt = s;
          }
          stmt = s.stmt;
          continue;
        }
        break;
      }
      final Stmt.Labeled ls = lstmt;
      switch (stmt) {
        case Stmt.DeclStmt s -> {
          for (Decl d : s.decls) {
            if (d instanceof Decl.Var v) {
              varPos[0] = v.names.isEmpty() ? v.pos : v.names.get(0).pos;
              varName[0] = v.names.isEmpty() ? "_" : v.names.get(0).name;
              badGotos = new ArrayList<>(fwdGotos);
              break;
            }
          }
        }
        case Stmt.Branch s -> {
          if (s.label == null) {
            switch (s.tok) {
              case BREAK -> {
                if (ctxt.breaks != null) s.target = ctxt.breaks;
                else err.accept(s.pos, "break is not in a loop, switch, or select");
              }
              case CONTINUE -> {
                if (ctxt.continues != null) s.target = ctxt.continues;
                else err.accept(s.pos, "continue is not in a loop");
              }
              case FALLTHROUGH -> {
                String msg = "fallthrough statement out of place";
                boolean ok = false;
                if (ctxt.breaks instanceof Stmt.Switch t) {
                  if (t.tag instanceof Expr.TypeSwitchGuard) {
                    msg = "cannot fallthrough in type switch";
                  } else if (ctxt.caseIndex < 0 || stmtIndex + 1 < stmtList.size()) {
                    // out of place
                  } else if (ctxt.caseIndex + 1 == t.clauses.size()) {
                    msg = "cannot fallthrough final case in switch";
                  } else {
                    ok = true;
                    s.target = t.clauses.get(ctxt.caseIndex + 1);
                  }
                }
                if (!ok) err.accept(s.pos, msg);
              }
              default -> {}
            }
            break;
          }
          String name = s.label.name;
          switch (s.tok) {
            case BREAK -> {
              Stmt.Labeled t = enclosingTarget(b, name);
              if (t != null) {
                if (t != INVALID && (t.stmt instanceof Stmt.Switch || t.stmt instanceof Stmt.Select || t.stmt instanceof Stmt.For || t.stmt instanceof Stmt.Range)) {
                  s.target = t.stmt;
                  s.label.obj = labels.get(name).obj;
                } else {
                  err.accept(s.label.pos, "invalid break label " + name);
                }
              } else {
                err.accept(s.label.pos, "break label not defined: " + name);
              }
            }
            case CONTINUE -> {
              Stmt.Labeled t = enclosingTarget(b, name);
              if (t != null) {
                if (t != INVALID && (t.stmt instanceof Stmt.For || t.stmt instanceof Stmt.Range)) {
                  s.target = t.stmt;
                  s.label.obj = labels.get(name).obj;
                } else {
                  err.accept(s.label.pos, "invalid continue label " + name);
                }
              } else {
                err.accept(s.label.pos, "continue label not defined: " + name);
              }
            }
            case GOTO -> {
              Stmt.Labeled t = gotoTarget(b, name);
              if (t != null) {
                s.target = t;
                s.label.obj = labels.get(name).obj;
              } else {
                fwdGotos.add(s);
              }
            }
            default -> {}
          }
        }
        case Stmt.Assign s -> {
          if (s.op == Token.DEFINE) {
            varPos[0] = s.pos;
            StringBuilder nb = new StringBuilder();
            for (int i = 0; i < s.lhs.size(); i++) {
              if (i > 0) nb.append(", ");
              nb.append(ExprString.of(s.lhs.get(i)));
            }
            varName[0] = nb.toString();
            badGotos = new ArrayList<>(fwdGotos);
          }
        }
        case Stmt.Block s -> fwdGotos.addAll(blockBranches(b, new Targets(ctxt.breaks, ctxt.continues, -1), ls, s.pos, s.list));
        case Stmt.If s -> {
          Targets inner = new Targets(ctxt.breaks, ctxt.continues, -1);
          fwdGotos.addAll(blockBranches(b, inner, ls, s.then.pos, s.then.list));
          if (s.els != null) fwdGotos.addAll(blockBranches(b, inner, ls, s.els.pos, List.of(s.els)));
        }
        case Stmt.For s -> fwdGotos.addAll(blockBranches(b, new Targets(s, s, -1), ls, s.body.pos, s.body.list));
        case Stmt.Range s -> fwdGotos.addAll(blockBranches(b, new Targets(s, s, -1), ls, s.body.pos, s.body.list));
        case Stmt.Switch s -> {
          for (int i = 0; i < s.clauses.size(); i++) {
            Stmt.CaseClause cc = s.clauses.get(i);
            fwdGotos.addAll(blockBranches(b, new Targets(s, ctxt.continues, i), ls, cc.pos, cc.body));
          }
        }
        case Stmt.Select s -> {
          for (Stmt.CommClause cc : s.clauses) {
            fwdGotos.addAll(blockBranches(b, new Targets(s, ctxt.continues, -1), ls, cc.pos, cc.body));
          }
        }
        default -> {}
      }
    }
    return fwdGotos;
  }

  private static List<Stmt> trimTrailingEmpty(List<Stmt> list) {
    int n = list.size();
    while (n > 0 && list.get(n - 1) instanceof Stmt.Empty) n--;
    return list.subList(0, n);
  }
}
