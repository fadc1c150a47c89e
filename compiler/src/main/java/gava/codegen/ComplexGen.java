package gava.codegen;

import static java.lang.constant.ConstantDescs.*;

import gava.syntax.Node;
import gava.syntax.Token;
import gava.types.Basic;
import gava.types.Constant;
import gava.types.Type;
import java.lang.classfile.CodeBuilder;
import java.lang.constant.MethodTypeDesc;

/**
 * Complex numbers: values are immutable {@code gava.runtime.Complex} objects (complex64 ones with
 * float32-rounded parts); the operations are static runtime calls that read null as 0+0i.
 */
final class ComplexGen {
  private ComplexGen() {}

  private static final MethodTypeDesc BIN = MethodTypeDesc.of(Rt.COMPLEX, CD_Object, CD_Object);
  private static final MethodTypeDesc UN = MethodTypeDesc.of(Rt.COMPLEX, CD_Object);
  private static final MethodTypeDesc MAKE = MethodTypeDesc.of(Rt.COMPLEX, CD_double, CD_double);

  /** Pushes a complex constant of complex type b. */
  static void constant(CodeBuilder cb, Constant c, Basic b) {
    boolean c64 = b.kind == Basic.Kind.COMPLEX64;
    if (c64) {
      cb.loadConstant((double) ExprGen.floatValue(c.real()));
      cb.loadConstant((double) ExprGen.floatValue(c.imag()));
    } else {
      cb.loadConstant(ExprGen.doubleValue(c.real()));
      cb.loadConstant(ExprGen.doubleValue(c.imag()));
    }
    make(cb, c64);
  }

  /** double re, double im -> complex value. */
  static void make(CodeBuilder cb, boolean c64) {
    cb.invokestatic(Rt.COMPLEX, c64 ? "of64" : "of", MAKE);
  }

  /** complex -> its real or imaginary part (float32 when toFloat). */
  static void part(CodeBuilder cb, boolean real, boolean toFloat) {
    cb.invokestatic(Rt.COMPLEX, real ? "real" : "imag", MethodTypeDesc.of(CD_double, CD_Object));
    if (toFloat) cb.d2f();
  }

  /** x, y -> x op y. */
  static void binary(CodeBuilder cb, Token op, boolean c64, Node at) {
    String name = switch (op) {
      case ADD -> "add";
      case SUB -> "sub";
      case MUL -> "mul";
      case QUO -> "div";
      default -> throw new NotSupported(at, "operator " + op.text + " on complex numbers");
    };
    cb.invokestatic(Rt.COMPLEX, c64 ? name + "64" : name, BIN);
  }

  /** x -> -x. */
  static void neg(CodeBuilder cb, Type t) {
    cb.invokestatic(Rt.COMPLEX, "neg", UN);
  }

  /** complex -> converted (rounded to complex64 when to64). */
  static void convert(CodeBuilder cb, boolean to64) {
    cb.invokestatic(Rt.COMPLEX, to64 ? "to64" : "nz", UN);
  }
}
