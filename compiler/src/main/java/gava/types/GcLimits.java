package gava.types;

import gava.syntax.Decl;
import gava.syntax.Expr;
import gava.syntax.File;
import gava.syntax.Pos;
import gava.syntax.Stmt;
import java.util.ArrayList;
import java.util.List;

/**
 * gc's own size limits for amd64, which gc's backend checks once a package type-checks (its types
 * package's CalcSize and ssagen's frame check), reported where gc reports them:
 *
 * <ul>
 *   <li>{@code type T larger than address space}: an array of more than (2^50-1)/elemsize elements;
 *       {@code type T too large}: a struct whose fields reach 2^50 bytes;
 *   <li>{@code channel element type too large (>64kB)}: a channel whose element takes 64 kB or more;
 *   <li>{@code stack frame too large (>1GB): L MB locals + A MB args}: a function whose arguments
 *       passed on the stack by gc's register ABI (ABIInternal: 9 integer and 15 floating-point
 *       registers; arrays of more than one element always on the stack) take 1 GB or more, or whose
 *       locals do: counted here are the copies gc makes of arrays ranged over with a value variable.
 * </ul>
 *
 * Each distinct type is sized once (as gc sizes each type once), at its first use in source order:
 * a declared type at its name, a variable's type at its name, a type in an expression at the
 * expression. The frame check runs only when the sizes are fine (gc stops before its backend).
 */
final class GcLimits {
  /** gc's MaxWidth on amd64. */
  static final long MAX_WIDTH = 1L << 50;
  /** ssagen's maxStackSize. */
  static final long MAX_STACK = 1L << 30;
  private static final long SAT = Long.MAX_VALUE / 4;

  private final CheckerCore check;
  private int errors;

  private GcLimits(CheckerCore check) {
    this.check = check;
  }

  static void run(CheckerCore check, List<File> files) {
    GcLimits g = new GcLimits(check);
    for (File f : files) if (f != null) for (Decl d : f.decls) g.decl(d);
    if (g.errors > 0) return;
    for (File f : files) {
      if (f == null) continue;
      for (Decl d : f.decls) if (d instanceof Decl.Func fd) g.frame(fd);
    }
  }

  private void error(Pos pos, String msg) {
    errors++;
    check.error(pos, msg);
  }

  // ---------------------------------------------------------------- sizes

