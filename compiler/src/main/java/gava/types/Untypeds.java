package gava.types;

import gava.syntax.Diagnostics;
import gava.syntax.Expr;
import gava.syntax.Pos;
import gava.syntax.Token;

/**
 * Untyped values and their implicit conversion (spec "Constants", "Representability",
 * "Assignability", "Implementing an interface"): the delayed typing of untyped expressions,
 * representability errors, assignability and the implements relation.
 */
abstract class Untypeds extends TypeExprs {
  Untypeds(Package pkg, Diagnostics diags) {
    super(pkg, diags);
  }

  static final int OK = 0, TRUNCATED = 1, OVERFLOW = 2, INVALID_CONST = 3, INVALID_UNTYPED = 4;

  record Implicit(Type type, Constant val, int code) {}

  @Override
  void updateExprType(Expr x, Type typ, boolean fin) {
    updateExprType0(null, x, typ, fin);
  }

  private void updateExprType0(Expr parent, Expr x, Type typ, boolean fin) {
    Untyped old = untyped.get(x);
    if (old == null) return;
    switch (x) {
      case Expr.Paren p -> updateExprType0(x, p.x, typ, fin);
      case Expr.Operation op -> {
        if (op.y == null) {
          if (op.op == Token.MUL) return;
          if (old.val == null) updateExprType0(x, op.x, typ, fin);
        } else if (old.val == null) {
          if (isComparison(op.op)) {
            // operands have their final types already
          } else if (op.op == Token.SHL || op.op == Token.SHR) {
            updateExprType0(x, op.x, typ, fin);
          } else {
            updateExprType0(x, op.x, typ, fin);
            updateExprType0(x, op.y, typ, fin);
          }
        }
      }
      case Expr.Call c -> {}
      case Expr.Name n -> {}
      case Expr.BasicLit l -> {}
      case Expr.Selector sel -> {}
      default -> {
        return;
      }
    }
    if (!fin && Types.isUntyped(typ)) {
      old.type = (Basic) Types.under(typ);
      x.type = old.type;
      return;
    }
    untyped.remove(x);
    if (old.isLhs) {
      if (!Types.isInteger(typ)) {
        Expr p = old.parent != null ? old.parent : parent;
        error(x, "invalid operation: " + s(p) + " (shift of type " + s(typ) + ")");
        x.type = Universe.INVALID;
        return;
      }
    }
    Constant val = old.val;
    if (val != null) {
      Operand c = new Operand(old.mode, x, old.type, old.val);
      convertUntyped(c, typ);
      if (c.invalid()) {
        x.type = Universe.INVALID;
        return;
      }
      val = c.val;
    }
    recordTypeAndValue(x, old.mode, typ, val);
  }

  void updateExprVal(Expr x, Constant val) {
    Untyped u = untyped.get(x);
    if (u != null) u.val = val;
  }

  static boolean isComparison(Token op) {
    return switch (op) {
      case EQL, NEQ, LSS, LEQ, GTR, GEQ -> true;
      default -> false;
    };
  }

  @Override
  void convertUntyped(Operand x, Type target) {
    Implicit r = implicitTypeAndValue(x, target);
    if (r.code != OK) {
      Type t = target instanceof TypeParam ? target : Types.under(target);
      invalidConversion(r.code, x, t);
      x.mode = Operand.Mode.INVALID;
      return;
    }
    if (r.val != null) {
      x.val = r.val;
      updateExprVal(x.expr, r.val);
    }
    if (r.type != x.type) {
      x.type = r.type;
      updateExprType(x.expr, r.type, false);
    }
  }

  void invalidConversion(int code, Operand x, Type target) {
    String msg = switch (code) {
      case TRUNCATED -> s(x) + " truncated to " + s(target);
      case OVERFLOW -> s(x) + " overflows " + s(target);
      default -> "cannot convert " + s(x) + " to " + s(target);
    };
    error(x, msg);
  }

