package gava.types;

import gava.syntax.Diagnostics;
import gava.syntax.Expr;
import gava.syntax.Token;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Built-in functions (spec "Built-in functions"). The call's type is the result type; for print,
 * println, panic and the like (no result) the call has mode novalue and type empty Tuple.
 */
abstract class Builtins extends UnsafeBuiltins {
  Builtins(Package pkg, Diagnostics diags) {
    super(pkg, diags);
  }

  /** Calls of the predeclared panic (terminating statements). */
  final Set<Expr.Call> panics = Collections.newSetFromMap(new IdentityHashMap<>());

  private static int minArgs(Builtin.Id id) {
    if (unsafeMinArgs(id) >= 0) return unsafeMinArgs(id);
    return switch (id) {
      case APPEND, CAP, CLEAR, CLOSE, IMAG, LEN, MAKE, NEW, PANIC, REAL, MAX, MIN -> 1;
      case COMPLEX, COPY, DELETE -> 2;
      default -> 0;
    };
  }

  private static boolean variadic(Builtin.Id id) {
    return switch (id) {
      case APPEND, MAKE, PRINT, PRINTLN, MAX, MIN -> true;
      default -> false;
    };
  }

  private static String name(Builtin.Id id) {
    if (id.ordinal() >= Builtin.Id.ALIGNOF.ordinal()) return Unsafe.name(id);
    return id.name().toLowerCase();
  }

  @Override
  boolean builtin(Operand x, Expr.Call call, Builtin.Id id) {
    String bname = name(id);
    if (call.hasDots && id != Builtin.Id.APPEND) {
      error(call, INVALID_OP + "invalid use of ... with built-in " + bname);
      for (Expr a : call.args) use(a);
      return false;
    }
    boolean savedHasCall = env.hasCallOrRecv;
    if (id == Builtin.Id.LEN || id == Builtin.Id.CAP) env.hasCallOrRecv = false;
    try {
      return builtin0(x, call, id, bname);
    } finally {
      if (id == Builtin.Id.LEN || id == Builtin.Id.CAP) env.hasCallOrRecv = savedHasCall;
    }
  }

