package gava.codegen;

import static java.lang.constant.ConstantDescs.*;

import gava.syntax.Expr;
import gava.syntax.Node;
import gava.syntax.Token;
import gava.types.Basic;
import gava.types.Constant;
import gava.types.Type;
import gava.types.Types;
import java.lang.classfile.Label;
import java.lang.classfile.CodeBuilder;
import java.lang.constant.MethodTypeDesc;
import java.math.BigInteger;

/** Arithmetic with Go's semantics: wraparound, unsigned division and shifts with Go's count rules. */
final class Arith {
  private final FuncGen f;
  private final CodeBuilder cb;

  Arith(FuncGen f) {
    this.f = f;
    this.cb = f.cb;
  }

  /** x, y (both of type t) -> x op y; divisor is y's expression when known (constant divisors need no check). */
  void binary(Token op, Type t, Node at, Expr divisor) {
    if ((op == Token.QUO || op == Token.REM) && Types.isInteger(t)
        && !(divisor != null && divisor.value instanceof Constant c && c.kind == Constant.Kind.INT && c.intValue().signum() != 0)) {
      zeroCheck(JvmTypes.kind(t) == 'J');
    }
    binary(op, t, at);
  }

  /** x, y -> x, y, panicking with gc's integer divide by zero when y is 0 (cheaper than the JVM's exception). */
  private void zeroCheck(boolean wide) {
    Label ok = cb.newLabel();
    if (wide) {
      cb.dup2().lconst_0().lcmp().ifne(ok);
    } else {
      cb.dup().ifne(ok);
    }
    cb.invokestatic(Rt.PANICS, "divideByZero", MethodTypeDesc.of(Rt.GOPANIC)).athrow();
    cb.labelBinding(ok);
  }

  /** x, y (both of type t) -> x op y. */
  void binary(Token op, Type t, Node at) {
    char k = JvmTypes.kind(t);
    Basic.Kind bk = JvmTypes.basicKind(t);
    if (bk != null && (bk == Basic.Kind.COMPLEX64 || bk == Basic.Kind.COMPLEX128)) {
      ComplexGen.binary(cb, op, bk == Basic.Kind.COMPLEX64, at);
      return;
    }
    boolean uns = JvmTypes.isUnsigned(t);
    switch (k) {
      case 'J' -> {
        switch (op) {
          case ADD -> cb.ladd();
          case SUB -> cb.lsub();
          case MUL -> cb.lmul();
          case QUO -> { if (uns) cb.invokestatic(CD_Long, "divideUnsigned", MethodTypeDesc.of(CD_long, CD_long, CD_long)); else cb.ldiv(); }
          case REM -> { if (uns) cb.invokestatic(CD_Long, "remainderUnsigned", MethodTypeDesc.of(CD_long, CD_long, CD_long)); else cb.lrem(); }
          case AND -> cb.land();
          case OR -> cb.lor();
          case XOR -> cb.lxor();
          case AND_NOT -> { cb.loadConstant(-1L); cb.lxor(); cb.land(); }
          default -> throw new IllegalStateException("op " + op);
        }
      }
      case 'F' -> {
        switch (op) {
          case ADD -> cb.fadd();
          case SUB -> cb.fsub();
          case MUL -> cb.fmul();
          case QUO -> cb.fdiv();
          default -> throw new IllegalStateException("op " + op);
        }
      }
      case 'D' -> {
        switch (op) {
          case ADD -> cb.dadd();
          case SUB -> cb.dsub();
          case MUL -> cb.dmul();
          case QUO -> cb.ddiv();
          default -> throw new IllegalStateException("op " + op);
        }
      }
      case 'B', 'S', 'I', 'Z' -> {
        boolean u32 = bk == Basic.Kind.UINT32;
        switch (op) {
          case ADD -> cb.iadd();
          case SUB -> cb.isub();
          case MUL -> cb.imul();
          case QUO -> { if (u32) cb.invokestatic(CD_Integer, "divideUnsigned", MethodTypeDesc.of(CD_int, CD_int, CD_int)); else cb.idiv(); }
          case REM -> { if (u32) cb.invokestatic(CD_Integer, "remainderUnsigned", MethodTypeDesc.of(CD_int, CD_int, CD_int)); else cb.irem(); }
          case AND -> cb.iand();
          case OR -> cb.ior();
          case XOR -> cb.ixor();
          case AND_NOT -> { cb.iconst_m1(); cb.ixor(); cb.iand(); }
          default -> throw new IllegalStateException("op " + op);
        }
        f.ops.normalize(t);
      }
      default -> throw new NotSupported(at, "operator " + op.text + " on " + t);
    }
  }

  /** x (of type t) on the stack -> x shifted by count. */
  void shift(Token op, Type t, Expr count) {
    char k = JvmTypes.kind(t);
    boolean wide = k == 'J';
    boolean left = op == Token.SHL;
    boolean uns = JvmTypes.isUnsigned(t);
    if (count.value instanceof Constant c) {
      Constant cv = c.kind == Constant.Kind.COMPLEX ? c.real() : c;
      // the exact count (an untyped float or complex count may exceed the int64 range: 1<<(MaxUint+0.))
      BigInteger n = cv.kind == Constant.Kind.INT ? cv.intValue()
          : cv.kind == Constant.Kind.FLOAT ? cv.numerator().divide(cv.denominator()) : BigInteger.valueOf(ExprGen.longBits(cv));
      int width = wide ? 64 : 32;
      if (n.compareTo(BigInteger.valueOf(width)) >= 0) {
        if (left || uns) {
          if (wide) { cb.pop2(); cb.lconst_0(); } else { cb.pop(); cb.iconst_0(); }
        } else {
          cb.loadConstant(width - 1);
          if (wide) cb.lshr(); else cb.ishr();
        }
      } else {
        cb.loadConstant(n.intValue());
        if (left) { if (wide) cb.lshl(); else cb.ishl(); }
        else if (uns) { if (wide) cb.lushr(); else cb.iushr(); }
        else { if (wide) cb.lshr(); else cb.ishr(); }
      }
    } else {
      f.ex.expr(count);
      Type ct = ExprGen.type(count);
      f.ex.toLong(ct);
      if (!JvmTypes.isUnsigned(ct)) f.g.helpers.invoke(cb, f.g.helpers.shiftCount());
      String name = left ? "shl" : uns ? "ushr" : "shr";
      f.g.helpers.invoke(cb, f.g.helpers.shift(name, wide));
    }
    if (left || !wide) f.ops.normalize(t);
  }
}