  Implicit implicitTypeAndValue(Operand x, Type target) {
    if (x.invalid() || Types.isTyped(x.type) || Types.isInvalid(target)) return new Implicit(x.type, null, OK);
    if (Types.isUntyped(target)) {
      Basic xb = (Basic) x.type, tb = (Basic) target;
      if (xb.isNumeric() && tb.isNumeric()) {
        if (xb.kind.ordinal() < tb.kind.ordinal()) return new Implicit(target, null, OK);
      } else if (xb.kind != tb.kind) {
        return new Implicit(null, null, INVALID_UNTYPED);
      }
      return new Implicit(x.type, null, OK);
    }
    if (x.isNil()) {
      if (Types.hasNil(target)) return new Implicit(target, null, OK);
      return new Implicit(null, null, INVALID_UNTYPED);
    }
    Type u = Types.under(target);
    if (target instanceof TypeParam tp) {
      java.util.List<Union.Term> ts = Types.terms(tp);
      if (ts == null || ts.isEmpty()) return new Implicit(null, null, INVALID_UNTYPED);
      for (Union.Term term : ts) {
        if (implicitTypeAndValue(x, term.type()).type() == null) return new Implicit(null, null, INVALID_UNTYPED);
      }
      return new Implicit(target, null, OK);
    }
    switch (u) {
      case Basic b -> {
        if (x.mode == Operand.Mode.CONSTANT) {
          Object[] rep = representation(x, b);
          if ((int) rep[1] != OK) return new Implicit(null, null, (int) rep[1]);
          return new Implicit(target, (Constant) rep[0], OK);
        }
        switch (((Basic) x.type).kind) {
          case UNTYPED_BOOL -> {
            if (!b.isBoolean()) return new Implicit(null, null, INVALID_UNTYPED);
          }
          case UNTYPED_INT, UNTYPED_RUNE, UNTYPED_FLOAT, UNTYPED_COMPLEX -> {
            if (!b.isNumeric()) return new Implicit(null, null, INVALID_UNTYPED);
          }
          case UNTYPED_STRING -> {
            if (!b.isString()) return new Implicit(null, null, INVALID_UNTYPED);
          }
          default -> {
            return new Implicit(null, null, INVALID_UNTYPED);
          }
        }
      }
      case Interface it -> {
        Lookup.methods(it);
        if (!it.isEmpty()) return new Implicit(null, null, INVALID_UNTYPED);
        return new Implicit(Types.defaultType(x.type), null, OK);
      }
      default -> {
        return new Implicit(null, null, INVALID_UNTYPED);
      }
    }
    return new Implicit(target, null, OK);
  }

  /** {value, code}: the representation of constant x as basic type t. */
  Object[] representation(Operand x, Basic t) {
    Constant v = Representable.rounded(x.val, t);
    if (v == null) {
      if (Types.isNumeric(x.type) && t.isNumeric()) {
        if (!Types.isInteger(x.type) && t.isInteger()) return new Object[] {null, TRUNCATED};
        return new Object[] {null, OVERFLOW};
      }
      return new Object[] {null, INVALID_CONST};
    }
    return new Object[] {v, OK};
  }

  void representable(Operand x, Basic t) {
    Object[] rep = representation(x, t);
    if ((int) rep[1] != OK) {
      invalidConversion((int) rep[1], x, t);
      x.mode = Operand.Mode.INVALID;
      return;
    }
    x.val = (Constant) rep[0];
  }

  /** Typed constants must be representable after each operation; untyped integers are limited to 512 bits. */
  void overflow(Operand x, Pos opPos) {
    if (Types.isTyped(x.type)) {
      if (Types.under(x.type) instanceof Basic b) representable(x, b);
      return;
    }
    if (x.val.kind == Constant.Kind.INT && ConstOps.bitLen(x.val) > 512) {
      error(opPos, "constant " + opName(x.expr) + " overflow");
      x.mode = Operand.Mode.INVALID;
    }
  }

  static String opName(Expr e) {
    if (e instanceof Expr.Operation op) {
      if (op.y == null) return op.op == Token.XOR ? "bitwise complement" : "";
      return switch (op.op) {
        case ADD -> "addition";
        case SUB -> "subtraction";
        case XOR -> "bitwise XOR";
        case MUL -> "multiplication";
        case SHL -> "shift";
        default -> "";
      };
    }
    return "";
  }

  // ---------------------------------------------------------------- assignability

  static boolean isInterfacePtr(Type t) {
    return Types.under(t) instanceof Pointer p && Types.isInterface(p.elem);
  }

  /** Is x assignable to T? On failure reason may receive an explanation. */
  /**
   * An instance with the wrong number of type arguments (or a pointer to one): as in types2, a type
   * of its own with an invalid underlying type, assignable only to itself.
   */
  static boolean brokenInstance(Type t) {
    if (t instanceof Pointer p) t = p.elem;
    return t instanceof Named n && n.origin != null && n.typeArgs.size() != n.origin.tparams.size();
  }

  boolean assignableTo(Operand x, Type T, StringBuilder reason) {
    if (x.invalid() || Types.isInvalid(T)) return true;
    Type V = x.type;
    if (Types.identical(V, T)) return true;
    Type Vu = Types.under(V), Tu = Types.under(T);
    if ((Types.isInvalid(Vu) && !brokenInstance(V)) || (Types.isInvalid(Tu) && !brokenInstance(T))) return true;
    boolean Vp = V instanceof TypeParam, Tp = T instanceof TypeParam;
    if (Types.isUntyped(Vu)) {
      return implicitTypeAndValue(x, T).type != null;
    }
    if (Types.identical(Vu, Tu) && (!Types.hasName(V) || !Types.hasName(T)) && !Vp && !Tp) return true;
    if ((Tu instanceof Interface && !Tp) || isInterfacePtr(Tu)) {
      String err = implementsErr(V, T);
      if (err != null) {
        if (reason != null) reason.append(err);
        return false;
      }
      return true;
    }
    if (Vu instanceof Interface && !Vp) {
      if (implementsErr(T, V) == null) {
        if (reason != null) reason.append("need type assertion");
        return false;
      }
    }
    if (Vu instanceof Chan vc && vc.dir == Expr.ChanDir.BOTH && Tu instanceof Chan tc && Types.identical(vc.elem, tc.elem)) {
      return !Types.hasName(V) || !Types.hasName(T);
    }
    if (!Vp && !Tp) return false;
    // type parameters: assignable for every type in the type set
    if (!Types.hasName(V) && Tp) {
      java.util.List<Union.Term> ts = Types.terms((TypeParam) T);
      if (ts == null || ts.isEmpty()) return false;
      for (Union.Term term : ts) {
        Operand y = new Operand(x.mode, x.expr, V, x.val);
        if (!assignableTo(y, term.type(), null)) {
          if (reason != null) reason.append("cannot assign ").append(s(V)).append(" to ").append(s(term.type())).append(" (in ").append(s(T)).append(")");
          return false;
        }
      }
      return true;
    }
    if (Vp && !Types.hasName(T)) {
      java.util.List<Union.Term> ts = Types.terms((TypeParam) V);
      if (ts == null || ts.isEmpty()) return false;
      for (Union.Term term : ts) {
        Operand y = new Operand(x.mode, x.expr, term.type(), x.val);
        if (!assignableTo(y, T, null)) {
          if (reason != null) reason.append("cannot assign ").append(s(term.type())).append(" (in ").append(s(V)).append(") to ").append(s(T));
          return false;
        }
      }
      return true;
    }
    return false;
  }

