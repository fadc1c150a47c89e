package gava.types;

import gava.syntax.Diagnostics;
import gava.syntax.Expr;
import gava.syntax.Token;
import java.math.BigInteger;

/** Operators (spec "Operators", "Arithmetic operators", "Comparison operators", "Logical operators", shifts). */
abstract class Operators extends Untypeds {
  Operators(Package pkg, Diagnostics diags) {
    super(pkg, diags);
  }

  static final String INVALID_OP = "invalid operation: ";
  static final String INVALID_ARG = "invalid argument: ";

  private boolean unaryOk(Token op, Type t) {
    return switch (op) {
      case ADD, SUB -> Types.allNumeric(t);
      case XOR -> Types.allInteger(t);
      case NOT -> Types.allBoolean(t);
      default -> false;
    };
  }

  private boolean binaryOk(Token op, Type t) {
    return switch (op) {
      case ADD -> Types.allNumericOrString(t);
      case SUB, MUL, QUO -> Types.allNumeric(t);
      case REM, AND, OR, XOR, AND_NOT -> Types.allInteger(t);
      case LAND, LOR -> Types.allBoolean(t);
      default -> false;
    };
  }

  void unary(Operand x, Expr.Operation e) {
    expr(x, e.x);
    if (x.invalid()) return;
    switch (e.op) {
      case AND -> {
        if (!(unparen(e.x) instanceof Expr.CompositeLit) && x.mode != Operand.Mode.VARIABLE) {
          error(x, INVALID_OP + "cannot take address of " + s(x));
          x.mode = Operand.Mode.INVALID;
          return;
        }
        x.mode = Operand.Mode.VALUE;
        x.type = new Pointer(x.type);
        return;
      }
      case ARROW -> {
        Type u = Types.coreType(x.type);
        if (!(u instanceof Chan ch)) {
          error(x, INVALID_OP + "cannot receive from non-channel " + s(x));
          x.mode = Operand.Mode.INVALID;
          return;
        }
        if (ch.dir == Expr.ChanDir.SEND) {
          error(x, INVALID_OP + "cannot receive from send-only channel " + s(x));
          x.mode = Operand.Mode.INVALID;
          return;
        }
        x.mode = Operand.Mode.COMMAOK;
        x.type = ch.elem;
        env.hasCallOrRecv = true;
        return;
      }
      case TILDE -> {
        error(e, "cannot use ~ outside of interface or type constraint");
        x.mode = Operand.Mode.INVALID;
        return;
      }
      default -> {}
    }
    if (!unaryOk(e.op, x.type)) {
      error(x, INVALID_OP + "operator " + e.op.text + " not defined on " + s(x));
      x.mode = Operand.Mode.INVALID;
      return;
    }
    if (x.mode == Operand.Mode.CONSTANT) {
      int prec = 0;
      if (Types.isUnsigned(x.type) && Types.under(x.type) instanceof Basic b) prec = b.bits();
      x.val = ConstOps.unary(e.op, x.val, prec);
      x.expr = e;
      overflow(x, opPos(e));
      return;
    }
    x.mode = Operand.Mode.VALUE;
  }