  /** gc's CalcSize of t (first use at pos): reports the limits it exceeds, once per type. */
  private void size(Type t, Pos pos) {
    if (t == null || t instanceof Tuple || done.contains(t)) return;
    List<Type[]> found = new ArrayList<>();
    walk(t, java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()), found);
    if (found.isEmpty()) {
      done.add(t);
      return;
    }
    for (Type[] p : found) {
      // gc sizes each of its types once; its types are interned by their spelling (byte and
      // uint8 are distinct there): the same spelling is reported once
      if (!reported.add(kindName(p[0]) + check.s(p[1]))) continue;
      Type u = Types.under(p[1]);
      String msg;
      if (p[0] == ADDRESS_SPACE) msg = "type " + check.s(u) + " larger than address space";
      else if (p[0] == TOO_LARGE) msg = "type " + check.s(u) + " too large";
      else msg = "channel element type too large (>64kB)";
      // gc prints an error once per position
      if (reportedAt.add(pos + ": " + msg)) error(pos, msg);
    }
  }

  private static String kindName(Type kind) {
    return kind == ADDRESS_SPACE ? "A " : kind == TOO_LARGE ? "S " : "C ";
  }

  /** Markers of the kinds of problem (compared by identity). */
  private static final Type ADDRESS_SPACE = new Tuple(List.of()), TOO_LARGE = new Tuple(List.of()), CHAN = new Tuple(List.of());

  /** Types sized without problem. */
  private final java.util.Set<Type> done = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
  /** Problems reported: kind and type. */
  private final java.util.Set<String> reported = new java.util.HashSet<>();
  private final java.util.Set<String> reportedAt = new java.util.HashSet<>();

  private void walk(Type t, java.util.Set<Type> seen, List<Type[]> found) {
    if (t == null || done.contains(t) || !seen.add(t) || t instanceof TypeParam || Sizes.variableSize(t)) return;
    switch (Types.under(t)) {
      case Array a -> {
        walk(a.elem, seen, found);
        long es = width(a.elem);
        if (es != 0 && a.len > (MAX_WIDTH - 1) / es) found.add(new Type[] {ADDRESS_SPACE, t});
      }
      case Struct st -> {
        long o = 0;
        for (Var f : st.fields) {
          walk(f.type, seen, found);
          long al = Sizes.alignof(f.type);
          o = sat((o + al - 1) / al * al + width(f.type));
          if (o >= MAX_WIDTH) {
            found.add(new Type[] {TOO_LARGE, t});
            break;
          }
        }
      }
      case Chan c -> {
        walk(c.elem, seen, found);
        if (width(c.elem) >= 1 << 16) found.add(new Type[] {CHAN, t});
      }
      case Pointer p -> walk(p.elem, seen, found);
      case Slice sl -> walk(sl.elem, seen, found);
      case MapType m -> {
        walk(m.key, seen, found);
        walk(m.elem, seen, found);
      }
      default -> {}
    }
  }

  /** The size of t, saturating instead of overflowing. */
  static long width(Type t) {
    return switch (Types.under(t)) {
      case Array a -> {
        long es = width(a.elem);
        yield es == 0 ? 0 : a.len > SAT / es ? SAT : a.len * es;
      }
      case Struct st -> {
        long o = 0, align = 1, last = -1;
        for (Var f : st.fields) {
          long al = Sizes.alignof(f.type);
          align = Math.max(align, al);
          last = width(f.type);
          o = sat((o + al - 1) / al * al + last);
        }
        if (last == 0 && o > 0) o++;
        yield sat((o + align - 1) / align * align);
      }
      default -> Sizes.sizeof(t);
    };
  }

  private static long sat(long v) {
    return v < 0 || v > SAT ? SAT : v;
  }

  private void decl(Decl d) {
    switch (d) {
      case Decl.Type td -> {
        if ((td.tparams == null || td.tparams.isEmpty()) && td.name.obj instanceof TypeName tn && !tn.alias) size(tn.type, td.name.pos);
      }
      case Decl.Var vd -> {
        for (Expr v : vd.values) expr(v);
        for (Expr.Name n : vd.names) if (n.obj instanceof Var v) size(v.type, n.pos);
      }
      case Decl.Func fd -> {
        if (fd.tparams != null && !fd.tparams.isEmpty()) return;
        if (!(fd.name.obj instanceof Func fn) || !(fn.type instanceof Signature sig) || !sig.rparams.isEmpty()) return;
        if (fd.body != null) stmt(fd.body);
      }
      default -> {}
    }
  }

  private void stmts(List<Stmt> l) {
    for (Stmt s : l) stmt(s);
  }

  private void stmt(Stmt s0) {
    if (s0 == null) return;
    switch (s0) {
      case Stmt.Labeled s -> stmt(s.stmt);
      case Stmt.Block s -> stmts(s.list);
      case Stmt.ExprStmt s -> expr(s.x);
      case Stmt.Send s -> {
        expr(s.chan);
        expr(s.val);
      }
      case Stmt.IncDec s -> expr(s.x);
      case Stmt.Assign s -> {
        if (s.rhs != null) for (Expr e : s.rhs) expr(e);
        for (Expr e : s.lhs) {
          if (e instanceof Expr.Name n && n.obj instanceof Var v) size(v.type, n.pos);
          else expr(e);
        }
      }
      case Stmt.DeclStmt s -> {
        for (Decl d : s.decls) decl(d);
      }
      case Stmt.GoDefer s -> expr(s.call);
      case Stmt.Return s -> {
        for (Expr e : s.results) expr(e);
      }
      case Stmt.If s -> {
        stmt(s.init);
        expr(s.cond);
        stmt(s.then);
        stmt(s.els);
      }
      case Stmt.For s -> {
        stmt(s.init);
        expr(s.cond);
        stmt(s.post);
        stmt(s.body);
      }
      case Stmt.Range s -> {
        expr(s.x);
        for (Expr e : new Expr[] {s.key, s.val}) if (e instanceof Expr.Name n && n.obj instanceof Var v) size(v.type, n.pos);
        stmt(s.body);
      }
      case Stmt.CaseClause s -> {
        for (Expr e : s.cases) expr(e);
        stmts(s.body);
      }
      case Stmt.Switch s -> {
        stmt(s.init);
        expr(s.tag);
        for (Stmt.CaseClause c : s.clauses) stmt(c);
      }
      case Stmt.CommClause s -> {
        stmt(s.comm);
        stmts(s.body);
      }
      case Stmt.Select s -> {
        for (Stmt.CommClause c : s.clauses) stmt(c);
      }
      default -> {}
    }
  }

  private void expr(Expr e0) {
    if (e0 == null) return;
    switch (e0) {
      case Expr.CompositeLit e -> {
        size(typeOf(e), CheckerCore.gcPos(e));
        for (Expr x : e.elems) expr(x);
      }
      case Expr.KeyValue e -> {
        expr(e.key);
        expr(e.val);
      }
      case Expr.FuncLit e -> {
        if (e.body != null) stmt(e.body);
      }
      case Expr.Paren e -> expr(e.x);
      case Expr.Selector e -> expr(e.x);
      case Expr.Index e -> {
        expr(e.x);
        for (Expr x : e.indices) expr(x);
      }
      case Expr.Slice e -> {
        expr(e.x);
        expr(e.lo);
        expr(e.hi);
        expr(e.max);
      }
      case Expr.Assert e -> expr(e.x);
      case Expr.Operation e -> {
        expr(e.x);
        expr(e.y);
      }
      case Expr.Call e -> {
        if (e.callKind == Expr.CallKind.CONVERSION || e.callKind == Expr.CallKind.BUILTIN) {
          // make(T, ...), new(T), T(x): gc sizes T at the call
          if (e.callKind == Expr.CallKind.CONVERSION) size(typeOf(e), CheckerCore.gcPos(e));
          else if (!e.args.isEmpty() && isTypeArg(e)) size(typeOf(e.args.get(0)), CheckerCore.gcPos(e));
        } else {
          expr(e.fun);
        }
        for (Expr a : e.args) expr(a);
      }
      default -> {}
    }
  }

  private static Type typeOf(Expr e) {
    return e.type instanceof Type t && !(t instanceof Tuple) ? t : null;
  }

  /** A built-in call whose first argument is a type (make, new). */
  private static boolean isTypeArg(Expr.Call c) {
    Expr f = CheckerCore.unparen(c.fun);
    return f instanceof Expr.Name n && (n.name.equals("make") || n.name.equals("new")) && n.obj instanceof Builtin;
  }

  // ---------------------------------------------------------------- stack frames

  private void frame(Decl.Func fd) {
    if (fd.body == null || (fd.tparams != null && !fd.tparams.isEmpty())) return;
    if (!(fd.name.obj instanceof Func fn) || !(fn.type instanceof Signature sig) || !sig.rparams.isEmpty()) return;
    long args = argWidth(sig);
    long[] f = {0, 0}; // locals, callee area
    frameStmt(fd.body, f);
    long locals = f[0], callee = f[1];
    if (locals >= MAX_STACK || args >= MAX_STACK) {
      error(funcPos(fd), "stack frame too large (>1GB): " + (locals >> 20) + " MB locals + " + (args >> 20) + " MB args");
    } else if (sat(locals + callee) >= MAX_STACK) {
      error(funcPos(fd), "stack frame too large (>1GB): " + (locals >> 20) + " MB locals + " + (args >> 20) + " MB args + "
          + (callee >> 20) + " MB callee");
    }
  }

  /**
   * The frame's locals and callee area as far as gc's lowering makes them predictable (closures are
   * frames of their own): gc's order pass copies an array ranged over with a value variable
   * ({@code for _, v := range a}) into a temporary; walk stores each call argument that itself
   * calls into a temporary of the parameter's type (so that the inner call cannot clobber the
   * outgoing arguments); the callee area is the largest argument area of the functions called
   * (ABI0, everything on the stack, for a function without body: assembly).
   */
  private void frameStmt(Stmt s0, long[] f) {
    if (s0 == null) return;
    switch (s0) {
      case Stmt.Range s -> {
        boolean value = s.val != null && !(s.val instanceof Expr.Name n && n.name.equals("_"));
        if (value && typeOf(s.x) != null && Types.under(typeOf(s.x)) instanceof Array) f[0] = sat(f[0] + width(typeOf(s.x)));
        frameExpr(s.x, f);
        frameStmt(s.body, f);
      }
      case Stmt.Labeled s -> frameStmt(s.stmt, f);
      case Stmt.Block s -> {
        for (Stmt x : s.list) frameStmt(x, f);
      }
      case Stmt.ExprStmt s -> frameExpr(s.x, f);
      case Stmt.Send s -> {
        frameExpr(s.chan, f);
        frameExpr(s.val, f);
      }
      case Stmt.Assign s -> {
        if (s.rhs != null) for (Expr e : s.rhs) frameExpr(e, f);
        for (Expr e : s.lhs) frameExpr(e, f);
      }
      case Stmt.DeclStmt s -> {
        for (Decl d : s.decls) if (d instanceof Decl.Var v) for (Expr e : v.values) frameExpr(e, f);
      }
      case Stmt.GoDefer s -> frameExpr(s.call, f);
      case Stmt.Return s -> {
        for (Expr e : s.results) frameExpr(e, f);
      }
      case Stmt.If s -> {
        frameStmt(s.init, f);
        frameExpr(s.cond, f);
        frameStmt(s.then, f);
        frameStmt(s.els, f);
      }
      case Stmt.For s -> {
        frameStmt(s.init, f);
        frameExpr(s.cond, f);
        frameStmt(s.post, f);
        frameStmt(s.body, f);
      }
      case Stmt.Switch s -> {
        frameStmt(s.init, f);
        frameExpr(s.tag, f);
        for (Stmt.CaseClause c : s.clauses) {
          for (Expr e : c.cases) frameExpr(e, f);
          for (Stmt x : c.body) frameStmt(x, f);
        }
      }
      case Stmt.Select s -> {
        for (Stmt.CommClause c : s.clauses) {
          frameStmt(c.comm, f);
          for (Stmt x : c.body) frameStmt(x, f);
        }
      }
      default -> {}
    }
  }

  private void frameExpr(Expr e0, long[] f) {
    if (e0 == null) return;
    switch (e0) {
      case Expr.Call e -> {
        frameExpr(e.fun, f);
        for (Expr a : e.args) frameExpr(a, f);
        if (e.callKind != Expr.CallKind.CALL || !(typeOf(e.fun) instanceof Type ft) || !(Types.under(ft) instanceof Signature sig)) return;
        Expr fun = CheckerCore.unparen(e.fun);
        Func callee = fun instanceof Expr.Name n && n.obj instanceof Func fn ? fn : null;
        boolean asm = callee != null && callee.decl != null && callee.decl.body == null;
        f[1] = Math.max(f[1], asm ? abi0Width(sig) : argWidth(sig));
        for (int i = 0; i < e.args.size(); i++) {
          if (!calls(e.args.get(i))) continue;
          Type pt = i < sig.params.vars.size() && !(sig.variadic && i >= sig.params.vars.size() - 1)
              ? sig.params.vars.get(i).type : typeOf(e.args.get(i));
          if (pt != null) f[0] = sat(f[0] + width(pt));
        }
      }
      case Expr.Paren e -> frameExpr(e.x, f);
      case Expr.Selector e -> frameExpr(e.x, f);
      case Expr.Index e -> {
        frameExpr(e.x, f);
        for (Expr x : e.indices) frameExpr(x, f);
      }
      case Expr.Slice e -> {
        frameExpr(e.x, f);
        frameExpr(e.lo, f);
        frameExpr(e.hi, f);
        frameExpr(e.max, f);
      }
      case Expr.Assert e -> frameExpr(e.x, f);
      case Expr.Operation e -> {
        frameExpr(e.x, f);
        frameExpr(e.y, f);
      }
      case Expr.CompositeLit e -> {
        for (Expr x : e.elems) frameExpr(x, f);
      }
      case Expr.KeyValue e -> {
        frameExpr(e.key, f);
        frameExpr(e.val, f);
      }
      default -> {}
    }
  }

  /** Whether evaluating e calls a function (not looking into function literals). */
  private static boolean calls(Expr e0) {
    return switch (e0) {
      case null -> false;
      case Expr.Call e -> e.callKind == Expr.CallKind.CALL || calls(e.fun) || e.args.stream().anyMatch(GcLimits::calls);
      case Expr.Paren e -> calls(e.x);
      case Expr.Selector e -> calls(e.x);
      case Expr.Index e -> calls(e.x) || e.indices.stream().anyMatch(GcLimits::calls);
      case Expr.Slice e -> calls(e.x) || calls(e.lo) || calls(e.hi) || calls(e.max);
      case Expr.Assert e -> calls(e.x);
      case Expr.Operation e -> calls(e.x) || calls(e.y);
      case Expr.CompositeLit e -> e.elems.stream().anyMatch(GcLimits::calls);
      case Expr.KeyValue e -> calls(e.key) || calls(e.val);
      default -> false;
    };
  }

  /** The argument area of an ABI0 (assembly) function: every parameter and result on the stack. */
  static long abi0Width(Signature sig) {
    long o = 0;
    if (sig.recv != null) o = sat(align(o, Sizes.alignof(sig.recv.type)) + width(sig.recv.type));
    for (Var v : sig.params.vars) o = sat(align(o, Sizes.alignof(v.type)) + width(v.type));
    o = align(o, 8);
    for (Var v : sig.results.vars) o = sat(align(o, Sizes.alignof(v.type)) + width(v.type));
    return align(o, 8);
  }

  /** Registers of gc's amd64 ABIInternal. */
  private static final int INT_REGS = 9, FLOAT_REGS = 15;

  /**
   * ABIAnalyzeFuncType's ArgWidth: the stack area of the parameters and results that do not fit in
   * registers, plus the spill area of the register-assigned parameters.
   */
  static long argWidth(Signature sig) {
    long[] stack = {0}, spill = {0};
    int[] regs = {0, 0};
    if (sig.recv != null) assign(sig.recv.type, stack, spill, regs, false);
    for (Var v : sig.params.vars) assign(v.type, stack, spill, regs, false);
    stack[0] = align(stack[0], 8);
    regs[0] = regs[1] = 0;
    for (Var v : sig.results.vars) assign(v.type, stack, spill, regs, true);
    return sat(align(stack[0], 8) + align(spill[0], 8));
  }

  private static void assign(Type t, long[] stack, long[] spill, int[] regs, boolean result) {
    int[] need = {0, 0};
    if (regsNeeded(t, need) && regs[0] + need[0] <= INT_REGS && regs[1] + need[1] <= FLOAT_REGS) {
      regs[0] += need[0];
      regs[1] += need[1];
      if (!result) spill[0] = sat(align(spill[0], Sizes.alignof(t)) + width(t));
      return;
    }
    stack[0] = sat(align(stack[0], Sizes.alignof(t)) + width(t));
  }

  /** Adds the integer and floating-point registers t takes; false if t cannot be passed in registers. */
  private static boolean regsNeeded(Type t, int[] need) {
    switch (Types.under(t)) {
      case Basic b -> {
        switch (b.kind) {
          case FLOAT32, FLOAT64 -> need[1]++;
          case COMPLEX64, COMPLEX128 -> need[1] += 2;
          case STRING -> need[0] += 2;
          default -> need[0]++;
        }
        return true;
      }
      case Array a -> {
        if (a.len == 0) return true;
        return a.len == 1 && regsNeeded(a.elem, need);
      }
      case Struct st -> {
        for (Var f : st.fields) if (!regsNeeded(f.type, need)) return false;
        return true;
      }
      case Slice s -> {
        need[0] += 3;
        return true;
      }
      case Interface i -> {
        need[0] += 2;
        return true;
      }
      default -> {
        need[0]++;
        return true;
      }
    }
  }

  private static long align(long o, long a) {
    return a <= 1 ? o : sat((o + a - 1) / a * a);
  }

  /** gc's position of a function: its name, for a method the '(' of its receiver. */
  private static Pos funcPos(Decl.Func fd) {
    if (fd.recv == null || fd.pos == null || fd.pos.src() == null) return fd.name.pos;
    byte[] b = fd.pos.src().bytes();
    int line = 1, i = 0;
    while (i < b.length && line < fd.pos.line()) if (b[i++] == '\n') line++;
    int start = i;
    for (int k = start + fd.pos.col() - 1 + 4; k < b.length && b[k] != '\n'; k++) {
      if (b[k] == '(') return new Pos(fd.pos.src(), line, k - start + 1);
      if (b[k] != ' ' && b[k] != '\t') break;
    }
    return fd.name.pos;
  }
}