  /** Null if V implements T, else the reason (types2 Checker.implements). */
  String implementsErr(Type V, Type T) {
    Type Vu = Types.under(V), Tu = Types.under(T);
    if (Types.isInvalid(Vu) || Types.isInvalid(Tu)) return null;
    if (Vu instanceof Pointer vp && Types.isInvalid(Types.under(vp.elem))) return null; // (avoid follow-on errors)
    if (!(Tu instanceof Interface Ti)) {
      String cause = isInterfacePtr(Tu) ? "type " + s(T) + " is pointer to interface, not interface" : s(T) + " is not an interface";
      return s(V) + " does not implement " + s(T) + " (" + cause + ")";
    }
    Lookup.methods(Ti);
    if (Ti.isEmpty()) return null;
    if (Vu instanceof Interface Vi) Lookup.methods(Vi);
    Func[] mm = Lookup.missingMethod(V, Ti, true, f -> objDecl(f, null));
    if (mm != null) {
      return s(V) + " does not implement " + s(T) + " " + missingMethodReason(V, T, mm[0], mm[1]);
    }
    String pending = null;
    if (Ti.comparable && !Types.comparable(V)) pending = s(V) + " does not implement comparable";
    if (Ti.terms == null) return pending;
    if (Ti.terms.isEmpty()) return "cannot implement " + s(T) + " (empty type set)";
    if (V instanceof TypeParam vp) {
      java.util.List<Union.Term> vts = Types.terms(vp);
      if (vts == null) return s(V) + " does not implement " + s(T);
      for (Union.Term vt : vts) {
        boolean in = false;
        for (Union.Term t : Ti.terms) if (includes(t, vt.type()) && (t.tilde() || !vt.tilde())) in = true;
        if (!in) return s(V) + " does not implement " + s(T);
      }
      return pending;
    }
    if (Vu instanceof Interface) return s(V) + " does not implement " + s(T);
    boolean ok = false;
    Type alt = null;
    for (Union.Term t : Ti.terms) {
      if (includes(t, V)) ok = true;
      else if (alt == null && !t.tilde() && Types.identical(t.type(), Types.under(t.type())) && Types.identical(Types.under(V), t.type())) alt = t.type();
    }
    if (!ok) {
      if (alt != null) return s(V) + " does not implement " + s(T) + " (possibly missing ~ for " + s(alt) + " in constraint " + s(T) + ")";
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < Ti.terms.size(); i++) {
        if (i > 0) b.append(" | ");
        if (Ti.terms.get(i).tilde()) b.append('~');
        b.append(s(Ti.terms.get(i).type()));
      }
      return s(V) + " does not implement " + s(T) + " (" + s(V) + " missing in " + b + ")";
    }
    return pending;
  }

  static boolean includes(Union.Term t, Type V) {
    return t.tilde() ? Types.identical(Types.under(V), Types.under(t.type())) : Types.identical(V, t.type());
  }

  String missingMethodReason(Type V, Type T, Func m, Func alt) {
    String mname = m.name + " method";
    if (alt != null) {
      if (!m.name.equals(alt.name)) {
        return "(missing " + mname + ")\n\t\thave " + TypeString.func(alt, pkg) + "\n\t\twant " + TypeString.func(m, pkg);
      }
      if (alt.type instanceof Signature as && Types.identicalIgnoreRecv(as, (Signature) m.type)) {
        return "(" + mname + " has pointer receiver)";
      }
      return "(wrong type for " + mname + ")\n\t\thave " + TypeString.func(alt, pkg) + "\n\t\twant " + TypeString.func(m, pkg);
    }
    if (isInterfacePtr(V)) return "(type " + s(V) + " is pointer to interface, not interface)";
    if (isInterfacePtr(T)) return "(type " + s(T) + " is pointer to interface, not interface)";
    return "(missing " + mname + ")";
  }
}