  private boolean builtin0(Operand x, Expr.Call call, Builtin.Id id, String bname) {
    List<Operand> args = null;
    int nargs = call.args.size();
    switch (id) {
      case MAKE, NEW -> {}
      default -> {
        args = exprList(call.args, false);
        nargs = args.size();
        if (nargs > 0) {
          x.copyFrom(args.get(0));
          if (x.invalid()) return false;
        }
      }
    }
    String msg = null;
    if (nargs < minArgs(id)) msg = "not enough";
    else if (!variadic(id) && nargs > minArgs(id)) msg = "too many";
    if (msg != null) {
      error(call, INVALID_OP + msg + " arguments for " + s(call) + " (expected " + minArgs(id) + ", found " + nargs + ")");
      return false;
    }
    switch (id) {
      case APPEND -> {
        Type S = x.type;
        Type T;
        if (Types.coreType(S) instanceof Slice sl) {
          T = sl.elem;
        } else {
          String cause = x.isNil() ? "have untyped nil" : "have " + s(x);
          error(x, "first argument to append must be a slice; " + cause);
          return false;
        }
        if (nargs == 2 && call.hasDots) {
          if (assignableTo(x, new Slice(Universe.BYTE), null)) {
            Operand y = args.get(1);
            if (y.invalid()) return false;
            boolean stringish = Types.isString(y.type);
            if (y.type instanceof TypeParam) {
              stringish = true;
              for (Type u : underTypes(y.type)) {
                if (!(u != null && (Types.isString(u) || (u instanceof Slice bs && Types.identical(bs.elem, Universe.UINT8))))) stringish = false;
              }
            }
            if (stringish) {
              if (Types.isUntyped(y.type)) convertUntyped(y, Universe.STRING);
              x.mode = Operand.Mode.VALUE;
              x.type = S;
              return true;
            }
          }
        }
        Signature sig = new Signature(null, List.of(),
            new Tuple(List.of(new Var(call.pos, null, "", S, false), new Var(call.pos, null, "", new Slice(T), false))),
            new Tuple(List.of(new Var(call.pos, null, "", S, false))), true);
        arguments(call, sig, args);
        x.mode = Operand.Mode.VALUE;
        x.type = S;
      }
      case CAP, LEN -> {
        Operand.Mode mode = Operand.Mode.INVALID;
        Constant val = null;
        Type u = Types.under(x.type);
        if (x.type instanceof TypeParam tp) {
          List<Union.Term> ts = Types.terms(tp);
          boolean allOk = ts != null && !ts.isEmpty();
          if (allOk) {
            for (Union.Term term : ts) {
              Type tu = Types.under(term.type());
              if (tu instanceof Pointer p && Types.under(p.elem) instanceof Array) tu = Types.under(p.elem);
              boolean ok = switch (tu) {
                case Basic b -> b.isString() && id == Builtin.Id.LEN;
                case Array a -> true;
                case Slice sl -> true;
                case Chan c -> true;
                case MapType m -> id == Builtin.Id.LEN;
                default -> false;
              };
              if (!ok) allOk = false;
            }
          }
          if (!allOk) {
            error(x, INVALID_ARG + s(x) + " for " + bname);
            return false;
          }
          x.mode = Operand.Mode.VALUE;
          x.type = Universe.INT;
          x.val = null;
          return true;
        }
        if (u instanceof Pointer p && Types.under(p.elem) instanceof Array a) u = a;
        switch (u) {
          case Basic b -> {
            if (b.isString() && id == Builtin.Id.LEN) {
              if (x.mode == Operand.Mode.CONSTANT) {
                mode = Operand.Mode.CONSTANT;
                val = Constant.ofInt(x.val.stringBytes().length);
              } else {
                mode = Operand.Mode.VALUE;
              }
            }
          }
          case Array a -> {
            mode = Operand.Mode.VALUE;
            if (!env.hasCallOrRecv) {
              mode = Operand.Mode.CONSTANT;
              val = Constant.ofInt(a.len);
            }
          }
          case Slice sl -> mode = Operand.Mode.VALUE;
          case Chan c -> mode = Operand.Mode.VALUE;
          case MapType m -> {
            if (id == Builtin.Id.LEN) mode = Operand.Mode.VALUE;
          }
          default -> {}
        }
        if (mode == Operand.Mode.INVALID) {
          if (!Types.isInvalid(Types.under(x.type))) error(x, INVALID_ARG + s(x) + " for " + bname);
          return false;
        }
        if (Types.isUntyped(x.type) && x.expr != null) updateExprType(x.expr, Universe.STRING, true);
        x.mode = mode;
        x.type = Universe.INT;
        x.val = val;
      }
      case CLEAR -> {
        boolean clearable = true;
        for (Type u : underTypes(x.type)) if (!(u instanceof MapType || u instanceof Slice)) clearable = false;
        if (!clearable) {
          error(x, INVALID_ARG + "cannot clear " + s(x) + ": argument must be (or constrained by) map or slice");
          return false;
        }
        x.mode = Operand.Mode.NOVALUE;
        x.type = Tuple.EMPTY;
      }
      case CLOSE -> {
        for (Type u : underTypes(x.type)) {
          if (!(u instanceof Chan ch)) {
            error(x, INVALID_OP + "cannot close non-channel " + s(x));
            return false;
          }
          if (ch.dir == Expr.ChanDir.RECV) {
            error(x, INVALID_OP + "cannot close receive-only channel " + s(x));
            return false;
          }
        }
        x.mode = Operand.Mode.NOVALUE;
        x.type = Tuple.EMPTY;
      }
      case COMPLEX -> {
        Operand y = args.get(1);
        if (y.invalid()) return false;
        int d = (Types.isUntyped(x.type) ? 1 : 0) | (Types.isUntyped(y.type) ? 2 : 0);
        switch (d) {
          case 1 -> convertUntyped(x, y.type);
          case 2 -> convertUntyped(y, x.type);
          case 3 -> {
            if (x.mode == Operand.Mode.CONSTANT && y.mode == Operand.Mode.CONSTANT) {
              if (Types.isNumeric(x.type) && ConstOps.sign(x.val.imag()) == 0) x.type = Universe.UNTYPED_FLOAT;
              if (Types.isNumeric(y.type) && ConstOps.sign(y.val.imag()) == 0) y.type = Universe.UNTYPED_FLOAT;
            } else {
              convertUntyped(x, Universe.FLOAT64);
              convertUntyped(y, Universe.FLOAT64);
            }
          }
          default -> {}
        }
        if (x.invalid() || y.invalid()) return false;
        if (!Types.identical(x.type, y.type)) {
          error(x, INVALID_OP + s(call) + " (mismatched types " + s(x.type) + " and " + s(y.type) + ")");
          return false;
        }
        Type res = null;
        if (Types.under(x.type) instanceof Basic b) {
          res = switch (b.kind) {
            case FLOAT32 -> Universe.COMPLEX64;
            case FLOAT64 -> Universe.COMPLEX128;
            case UNTYPED_FLOAT -> Universe.UNTYPED_COMPLEX;
            default -> null;
          };
        }
        if (res == null) {
          error(x, INVALID_ARG + "arguments have type " + s(x.type) + ", expected floating-point");
          return false;
        }
        if (x.mode == Operand.Mode.CONSTANT && y.mode == Operand.Mode.CONSTANT) {
          x.val = Constant.ofComplex(ConstOps.toFloat(x.val), ConstOps.toFloat(y.val));
        } else {
          x.mode = Operand.Mode.VALUE;
        }
        x.type = res;
      }
      case COPY -> {
        Slice dst = Types.coreType(x.type) instanceof Slice sl ? sl : null;
        Operand y = args.get(1);
        if (y.invalid()) return false;
        Type src0 = Types.coreType(y.type);
        if (src0 != null && Types.isString(src0)) src0 = new Slice(Universe.BYTE);
        Slice src = src0 instanceof Slice sl ? sl : null;
        if (dst == null || src == null) {
          error(x, INVALID_ARG + "copy expects slice arguments; found " + s(x) + " and " + s(y));
          return false;
        }
        if (!Types.identical(dst.elem, src.elem)) {
          error(x, INVALID_ARG + "arguments to copy " + s(x) + " and " + s(y) + " have different element types " + s(dst.elem) + " and " + s(src.elem));
          return false;
        }
        if (Types.isUntyped(y.type)) convertUntyped(y, Universe.STRING);
        x.mode = Operand.Mode.VALUE;
        x.type = Universe.INT;
      }
      case DELETE -> {
        Type key = null;
        for (Type u : underTypes(x.type)) {
          if (!(u instanceof MapType m)) {
            error(x, INVALID_ARG + s(x) + " is not a map");
            return false;
          }
          if (key != null && !Types.identical(m.key, key)) {
            error(x, INVALID_ARG + "maps of " + s(x) + " must have identical key types");
            return false;
          }
          key = m.key;
        }
        Operand k = args.get(1);
        if (k.invalid()) return false;
        assignment(k, key, "argument to delete");
        if (k.invalid()) return false;
        x.mode = Operand.Mode.NOVALUE;
        x.type = Tuple.EMPTY;
      }
      case IMAG, REAL -> {
        if (Types.isUntyped(x.type)) {
          if (x.mode == Operand.Mode.CONSTANT) {
            if (Types.isNumeric(x.type)) x.type = Universe.UNTYPED_COMPLEX;
          } else {
            convertUntyped(x, Universe.COMPLEX128);
            if (x.invalid()) return false;
          }
        }
        Type res = null;
        if (Types.under(x.type) instanceof Basic b) {
          res = switch (b.kind) {
            case COMPLEX64 -> Universe.FLOAT32;
            case COMPLEX128 -> Universe.FLOAT64;
            case UNTYPED_COMPLEX -> Universe.UNTYPED_FLOAT;
            default -> null;
          };
        }
        if (res == null) {
          error(x, INVALID_ARG + "argument has type " + s(x.type) + ", expected complex type");
          return false;
        }
        if (x.mode == Operand.Mode.CONSTANT) {
          Constant c = ConstOps.toComplex(x.val);
          x.val = id == Builtin.Id.REAL ? c.real() : c.imag();
        } else {
          x.mode = Operand.Mode.VALUE;
        }
        x.type = res;
      }
      case MAKE -> {
        Expr arg0 = call.args.get(0);
        Type T = varType(arg0);
        if (Types.isInvalid(T)) return false;
        int min;
        Type ct = Types.coreType(T);
        if (ct instanceof Slice) min = 2;
        else if (ct instanceof MapType || ct instanceof Chan) min = 1;
        else if (ct == null) {
          error(arg0, INVALID_ARG + "cannot make " + s(arg0) + ": no core type");
          return false;
        } else {
          error(arg0, INVALID_ARG + "cannot make " + s(arg0) + "; type must be slice, map, or channel");
          return false;
        }
        if (nargs < min || min + 1 < nargs) {
          error(call, INVALID_OP + s(call) + " expects " + min + " or " + (min + 1) + " arguments; found " + nargs);
          return false;
        }
        List<Long> sizes = new ArrayList<>();
        for (Expr a : call.args.subList(1, call.args.size())) {
          long[] r = index(a, -1);
          if (r != null && r[0] >= 0) sizes.add(r[0]);
        }
        if (sizes.size() == 2 && sizes.get(0) > sizes.get(1)) {
          error(call.args.get(1), INVALID_ARG + "length and capacity swapped");
        }
        x.mode = Operand.Mode.VALUE;
        x.type = T;
      }
      case NEW -> {
        Type T = varType(call.args.get(0));
        if (Types.isInvalid(T)) return false;
        x.mode = Operand.Mode.VALUE;
        x.type = new Pointer(T);
      }
      case PANIC -> {
        panics.add(call);
        assignment(x, Universe.ANY, "argument to panic");
        if (x.invalid()) return false;
        x.mode = Operand.Mode.NOVALUE;
        x.type = Tuple.EMPTY;
      }
      case PRINT, PRINTLN -> {
        for (int i = 0; i < nargs; i++) {
          Operand a = i == 0 ? x : args.get(i);
          if (a.invalid()) return false;
          assignment(a, null, "argument to " + bname);
          if (a.invalid()) return false;
        }
        x.mode = Operand.Mode.NOVALUE;
        x.type = Tuple.EMPTY;
      }
      case RECOVER -> {
        x.mode = Operand.Mode.VALUE;
        x.type = Universe.ANY;
      }
      case MAX, MIN -> {
        Token op = id == Builtin.Id.MAX ? Token.GTR : Token.LSS;
        for (int i = 0; i < args.size(); i++) {
          Operand a = args.get(i);
          if (a.invalid()) return false;
          if (!Types.allOrdered(a.type)) {
            error(a, INVALID_ARG + s(a) + " cannot be ordered");
            return false;
          }
          if (i == 0) continue;
          matchTypes(x, a);
          if (x.invalid() || a.invalid()) return false;
          if (!Types.identical(x.type, a.type)) {
            error(a, INVALID_ARG + "mismatched types " + s(x.type) + " (previous argument) and " + s(a.type) + " (type of " + s(a.expr) + ")");
            return false;
          }
          if (x.mode == Operand.Mode.CONSTANT && a.mode == Operand.Mode.CONSTANT) {
            if (ConstOps.compare(a.val, op, x.val)) {
              x.val = a.val;
            }
          } else {
            x.mode = Operand.Mode.VALUE;
          }
        }
        if (x.mode != Operand.Mode.CONSTANT) {
          x.mode = Operand.Mode.VALUE;
          assignment(x, Universe.ANY, "argument to built-in " + bname);
          if (x.invalid()) return false;
        }
        for (Operand a : args) updateExprType(a.expr, x.type, true);
      }
      case ALIGNOF, OFFSETOF, SIZEOF, ADD, SLICE, SLICEDATA, STRING, STRINGDATA -> {
        if (!unsafeBuiltin(x, call, id, args)) return false;
      }
      default -> {
        error(call, name(id) + " not supported yet");
        return false;
      }
    }
    return true;
  }

