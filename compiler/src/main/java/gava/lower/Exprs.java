package gava.lower;

import gava.syntax.Expr;
import gava.syntax.Token;
import gava.types.Array;
import gava.types.Lookup;
import gava.types.Named;
import gava.types.Pointer;
import gava.types.Selection;
import gava.types.Struct;
import gava.types.Type;
import gava.types.TypeName;
import gava.types.Types;
import gava.types.Var;
import java.util.List;

/** Small questions about checked expressions that lowering and code generation both ask. */
public final class Exprs {
  private Exprs() {}

  /** e without parentheses, and without the explicit instantiation of a function ({@code F[int]} is F's instance, see Stencil). */
  public static Expr unparen(Expr e) {
    while (true) {
      if (e instanceof Expr.Paren p) e = p.x;
      else if (e instanceof Expr.Index ix && isFuncInstantiation(ix)) e = ix.x;
      else return e;
    }
  }

  /** {@code F[T...]} or {@code pkg.F[T...]}: a generic function instantiated. */
  public static boolean isFuncInstantiation(Expr.Index ix) {
    Expr x = ix.x;
    while (x instanceof Expr.Paren p) x = p.x;
    return x instanceof Expr.Name n && n.obj instanceof gava.types.Func
        || x instanceof Expr.Selector s && s.sel.obj instanceof gava.types.Func && s.selection instanceof Selection sel && sel.kind() == Selection.Kind.QUALIFIED;
  }

  /** The expression denotes a type (so a call of it is a conversion). */
  public static boolean isType(Expr e) {
    e = unparen(e);
    return switch (e) {
      case Expr.Name n -> n.obj instanceof TypeName;
      case Expr.Selector s -> s.sel.obj instanceof TypeName;
      case Expr.ArrayType a -> true;
      case Expr.SliceType s -> true;
      case Expr.MapType m -> true;
      case Expr.ChanType c -> true;
      case Expr.FuncType f -> true;
      case Expr.StructType s -> true;
      case Expr.InterfaceType i -> true;
      case Expr.Operation o -> o.op == Token.MUL && o.y == null && isType(o.x);
      case Expr.Index i -> isType(i.x);
      default -> false;
    };
  }

  /** The checked type of an expression (from the tree, or the object it names). */
  public static Type type(Expr e) {
    if (e.type instanceof Type t) return t;
    if (e instanceof Expr.Name n && n.obj instanceof gava.types.Obj o) return o.type;
    if (e instanceof Expr.Paren p) return type(p.x);
    return null;
  }

  /** The variable a name denotes, or null ({@code _} and non-variables). */
  public static Var var(Expr e) {
    return unparen(e) instanceof Expr.Name n && n.obj instanceof Var v && !v.isField ? v : null;
  }

  /**
   * What a selector denotes: the checker's record when present, else looked up here (FIELD or
   * METHOD_VALUE on values; METHOD_EXPR when x is a type). Null for qualified identifiers and
   * unresolvable selectors.
   */
  public static Selection selection(Expr.Selector s) {
    Object rec = checkerSelection(s);
    if (rec instanceof Selection sel) return sel;
    Type xt = type(s.x);
    if (xt == null) return null;
    boolean isTypeExpr = isType(s.x);
    Lookup.Result r = Lookup.lookupFieldOrMethod(xt, !isTypeExpr, pkgOf(s), s.sel.name);
    if (r.obj() == null) return null;
    Selection.Kind kind = r.obj() instanceof Var ? Selection.Kind.FIELD
        : isTypeExpr ? Selection.Kind.METHOD_EXPR : Selection.Kind.METHOD_VALUE;
    boolean addressed = false, derefRecv = false;
    if (r.obj() instanceof gava.types.Func f && kind == Selection.Kind.METHOD_VALUE) {
      boolean ptrRecv = Lookup.hasPtrRecv(f);
      boolean finalIsPtr = finalReceiverIsPointer(xt, r.path());
      addressed = ptrRecv && !finalIsPtr;
      derefRecv = !ptrRecv && finalIsPtr;
    }
    return new Selection(kind, xt, r.obj(), r.path(), r.indirect(), addressed, derefRecv);
  }

  private static Object checkerSelection(Expr.Selector s) {
    return SelectionSlot.get(s);
  }

  private static gava.types.Package pkgOf(Expr.Selector s) {
    return s.sel.obj instanceof gava.types.Obj o ? o.pkg : null;
  }

  /** For a method selection path (embedded field indices, then the method index): is the final receiver a pointer? */
  static boolean finalReceiverIsPointer(Type xt, List<Integer> path) {
    Type t = xt;
    for (int i = 0; i < path.size() - 1; i++) {
      Type st = t instanceof Pointer p ? p.elem : t;
      Struct s = (Struct) Types.under(st);
      t = s.fields.get(path.get(i)).type;
    }
    return t instanceof Pointer;
  }

  /**
   * The variable whose own storage holds the location denoted by an addressable expression
   * (through struct fields of values and elements of arrays, not through pointers, slices or maps);
   * null when there is none.
   */
  public static Var rootVar(Expr e) {
    e = unparen(e);
    switch (e) {
      case Expr.Name n -> {
        return n.obj instanceof Var v && !v.isField ? v : null;
      }
      case Expr.Selector s -> {
        Selection sel = selection(s);
        // another package's variable (pkg.X): its package makes it a cell when addressed here
        if (sel != null && sel.kind() == Selection.Kind.QUALIFIED) return sel.obj() instanceof Var v ? v : null;
        if (sel == null || sel.kind() != Selection.Kind.FIELD || sel.indirect()) return null;
        return rootVar(s.x);
      }
      case Expr.Index i -> {
        Type xt = type(i.x);
        return xt != null && Types.under(xt) instanceof Array ? rootVar(i.x) : null;
      }
      default -> {
        return null;
      }
    }
  }

  /** Struct or array types: represented by mutable JVM objects with value semantics. */
  public static boolean isAggregate(Type t) {
    Type u = Types.under(t);
    return u instanceof Struct || u instanceof Array;
  }

  public static boolean isNamedStruct(Type t) {
    return t instanceof Named n && n.underlying() instanceof Struct;
  }
}
