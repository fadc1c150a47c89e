package gava.syntax;

import java.util.List;

/**
 * Expressions, including type expressions (the grammar does not always tell them apart). Nested
 * classes are the node kinds. {@link #type} and {@link #value} are filled by the type checker:
 * the expression's type and, for constants, its exact value.
 */
public abstract sealed class Expr extends Node {
  /** Set by the type checker: the expression's type (a gava.types.Type). */
  public Object type;
  /** Set by the type checker: the constant value (a gava.types.Constant), or null. */
  public Object value;

  protected Expr(Pos pos) {
    super(pos);
  }

  /** Placeholder where parsing failed; an error has been reported. */
  public static final class Bad extends Expr {
    public Bad(Pos pos) { super(pos); }
  }

  /** An identifier. {@link #obj} is set by the checker to the object it denotes or declares. */
  public static final class Name extends Expr {
    public final String name;
    /** Set by the type checker: the gava.types.Obj this name denotes or declares. */
    public Object obj;
    /**
     * Set by the type checker where this name denotes an instantiation of a generic function or
     * type: the type arguments (a List of gava.types.Type), explicit or inferred.
     */
    public Object typeArgs;
    public Name(Pos pos, String name) { super(pos); this.name = name; }
  }

  public enum LitKind { INT, FLOAT, IMAG, RUNE, STRING }

  /** A literal as written in the source (text includes quotes and prefixes). */
  public static final class BasicLit extends Expr {
    public final String text;
    public final LitKind kind;
    /** True when the scanner reported an error for this literal. */
    public final boolean bad;
    public BasicLit(Pos pos, String text, LitKind kind, boolean bad) { super(pos); this.text = text; this.kind = kind; this.bad = bad; }
  }

  /** {@code T{elems}}; type is null inside an enclosing literal where it is elided. */
  public static final class CompositeLit extends Expr {
    public Expr litType;
    public final List<Expr> elems;
    public final Pos rbrace;
    public CompositeLit(Pos pos, Expr litType, List<Expr> elems, Pos rbrace) { super(pos); this.litType = litType; this.elems = elems; this.rbrace = rbrace; }
  }

  /** {@code key: value} inside a composite literal. */
  public static final class KeyValue extends Expr {
    public final Expr key, val;
    public KeyValue(Pos pos, Expr key, Expr val) { super(pos); this.key = key; this.val = val; }
  }

  /** {@code func(params) results { body }}. */
  public static final class FuncLit extends Expr {
    public final FuncType sig;
    public final Stmt.Block body;
    public FuncLit(Pos pos, FuncType sig, Stmt.Block body) { super(pos); this.sig = sig; this.body = body; }
  }

  public static final class Paren extends Expr {
    public final Expr x;
    public Paren(Pos pos, Expr x) { super(pos); this.x = x; }
  }

  /** {@code x.sel}: field, method, qualified identifier. */
  public static final class Selector extends Expr {
    public final Expr x;
    public final Name sel;
    /** Set by the type checker: a gava.types.Selection describing what the selector denotes. */
    public Object selection;
    public Selector(Pos pos, Expr x, Name sel) { super(pos); this.x = x; this.sel = sel; }
  }

  /** {@code x[i]}, or an instantiation {@code f[T1, T2]} where indices has several entries. */
  public static final class Index extends Expr {
    public final Expr x;
    public final List<Expr> indices;
    public Index(Pos pos, Expr x, List<Expr> indices) { super(pos); this.x = x; this.indices = indices; }
  }

  /** {@code x[lo:hi]} or {@code x[lo:hi:max]} (full); absent bounds are null. */
  public static final class Slice extends Expr {
    public final Expr x, lo, hi, max;
    public final boolean full;
    public Slice(Pos pos, Expr x, Expr lo, Expr hi, Expr max, boolean full) { super(pos); this.x = x; this.lo = lo; this.hi = hi; this.max = max; this.full = full; }
  }