  /** The underlying types of t, or of each type in a type parameter's type set (a null entry if unrestricted). */
  static List<Type> underTypes(Type t) {
    if (t instanceof TypeParam tp) {
      List<Union.Term> ts = Types.terms(tp);
      List<Type> out = new ArrayList<>();
      if (ts == null || ts.isEmpty()) {
        out.add(null);
        return out;
      }
      for (Union.Term term : ts) out.add(Types.under(term.type()));
      return out;
    }
    return List.of(Types.under(t));
  }

  void matchTypes(Operand x, Operand y) {
    boolean mayConvert;
    if (isNonTypeParamInterface(x.type) || isNonTypeParamInterface(y.type)) mayConvert = true;
    else if (Types.isBoolean(x.type) != Types.isBoolean(y.type)) mayConvert = false;
    else if (Types.isString(x.type) != Types.isString(y.type)) mayConvert = false;
    else if (x.isNil()) mayConvert = Types.hasNil(y.type);
    else if (y.isNil()) mayConvert = Types.hasNil(x.type);
    else mayConvert = !(x.type instanceof Pointer) && !(y.type instanceof Pointer) || true;
    if (mayConvert) {
      convertUntyped(x, y.type);
      if (x.invalid()) return;
      convertUntyped(y, x.type);
      if (y.invalid()) x.mode = Operand.Mode.INVALID;
    }
  }
}
