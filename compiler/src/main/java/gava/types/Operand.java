package gava.types;

import gava.syntax.Expr;

/** An intermediate value during checking (types2's operand): addressing mode, expression, type, constant value. */
final class Operand {
  enum Mode {
    INVALID("invalid operand"), NOVALUE("no value"), BUILTIN("built-in"), TYPEXPR("type"),
    CONSTANT("constant"), VARIABLE("variable"), MAPINDEX("map index expression"), VALUE("value"),
    NILVALUE("nil"), COMMAOK("comma, ok expression");

    final String text;

    Mode(String text) {
      this.text = text;
    }
  }

  Mode mode = Mode.INVALID;
  Expr expr;
  Type type = Universe.INVALID;
  Constant val;
  Builtin.Id id;

  Operand() {}

  Operand(Mode mode, Expr expr, Type type, Constant val) {
    this.mode = mode;
    this.expr = expr;
    this.type = type;
    this.val = val;
  }

  void copyFrom(Operand o) {
    mode = o.mode;
    expr = o.expr;
    type = o.type;
    val = o.val;
    id = o.id;
  }

  boolean invalid() {
    return mode == Mode.INVALID;
  }

  boolean isNil() {
    return mode == Mode.NILVALUE || (mode == Mode.VALUE && type == Universe.UNTYPED_NIL);
  }

  void invalidate() {
    mode = Mode.INVALID;
  }

  /** types2's operandString. */
  String str(Package local) {
    if (mode == Mode.NILVALUE || (type == Universe.UNTYPED_NIL && mode != Mode.INVALID)) {
      if (type == null || Types.isInvalid(type)) return "nil (with invalid type)";
      if (type == Universe.UNTYPED_NIL) return "nil";
      return "nil (of type " + TypeString.of(type, local) + ")";
    }
    StringBuilder b = new StringBuilder();
    String e = null;
    if (expr != null) e = ExprString.of(expr);
    else if (mode == Mode.BUILTIN && id != null) e = id.name().toLowerCase();
    else if (mode == Mode.TYPEXPR) e = TypeString.of(type, local);
    else if (mode == Mode.CONSTANT && val != null) e = val.toString();
    if (e != null) b.append(e).append(" (");
    boolean hasType = false;
    switch (mode) {
      case INVALID, NOVALUE, BUILTIN, TYPEXPR -> {}
      default -> {
        if (type != null) {
          if (Types.isUntyped(type)) {
            b.append(((Basic) type).name).append(' ');
          } else {
            hasType = true;
          }
        }
      }
    }
    b.append(mode.text);
    if (mode == Mode.CONSTANT && val != null) {
      String s = val.toString();
      if (!s.equals(e)) b.append(' ').append(s);
    }
    if (hasType) {
      if (!Types.isInvalid(type)) {
        b.append(" of type ").append(TypeString.of(type, local));
        if (type instanceof TypeParam tp && tp.constraint != null) {
          b.append(" constrained by ").append(TypeString.of(tp.constraint, local));
        }
      } else {
        b.append(" with invalid type");
      }
    }
    if (e != null) b.append(')');
    return b.toString();
  }
}