  /** {@code x.(T)}. */
  public static final class Assert extends Expr {
    public final Expr x, assertType;
    public Assert(Pos pos, Expr x, Expr assertType) { super(pos); this.x = x; this.assertType = assertType; }
  }

  /** {@code [lhs :=] x.(type)} in a type switch header. */
  public static final class TypeSwitchGuard extends Expr {
    public final Name lhs;
    public final Expr x;
    public TypeSwitchGuard(Pos pos, Name lhs, Expr x) { super(pos); this.lhs = lhs; this.x = x; }
  }

  /** Unary ({@code y == null}: {@code op x}, including {@code *x}, {@code &x}, {@code <-x}) or binary operation. */
  public static final class Operation extends Expr {
    public final Token op;
    public final Expr x, y;
    public Operation(Pos pos, Token op, Expr x, Expr y) { super(pos); this.op = op; this.x = x; this.y = y; }
  }

  /** What a call is, set by the type checker. */
  public enum CallKind { CALL, CONVERSION, BUILTIN }

  /** {@code fun(args)}, {@code hasDots} for {@code f(s...)}. */
  public static final class Call extends Expr {
    public final Expr fun;
    public final List<Expr> args;
    public final boolean hasDots;
    /** Set by the type checker: an ordinary call, a conversion (fun denotes a type) or a built-in call. */
    public CallKind callKind;
    public Call(Pos pos, Expr fun, List<Expr> args, boolean hasDots) { super(pos); this.fun = fun; this.args = args; this.hasDots = hasDots; }
  }

  // ---- type expressions ----

  /** {@code [len]elem}; len is null for {@code [...]elem}. */
  public static final class ArrayType extends Expr {
    public final Expr len, elem;
    public ArrayType(Pos pos, Expr len, Expr elem) { super(pos); this.len = len; this.elem = elem; }
  }

  public static final class SliceType extends Expr {
    public final Expr elem;
    public SliceType(Pos pos, Expr elem) { super(pos); this.elem = elem; }
  }

  /** {@code ...elem}, the type of a final variadic parameter. */
  public static final class DotsType extends Expr {
    public final Expr elem;
    public DotsType(Pos pos, Expr elem) { super(pos); this.elem = elem; }
  }

  /** A parameter, result, struct field or interface element; name null when anonymous or embedded. */
  public static final class Field extends Node {
    public final Name name;
    public final Expr fieldType;
    public Field(Pos pos, Name name, Expr fieldType) { super(pos); this.name = name; this.fieldType = fieldType; }
  }

  /** {@code struct{...}}; tags.get(i) is the raw tag literal of fields.get(i) or null. */
  public static final class StructType extends Expr {
    public final List<Field> fields;
    public final List<BasicLit> tags;
    public StructType(Pos pos, List<Field> fields, List<BasicLit> tags) { super(pos); this.fields = fields; this.tags = tags; }
  }

  /**
   * {@code interface{...}}: methods are Fields with a name and a FuncType; embedded elements
   * (types, unions {@code A | ~B}) are Fields with a null name.
   */
  public static final class InterfaceType extends Expr {
    public final List<Field> elems;
    public InterfaceType(Pos pos, List<Field> elems) { super(pos); this.elems = elems; }
  }

  /** A signature: parameters and results (results may be empty). */
  public static final class FuncType extends Expr {
    public final List<Field> params, results;
    public FuncType(Pos pos, List<Field> params, List<Field> results) { super(pos); this.params = params; this.results = results; }
  }

  public static final class MapType extends Expr {
    public final Expr key, elem;
    public MapType(Pos pos, Expr key, Expr elem) { super(pos); this.key = key; this.elem = elem; }
  }

  public enum ChanDir { BOTH, SEND, RECV }

  public static final class ChanType extends Expr {
    public final ChanDir dir;
    public final Expr elem;
    public ChanType(Pos pos, ChanDir dir, Expr elem) { super(pos); this.dir = dir; this.elem = elem; }
  }
}