  /** Binary operation; e is the expression or null for op-assignments (then lhs/rhs are used in messages). */
  void binary(Operand x, Expr e, Expr lhs, Expr rhs, Token op) {
    Operand y = new Operand();
    expr(x, lhs);
    expr(y, rhs);
    if (x.invalid()) return;
    if (y.invalid()) {
      x.mode = Operand.Mode.INVALID;
      x.expr = y.expr;
      return;
    }
    if (op == Token.SHL || op == Token.SHR) {
      shift(x, y, e, op);
      return;
    }
    if (canMix(x, y)) {
      convertUntyped(x, y.type);
      if (x.invalid()) return;
      convertUntyped(y, x.type);
      if (y.invalid()) {
        x.mode = Operand.Mode.INVALID;
        return;
      }
    }
    if (isComparison(op)) {
      comparison(x, y, op, false);
      return;
    }
    if (!Types.identical(x.type, y.type)) {
      if (!Types.isInvalid(x.type) && !Types.isInvalid(y.type)) {
        if (e != null) {
          error(x, INVALID_OP + s(e) + " (mismatched types " + s(x.type) + " and " + s(y.type) + ")");
        } else {
          error(x, INVALID_OP + s(lhs) + " " + op.text + "= " + s(rhs) + " (mismatched types " + s(x.type) + " and " + s(y.type) + ")");
        }
      }
      x.mode = Operand.Mode.INVALID;
      return;
    }
    if (!binaryOk(op, x.type)) {
      error(x, INVALID_OP + "operator " + op.text + " not defined on " + s(x));
      x.mode = Operand.Mode.INVALID;
      return;
    }
    if (op == Token.QUO || op == Token.REM) {
      if ((x.mode == Operand.Mode.CONSTANT || Types.allInteger(x.type)) && y.mode == Operand.Mode.CONSTANT && ConstOps.sign(y.val) == 0) {
        error(y, INVALID_OP + "division by zero");
        x.mode = Operand.Mode.INVALID;
        return;
      }
      // divisor underflow in complex division
      if (x.mode == Operand.Mode.CONSTANT && y.mode == Operand.Mode.CONSTANT && Types.isComplex(x.type)) {
        Constant re = y.val.real(), im = y.val.imag();
        Constant re2 = ConstOps.binary(re, Token.MUL, re, false), im2 = ConstOps.binary(im, Token.MUL, im, false);
        if (re2 != null && im2 != null && ConstOps.sign(re2) == 0 && ConstOps.sign(im2) == 0) {
          error(y, INVALID_OP + "division by zero");
          x.mode = Operand.Mode.INVALID;
          return;
        }
      }
    }
    if (x.mode == Operand.Mode.CONSTANT && y.mode == Operand.Mode.CONSTANT && !(x.type instanceof TypeParam)) {
      boolean intDiv = op == Token.QUO && Types.isInteger(x.type);
      x.val = ConstOps.binary(x.val, op, y.val, intDiv);
      x.expr = e;
      if (x.val == null) {
        error(opPos(e), "constant result is not representable");
        x.mode = Operand.Mode.INVALID;
        return;
      }
      overflow(x, opPos(e));
      return;
    }
    x.mode = Operand.Mode.VALUE;
  }

  private boolean canMix(Operand x, Operand y) {
    if (isNonTypeParamInterface(x.type) || isNonTypeParamInterface(y.type)) return true;
    if (Types.allBoolean(x.type) != Types.allBoolean(y.type)) return false;
    if (Types.allString(x.type) != Types.allString(y.type)) return false;
    if (x.isNil() && !Types.hasNil(y.type)) return false;
    if (y.isNil() && !Types.hasNil(x.type)) return false;
    return true;
  }

  static boolean isNonTypeParamInterface(Type t) {
    return !(t instanceof TypeParam) && Types.under(t) instanceof Interface;
  }

  void comparison(Operand x, Operand y, Token op, boolean switchCase) {
    if (switchCase) op = Token.EQL;
    Operand errOp = x;
    String cause = "";
    boolean ok = assignableTo(x, y.type, null) || assignableTo(y, x.type, null);
    fail:
    {
      if (!ok) {
        errOp = y;
        cause = "mismatched types " + s(x.type) + " and " + s(y.type);
        break fail;
      }
      switch (op) {
        case EQL, NEQ -> {
          if (x.isNil() || y.isNil()) {
            Type t = x.isNil() ? y.type : x.type;
            if (!Types.hasNil(t)) {
              errOp = y;
              break fail;
            }
          } else if (!Types.comparable(x.type)) {
            errOp = x;
            cause = incomparableCause(x.type);
            break fail;
          } else if (!Types.comparable(y.type)) {
            errOp = y;
            cause = incomparableCause(y.type);
            break fail;
          }
        }
        default -> {
          if (!Types.allOrdered(x.type)) {
            errOp = x;
            break fail;
          } else if (!Types.allOrdered(y.type)) {
            errOp = y;
            break fail;
          }
        }
      }
      if (x.mode == Operand.Mode.CONSTANT && y.mode == Operand.Mode.CONSTANT) {
        x.val = Constant.ofBool(ConstOps.compare(x.val, op, y.val));
      } else {
        x.mode = Operand.Mode.VALUE;
        updateExprType(x.expr, Types.defaultType(x.type), true);
        updateExprType(y.expr, Types.defaultType(y.type), true);
      }
      x.type = Universe.UNTYPED_BOOL;
      return;
    }
    if (cause.isEmpty()) {
      cause = "operator " + op.text + " not defined on " + kindString(errOp.type);
    }
    if (switchCase) {
      error(x, "invalid case " + s(x.expr) + " in switch on " + s(y.expr) + " (" + cause + ")");
    } else {
      error(errOp, INVALID_OP + s(x.expr) + " " + op.text + " " + s(y.expr) + " (" + cause + ")");
    }
    x.mode = Operand.Mode.INVALID;
  }

