package gava.types;

import gava.syntax.Diagnostics;
import gava.syntax.Expr;
import java.util.List;

/** The functions of package unsafe (spec "Package unsafe"): Sizeof, Alignof, Offsetof, Add, Slice, ... */
abstract class UnsafeBuiltins extends Calls {
  UnsafeBuiltins(Package pkg, Diagnostics diags) {
    super(pkg, diags);
  }

  static int unsafeMinArgs(Builtin.Id id) {
    return switch (id) {
      case ALIGNOF, OFFSETOF, SIZEOF, SLICEDATA, STRINGDATA -> 1;
      case ADD, SLICE, STRING -> 2;
      default -> -1;
    };
  }

  /** Checks the call of unsafe function id with evaluated args (x is a copy of args[0]); false on error. */
  boolean unsafeBuiltin(Operand x, Expr.Call call, Builtin.Id id, List<Operand> args) {
    String name = Unsafe.name(id);
    switch (id) {
      case SIZEOF, ALIGNOF -> {
        assignment(x, null, "argument to " + name);
        if (x.invalid()) return false;
        Type t = x.type;
        if (Sizes.variableSize(t)) {
          x.mode = Operand.Mode.VALUE;
        } else {
          x.mode = Operand.Mode.CONSTANT;
          x.val = Constant.ofInt(id == Builtin.Id.SIZEOF ? Sizes.sizeof(t) : Sizes.alignof(t));
        }
        x.type = Universe.UINTPTR;
      }
      case OFFSETOF -> {
        Expr arg = unparen(call.args.get(0));
        if (!(arg instanceof Expr.Selector sel)) {
          error(x, INVALID_ARG + s(arg) + " is not a selector expression");
          return false;
        }
        if (!(sel.selection instanceof Selection s) || s.kind() == Selection.Kind.QUALIFIED) {
          error(x, INVALID_ARG + s(arg) + " is not a selector expression");
          return false;
        }
        if (s.kind() != Selection.Kind.FIELD) {
          error(x, INVALID_ARG + s(arg) + " is a method value");
          return false;
        }
        // offset through embedded fields; gc rejects a path through an embedded pointer
        Type t = sel.x.type instanceof Type tx ? tx : Universe.INVALID;
        if (Types.under(t) instanceof Pointer p) t = p.elem;
        // (types2 names the selector's base type, a pointer to struct dereferenced)
        Type base = sel.x.type instanceof Type bx ? bx : Universe.INVALID;
        if (Types.under(base) instanceof Pointer bp && Types.under(bp.elem) instanceof Struct) base = bp.elem;
        long off = 0;
        boolean variable = false;
        for (int i = 0; i < s.path().size(); i++) {
          if (!(Types.under(t) instanceof Struct st)) {
            error(x, INVALID_ARG + "field " + sel.sel.name + " is embedded via a pointer in " + s(base));
            return false;
          }
          int k = s.path().get(i);
          if (Sizes.variableSize(st)) variable = true;
          off += Sizes.offsetof(st, k);
          t = st.fields.get(k).type;
          if (i < s.path().size() - 1 && Types.under(t) instanceof Pointer) {
            error(x, INVALID_ARG + "field " + sel.sel.name + " is embedded via a pointer in " + s(base));
            return false;
          }
        }
        if (variable) {
          x.mode = Operand.Mode.VALUE;
        } else {
          x.mode = Operand.Mode.CONSTANT;
          x.val = Constant.ofInt(off);
        }
        x.type = Universe.UINTPTR;
      }
      case ADD -> {
        assignment(x, Universe.UNSAFE_POINTER, "argument to " + name);
        if (x.invalid()) return false;
        if (!isValidIndex(args.get(1), "length", true)) return false;
        x.mode = Operand.Mode.VALUE;
        x.type = Universe.UNSAFE_POINTER;
      }
      case SLICE -> {
        if (!(Types.under(x.type) instanceof Pointer p)) {
          error(x, INVALID_ARG + s(x) + " is not a pointer");
          return false;
        }
        if (!isValidIndex(args.get(1), "length", false)) return false;
        x.mode = Operand.Mode.VALUE;
        x.type = new Slice(p.elem);
      }
      case SLICEDATA -> {
        if (!(Types.under(x.type) instanceof Slice sl)) {
          error(x, INVALID_ARG + s(x) + " is not a slice");
          return false;
        }
        x.mode = Operand.Mode.VALUE;
        x.type = new Pointer(sl.elem);
      }
      case STRING -> {
        assignment(x, new Pointer(Universe.BYTE), "argument to " + name);
        if (x.invalid()) return false;
        if (!isValidIndex(args.get(1), "length", false)) return false;
        x.mode = Operand.Mode.VALUE;
        x.type = Universe.STRING;
      }
      case STRINGDATA -> {
        assignment(x, Universe.STRING, "argument to " + name);
        if (x.invalid()) return false;
        x.mode = Operand.Mode.VALUE;
        x.type = new Pointer(Universe.BYTE);
      }
      default -> {
        return false;
      }
    }
    return true;
  }
}
