package gava.codegen;

import gava.syntax.Expr;
import gava.types.Constant;
import gava.types.Var;

/**
 * Rough upper estimates of the JVM bytecode an expression compiles to, so that big package
 * initialisers and composite literals can be split over several methods before they hit the JVM's
 * 64 KiB limit per method (unicode's tables, html's entity map). Also tells whether an expression
 * can be compiled in a method of its own: it must not read the enclosing function's locals.
 */
final class CodeSize {
  private CodeSize() {}

  /** Estimated budget of one method's code (bytes); the JVM allows 65535. */
  static final int METHOD_BUDGET = 24000;

  /** Estimated bytes of code for e (not counting the bodies of function literals, separate methods). */
  static int of(Expr e) {
    if (e == null) return 0;
    if (e.value instanceof Constant) return 5;
    return switch (e) {
      case Expr.Name n -> 6;
      case Expr.Paren p -> of(p.x);
      case Expr.CompositeLit c -> {
        long s = 12;
        for (Expr el : c.elems) s += 10 + of(el);
        yield (int) Math.min(s, Integer.MAX_VALUE / 4);
      }
      case Expr.KeyValue kv -> of(kv.key) + of(kv.val);
      case Expr.FuncLit fl -> 20;
      case Expr.Selector s -> 10 + of(s.x);
      case Expr.Index ix -> {
        int s = 12 + of(ix.x);
        for (Expr i : ix.indices) s += of(i);
        yield s;
      }
      case Expr.Slice sl -> 20 + of(sl.x) + of(sl.lo) + of(sl.hi) + of(sl.max);
      case Expr.Assert a -> 16 + of(a.x);
      case Expr.Operation op -> 12 + of(op.x) + of(op.y);
      case Expr.Call c -> {
        int s = 16 + of(c.fun);
        for (Expr a : c.args) s += 4 + of(a);
        yield s;
      }
      default -> 10;
    };
  }

  /**
   * The local variables of the enclosing function that e reads, in first-use order, or null when
   * e cannot be compiled in a method of its own (it holds a function literal, which could capture
   * more, unless funcLitsOk: in the package initialiser, which has no locals). A moved expression gets these variables as parameters (their cells for variables
   * living in cells).
   */
  static java.util.List<Var> locals(Expr e, boolean funcLitsOk) {
    java.util.LinkedHashSet<Var> out = new java.util.LinkedHashSet<>();
    return collect(e, out, funcLitsOk) ? new java.util.ArrayList<>(out) : null;
  }

  private static boolean collect(Expr e, java.util.Set<Var> out, boolean fl) {
    if (e == null || e.value instanceof Constant) return true;
    return switch (e) {
      case Expr.Name n -> {
        if (n.obj instanceof Var v && !v.isGlobal && !v.isField) out.add(v);
        yield true;
      }
      case Expr.Paren p -> collect(p.x, out, fl);
      case Expr.CompositeLit c -> {
        for (Expr el : c.elems) if (!collect(el, out, fl)) yield false;
        yield true;
      }
      case Expr.KeyValue kv -> collect(kv.key, out, fl) && collect(kv.val, out, fl);
      case Expr.FuncLit lit -> fl;
      case Expr.Selector s -> collect(s.x, out, fl);
      case Expr.Index ix -> {
        if (!collect(ix.x, out, fl)) yield false;
        for (Expr i : ix.indices) if (!collect(i, out, fl)) yield false;
        yield true;
      }
      case Expr.Slice sl -> collect(sl.x, out, fl) && collect(sl.lo, out, fl) && collect(sl.hi, out, fl) && collect(sl.max, out, fl);
      case Expr.Assert a -> collect(a.x, out, fl);
      case Expr.Operation op -> collect(op.x, out, fl) && collect(op.y, out, fl);
      case Expr.Call c -> {
        if (!collect(c.fun, out, fl)) yield false;
        for (Expr a : c.args) if (!collect(a, out, fl)) yield false;
        yield true;
      }
      default -> true; // literals, type expressions
    };
  }
}