  String incomparableCause(Type t) {
    if (t instanceof TypeParam tp) {
      java.util.List<Union.Term> ts = Types.terms(tp);
      return ts != null && ts.isEmpty() ? "empty type set" : "incomparable types in type set";
    }
    Type u = Types.under(t);
    if (u instanceof Slice || u instanceof Signature || u instanceof MapType) return kindString(t) + " can only be compared to nil";
    if (u instanceof Struct st) {
      for (Var f : st.fields) if (!Types.comparable(f.type)) return "struct containing " + s(f.type) + " cannot be compared";
    }
    if (u instanceof Array a && !Types.comparable(a.elem)) return s(t) + " cannot be compared";
    return "";
  }

  String kindString(Type t) {
    return switch (Types.under(t)) {
      case Array a -> "array";
      case Slice sl -> "slice";
      case Struct st -> "struct";
      case Pointer p -> "pointer";
      case Signature sg -> "func";
      case Interface i -> t instanceof TypeParam ? "type parameter " + s(t) : "interface";
      case MapType m -> "map";
      case Chan c -> "chan";
      default -> s(t);
    };
  }

  void shift(Operand x, Operand y, Expr e, Token op) {
    Constant xval = null;
    if (x.mode == Operand.Mode.CONSTANT) xval = ConstOps.toInt(x.val);
    if (Types.allInteger(x.type) || (Types.isUntyped(x.type) && xval != null)) {
      // ok
    } else {
      error(x, INVALID_OP + "shifted operand " + s(x) + " must be integer");
      x.mode = Operand.Mode.INVALID;
      return;
    }
    if (y.mode == Operand.Mode.CONSTANT) {
      Constant yval = ConstOps.toInt(y.val);
      if (yval != null && yval.num.signum() < 0) {
        error(y, INVALID_OP + "negative shift count " + s(y));
        x.mode = Operand.Mode.INVALID;
        return;
      }
      if (Types.isUntyped(y.type)) {
        representable(y, Universe.UINT);
        if (y.invalid()) {
          x.mode = Operand.Mode.INVALID;
          return;
        }
      }
    } else {
      if (Types.allInteger(y.type)) {
        // ok
      } else if (Types.isUntyped(y.type)) {
        convertUntyped(y, Universe.UINT);
        if (y.invalid()) {
          x.mode = Operand.Mode.INVALID;
          return;
        }
      } else {
        error(y, INVALID_OP + "shift count " + s(y) + " must be integer");
        x.mode = Operand.Mode.INVALID;
        return;
      }
    }
    if (x.mode == Operand.Mode.CONSTANT) {
      if (y.mode == Operand.Mode.CONSTANT) {
        Constant yv = ConstOps.toInt(y.val);
        final int shiftBound = 1023 - 1 + 52;
        if (yv == null || yv.num.compareTo(BigInteger.valueOf(shiftBound)) > 0) {
          error(y, INVALID_OP + "invalid shift count " + s(y));
          x.mode = Operand.Mode.INVALID;
          return;
        }
        if (!Types.isInteger(x.type)) x.type = Universe.UNTYPED_INT;
        x.val = ConstOps.shift(xval, op, yv.num.intValue());
        x.expr = e;
        overflow(x, opPos(e));
        return;
      }
      if (Types.isUntyped(x.type)) {
        Untyped info = untyped.get(x.expr);
        if (info != null) {
          info.isLhs = true;
          info.parent = e;
        }
        x.mode = Operand.Mode.VALUE;
        return;
      }
    }
    if (!Types.allInteger(x.type)) {
      error(x, INVALID_OP + "shifted operand " + s(x) + " must be integer");
      x.mode = Operand.Mode.INVALID;
      return;
    }
    x.mode = Operand.Mode.VALUE;
  }
}
