package gava.lower;

import gava.syntax.Expr;
import gava.types.Builtin;
import gava.types.Constant;
import gava.types.Pointer;
import gava.types.Selection;
import gava.types.Sizes;
import gava.types.Struct;
import gava.types.Type;
import gava.types.Types;

/**
 * unsafe.Sizeof, Alignof and Offsetof of operands whose type depends on a type parameter are not
 * constant in generic code; in an instance, whose types are concrete, they are (as gc computes them).
 */
final class StencilUnsafe {
  private StencilUnsafe() {}

  /** The constant value of a stencilled call of unsafe.Sizeof/Alignof/Offsetof, or null. */
  static Constant constant(Expr.Call c) {
    Expr fun = Exprs.unparen(c.fun);
    Object obj = fun instanceof Expr.Selector s ? s.sel.obj : fun instanceof Expr.Name n ? n.obj : null;
    if (!(obj instanceof Builtin b)) return null;
    Expr arg = Exprs.unparen(c.args.get(0));
    switch (b.id) {
      case SIZEOF, ALIGNOF -> {
        if (!(arg.type instanceof Type t) || Sizes.variableSize(t)) return null;
        return Constant.ofInt(b.id == Builtin.Id.SIZEOF ? Sizes.sizeof(t) : Sizes.alignof(t));
      }
      case OFFSETOF -> {
        if (!(arg instanceof Expr.Selector sel) || !(sel.selection instanceof Selection s) || !(sel.x.type instanceof Type t)) return null;
        if (Types.under(t) instanceof Pointer p) t = p.elem;
        long off = 0;
        for (int k : s.path()) {
          if (!(Types.under(t) instanceof Struct st) || Sizes.variableSize(st)) return null;
          off += Sizes.offsetof(st, k);
          t = st.fields.get(k).type;
        }
        return Constant.ofInt(off);
      }
      default -> {
        return null;
      }
    }
  }
}
