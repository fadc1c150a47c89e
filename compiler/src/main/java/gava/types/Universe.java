package gava.types;

import gava.syntax.Pos;
import java.util.ArrayList;
import java.util.List;

/**
 * The universe block (spec "Predeclared identifiers"): basic types, {@code error}, {@code any},
 * {@code comparable}, the constants true/false/iota, nil and the built-in functions. Everything here
 * is created once and never modified afterwards, so it is shared by checkers on all threads.
 */
public final class Universe {
  private Universe() {}

  /** Basic types indexed by {@link Basic.Kind#ordinal()}. */
  private static final Basic[] TYP = new Basic[Basic.Kind.values().length];

  public static final Basic INVALID = basic(Basic.Kind.INVALID, "invalid type");
  public static final Basic BOOL = basic(Basic.Kind.BOOL, "bool");
  public static final Basic INT = basic(Basic.Kind.INT, "int");
  public static final Basic INT8 = basic(Basic.Kind.INT8, "int8");
  public static final Basic INT16 = basic(Basic.Kind.INT16, "int16");
  public static final Basic INT32 = basic(Basic.Kind.INT32, "int32");
  public static final Basic INT64 = basic(Basic.Kind.INT64, "int64");
  public static final Basic UINT = basic(Basic.Kind.UINT, "uint");
  public static final Basic UINT8 = basic(Basic.Kind.UINT8, "uint8");
  public static final Basic UINT16 = basic(Basic.Kind.UINT16, "uint16");
  public static final Basic UINT32 = basic(Basic.Kind.UINT32, "uint32");
  public static final Basic UINT64 = basic(Basic.Kind.UINT64, "uint64");
  public static final Basic UINTPTR = basic(Basic.Kind.UINTPTR, "uintptr");
  public static final Basic FLOAT32 = basic(Basic.Kind.FLOAT32, "float32");
  public static final Basic FLOAT64 = basic(Basic.Kind.FLOAT64, "float64");
  public static final Basic COMPLEX64 = basic(Basic.Kind.COMPLEX64, "complex64");
  public static final Basic COMPLEX128 = basic(Basic.Kind.COMPLEX128, "complex128");
  public static final Basic STRING = basic(Basic.Kind.STRING, "string");
  public static final Basic UNSAFE_POINTER = basic(Basic.Kind.UNSAFE_POINTER, "Pointer");
  public static final Basic UNTYPED_BOOL = basic(Basic.Kind.UNTYPED_BOOL, "untyped bool");
  public static final Basic UNTYPED_INT = basic(Basic.Kind.UNTYPED_INT, "untyped int");
  public static final Basic UNTYPED_RUNE = basic(Basic.Kind.UNTYPED_RUNE, "untyped rune");
  public static final Basic UNTYPED_FLOAT = basic(Basic.Kind.UNTYPED_FLOAT, "untyped float");
  public static final Basic UNTYPED_COMPLEX = basic(Basic.Kind.UNTYPED_COMPLEX, "untyped complex");
  public static final Basic UNTYPED_STRING = basic(Basic.Kind.UNTYPED_STRING, "untyped string");
  public static final Basic UNTYPED_NIL = basic(Basic.Kind.UNTYPED_NIL, "untyped nil");

  /** Aliases: same kind as uint8/int32 (identical types) but printed by their own names. */
  public static final Basic BYTE = new Basic(Basic.Kind.UINT8, "byte");
  public static final Basic RUNE = new Basic(Basic.Kind.INT32, "rune");

  public static final Scope SCOPE = new Scope(null, "universe");

  public static final Named ERROR;
  public static final Interface ANY = new Interface(List.of(), List.of());
  public static final Named COMPARABLE;
  public static final Const IOTA;
  public static final Nil NIL;

  private static Basic basic(Basic.Kind k, String name) {
    Basic b = new Basic(k, name);
    TYP[k.ordinal()] = b;
    return b;
  }

  /** The basic type of a kind (byte and rune map to uint8 and int32). */
  public static Basic typ(Basic.Kind k) {
    return TYP[k.ordinal()];
  }

  static {
    for (Basic b : TYP) {
      if (b.kind == Basic.Kind.INVALID || b.isUntyped() || b.kind == Basic.Kind.UNSAFE_POINTER) continue;
      def(new TypeName(Pos.NONE, null, b.name, b));
    }
    TypeName byteName = new TypeName(Pos.NONE, null, "byte", BYTE);
    byteName.alias = true;
    def(byteName);
    TypeName runeName = new TypeName(Pos.NONE, null, "rune", RUNE);
    runeName.alias = true;
    def(runeName);

    // type error interface { Error() string }
    TypeName errName = new TypeName(Pos.NONE, null, "error", null);
    ERROR = new Named(errName, null);
    errName.type = ERROR;
    Var res = new Var(Pos.NONE, null, "", STRING, false);
    Var recv = new Var(Pos.NONE, null, "", ERROR, false);
    Signature sig = new Signature(recv, List.of(), Tuple.EMPTY, new Tuple(List.of(res)), false);
    Func errMethod = new Func(Pos.NONE, null, "Error", sig);
    Interface errIface = new Interface(List.of(errMethod), List.of());
    errIface.allMethods = List.of(errMethod);
    ERROR.setUnderlying(errIface);
    def(errName);

    TypeName anyName = new TypeName(Pos.NONE, null, "any", ANY);
    anyName.alias = true;
    def(anyName);

    TypeName cmpName = new TypeName(Pos.NONE, null, "comparable", null);
    Interface cmpIface = new Interface(List.of(), List.of());
    cmpIface.comparable = true;
    COMPARABLE = new Named(cmpName, cmpIface);
    cmpName.type = COMPARABLE;
    def(cmpName);

    def(new Const(Pos.NONE, null, "true", UNTYPED_BOOL, Constant.TRUE));
    def(new Const(Pos.NONE, null, "false", UNTYPED_BOOL, Constant.FALSE));
    IOTA = new Const(Pos.NONE, null, "iota", UNTYPED_INT, Constant.ofInt(0));
    def(IOTA);
    NIL = new Nil(UNTYPED_NIL);
    def(NIL);

    // complete the predeclared interfaces now: they are shared by all checkers and must not change
    Lookup.methods(ANY);
    Lookup.methods(errIface);
    Lookup.methods(cmpIface);

    List<Builtin.Id> ids = new ArrayList<>(List.of(Builtin.Id.values()));
    for (Builtin.Id id : ids) {
      if (id.ordinal() >= Builtin.Id.ALIGNOF.ordinal()) break;
      def(new Builtin(id.name().toLowerCase(), id));
    }
  }

  private static void def(Obj o) {
    SCOPE.insert(o);
  }
}
