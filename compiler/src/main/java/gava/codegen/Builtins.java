package gava.codegen;

import static java.lang.constant.ConstantDescs.*;

import gava.lower.Exprs;
import gava.syntax.Expr;
import gava.types.Array;
import gava.types.Basic;
import gava.types.Builtin;
import gava.types.Chan;
import gava.types.Interface;
import gava.types.MapType;
import gava.types.Pointer;
import gava.types.Signature;
import gava.types.Slice;
import gava.types.Type;
import gava.types.Tuple;
import gava.types.Types;
import gava.types.Universe;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.Label;
import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;
import java.util.ArrayList;
import java.util.List;

/** Calls of built-in functions (spec "Built-in functions"). */
final class Builtins {
  private final FuncGen f;
  private final CodeBuilder cb;

  Builtins(FuncGen f) {
    this.f = f;
    this.cb = f.cb;
  }

  private static Type type(Expr e) {
    return ExprGen.type(e);
  }

  void call(Builtin b, Expr.Call c) {
    List<Expr> args = c.args;
    switch (b.id) {
      case LEN -> len(args.get(0), c);
      case CAP -> cap(args.get(0), c);
      case NEW -> newValue(ExprGen.type(c));
      case MAKE -> make(c);
      case APPEND -> append(c);
      case COPY -> copy(c);
      case DELETE -> {
        MapGen mg = new MapGen(f);
        if (args.size() == 1 && type(args.get(0)) instanceof Tuple tt) {
          // delete(f()) with f returning the map and the key
          MapType m = (MapType) Types.under(tt.at(0));
          f.ex.expr(args.get(0));
          int tmp = f.temp(f.jt.desc(tt));
          cb.aload(tmp);
          f.tupleGet(tt, 0);
          cb.aload(tmp);
          f.tupleGet(tt, 1);
          f.ex.coerce(tt.at(1), m.key);
          mg.storedKey(m);
          mg.delete(m);
          return;
        }
        MapType m = (MapType) Types.under(type(args.get(0)));
        f.ex.expr(args.get(0));
        mg.key(args.get(1), m);
        mg.delete(m);
      }
      case PANIC -> {
        f.ex.value(args.get(0), Universe.ANY);
        f.at(c);
        cb.invokestatic(Rt.PANICS, "panic", MethodTypeDesc.of(Rt.GOPANIC, CD_Object));
        cb.athrow();
      }
      case PRINT, PRINTLN -> print(args, b.id == Builtin.Id.PRINTLN, c);
      case MIN, MAX -> minMax(c, b.id == Builtin.Id.MIN);
      case CLEAR -> clear(args.get(0));
      case COMPLEX -> {
        boolean c64 = JvmTypes.basicKind(type(c)) == Basic.Kind.COMPLEX64;
        Type part = c64 ? Universe.FLOAT32 : Universe.FLOAT64;
        if (args.size() == 1 && type(args.get(0)) instanceof gava.types.Tuple tt) {
          f.ex.expr(args.get(0));
          int tmp = f.temp(f.jt.desc(tt));
          for (int i = 0; i < 2; i++) {
            cb.aload(tmp);
            f.tupleGet(tt, i);
            if (JvmTypes.kind(tt.at(i)) == 'F') cb.f2d();
          }
        } else {
          f.ex.value(args.get(0), part);
          if (c64) cb.f2d();
          f.ex.value(args.get(1), part);
          if (c64) cb.f2d();
        }
        ComplexGen.make(cb, c64);
      }
      case REAL, IMAG -> {
        f.ex.expr(args.get(0));
        ComplexGen.part(cb, b.id == Builtin.Id.REAL, JvmTypes.kind(type(c)) == 'F');
      }
      case RECOVER -> cb.invokestatic(Rt.DEFER, "recover", MethodTypeDesc.of(CD_Object));
      case CLOSE -> {
        f.ex.expr(args.get(0));
        cb.invokestatic(Rt.CHAN, "close", MethodTypeDesc.of(CD_void, Rt.CHAN));
      }
      case SIZEOF -> cb.ldc(gava.types.Sizes.sizeof(type(args.get(0))));
      case ALIGNOF -> cb.ldc(gava.types.Sizes.alignof(type(args.get(0))));
      case STRING, STRINGDATA, SLICE, SLICEDATA -> unsafeData(b, c);
      default -> throw new NotSupported(c, "unsafe." + b.name);
    }
  }

  /** unsafe.String, StringData, Slice, SliceData (gava.runtime.UnsafeData: pointers into arrays only). */
  private void unsafeData(Builtin b, Expr.Call c) {
    ClassDesc ud = ClassDesc.of("gava.runtime.UnsafeData");
    List<Expr> args = c.args;
    f.ex.expr(args.get(0));
    f.at(c);
    switch (b.id) {
      case STRING -> {
        f.ex.indexAsLong(args.get(1));
        cb.invokestatic(ud, "string", MethodTypeDesc.of(Rt.GOSTRING, CD_Object, CD_long));
      }
      case SLICE -> {
        f.ex.indexAsLong(args.get(1));
        cb.invokestatic(ud, "slice", MethodTypeDesc.of(CD_Object, CD_Object, CD_long));
        f.ops.checkcast(type(c));
      }
      case STRINGDATA -> {
        cb.invokestatic(ud, "stringData", MethodTypeDesc.of(CD_Object, Rt.GOSTRING));
        f.ops.checkcast(type(c));
      }
      default -> {
        cb.invokestatic(ud, "sliceData", MethodTypeDesc.of(CD_Object, CD_Object));
        f.ops.checkcast(type(c));
      }
    }
  }

  private void len(Expr x, Expr.Call at) {
    Type u = Types.under(type(x));
    if (u instanceof Pointer p) u = Types.under(p.elem);
    switch (u) {
      case Basic b when b.isString() -> {
        f.ex.expr(x);
        cb.invokestatic(Rt.GOSTRING, "len", MethodTypeDesc.of(CD_long, Rt.GOSTRING));
      }
      case Slice s -> {
        f.ex.expr(x);
        ClassDesc sc = Rt.slice(JvmTypes.kind(s.elem));
        cb.invokestatic(sc, "len", MethodTypeDesc.of(CD_long, sc));
      }
      case Array a -> {
        // the length is the type's, even for a nil pointer to an array (x is still evaluated)
        f.ex.expr(x);
        cb.pop();
        cb.loadConstant(a.len);
      }
      case MapType m -> {
        f.ex.expr(x);
        cb.invokestatic(Rt.GOMAP, "len", MethodTypeDesc.of(CD_long, Rt.GOMAP));
      }
      case Chan ch -> {
        f.ex.expr(x);
        cb.invokestatic(Rt.CHAN, "len", MethodTypeDesc.of(CD_long, Rt.CHAN));
      }
      default -> throw new IllegalStateException("len of " + u);
    }
  }

  private void cap(Expr x, Expr.Call at) {
    Type u = Types.under(type(x));
    if (u instanceof Pointer p) u = Types.under(p.elem);
    switch (u) {
      case Slice s -> {
        f.ex.expr(x);
        ClassDesc sc = Rt.slice(JvmTypes.kind(s.elem));
        cb.invokestatic(sc, "cap", MethodTypeDesc.of(CD_long, sc));
      }
      case Array a -> {
        // the length is the type's, even for a nil pointer to an array (x is still evaluated)
        f.ex.expr(x);
        cb.pop();
        cb.loadConstant(a.len);
      }
      case Chan ch -> {
        f.ex.expr(x);
        cb.invokestatic(Rt.CHAN, "cap", MethodTypeDesc.of(CD_long, Rt.CHAN));
      }
      default -> throw new IllegalStateException("cap of " + u);
    }
  }

  /** new(T): aggregates are their own pointers; other types get a cell. */
  private void newValue(Type ptrType) {
    Type elem = ((Pointer) Types.under(ptrType)).elem;
    if (Exprs.isAggregate(elem)) {
      f.ops.zero(elem);
    } else {
      f.ex.newCell(elem, () -> f.ops.zero(elem));
    }
  }

  private void make(Expr.Call c) {
    Type t = type(c);
    Type u = Types.under(t);
    List<Expr> args = c.args;
    switch (u) {
      case Slice s -> {
        char k = JvmTypes.kind(s.elem);
        ClassDesc sc = Rt.slice(k);
        f.ex.indexAsLong(args.get(1));
        if (args.size() > 2) f.ex.indexAsLong(args.get(2));
        boolean withCap = args.size() > 2;
        if (k == 'L') {
          zeroDesc(s.elem);
          cb.invokestatic(sc, "make", withCap ? MethodTypeDesc.of(sc, CD_long, CD_long, Rt.ZERO) : MethodTypeDesc.of(sc, CD_long, Rt.ZERO));
        } else {
          cb.invokestatic(sc, "make", withCap ? MethodTypeDesc.of(sc, CD_long, CD_long) : MethodTypeDesc.of(sc, CD_long));
        }
      }
      case MapType m -> new MapGen(f).make(m, args.size() > 1 ? args.get(1) : null);
      case Chan ch -> new ChanGen(f).make(t, args);
      default -> throw new IllegalStateException("make of " + t);
    }
  }

  static boolean identityKeys(Type key) {
    Type u = Types.under(key);
    return u instanceof Pointer || u instanceof Chan;
  }

  /** Pushes the Zero descriptor of a SliceL element type (null when its zero value is null and size 8). */
  void zeroDesc(Type elem) {
    Type u = Types.under(elem);
    if (Exprs.isAggregate(elem)) {
      Classes.ZeroInfo zi = f.g.classes.zero(elem);
      cb.getstatic(zi.cd(), "INSTANCE", zi.cd());
    } else if (u instanceof Basic b && b.isString()) {
      cb.getstatic(Rt.ZERO, "STRING", Rt.ZERO);
    } else if (u instanceof Interface) {
      cb.getstatic(Rt.ZERO, "INTERFACE", Rt.ZERO);
    } else if (u instanceof Slice) {
      cb.getstatic(Rt.ZERO, "SLICE", Rt.ZERO);
    } else {
      cb.aconst_null();
    }
  }

  private void append(Expr.Call c) {
    List<Expr> args = c.args;
    Type st = type(c);
    Type elem = ((Slice) Types.under(st)).elem;
    char k = JvmTypes.kind(elem);
    ClassDesc sc = Rt.slice(k);
    if (args.size() == 1 && type(args.get(0)) instanceof Tuple tt) {
      // append(f()) with f returning the slice and the elements: spread the results
      f.ex.expr(args.get(0));
      int tmp = f.temp(f.jt.desc(tt));
      cb.aload(tmp);
      f.tupleGet(tt, 0);
      f.ex.coerce(tt.at(0), st);
      List<Runnable> vals = new ArrayList<>();
      for (int i = 1; i < tt.size(); i++) {
        int idx = i;
        vals.add(() -> {
          cb.aload(tmp);
          f.tupleGet(tt, idx);
          f.ex.coerce(tt.at(idx), elem);
        });
      }
      appendValues(elem, k, sc, vals);
      return;
    }
    f.ex.value(args.get(0), st);
    if (c.hasDots) {
      Expr t = args.get(1);
      if (JvmTypes.isString(type(t))) {
        f.ex.expr(t);
        cb.invokestatic(sc, "appendString", MethodTypeDesc.of(sc, sc, Rt.GOSTRING));
        return;
      }
      f.ex.value(t, st);
      if (k == 'L') {
        zeroDesc(elem);
        cb.invokestatic(sc, "appendSlice", MethodTypeDesc.of(sc, sc, sc, Rt.ZERO));
      } else {
        cb.invokestatic(sc, "appendSlice", MethodTypeDesc.of(sc, sc, sc));
      }
      return;
    }
    List<Runnable> vals = new ArrayList<>();
    for (Expr a : args.subList(1, args.size())) vals.add(() -> f.ex.valueFor(a, elem, true));
    appendValues(elem, k, sc, vals);
  }

  /** With the slice on the stack, appends the values the pushers leave on the stack (each of type elem). */
  private void appendValues(Type elem, char k, ClassDesc sc, List<Runnable> vals) {
    int n = vals.size();
    if (n == 0) return;
    if (n == 1) {
      vals.get(0).run();
      if (k == 'L') {
        zeroDesc(elem);
        cb.invokestatic(sc, "append", MethodTypeDesc.of(sc, sc, CD_Object, Rt.ZERO));
      } else {
        cb.invokestatic(sc, "append", MethodTypeDesc.of(sc, sc, Rt.stackElem(k)));
      }
      return;
    }
    cb.loadConstant(n);
    f.ops.newArray(f.jt.component(elem));
    for (int i = 0; i < n; i++) {
      cb.dup();
      cb.loadConstant(i);
      vals.get(i).run();
      f.ops.arrayStore(elem);
    }
    if (k == 'L') {
      zeroDesc(elem);
      cb.invokestatic(sc, "appendArray", MethodTypeDesc.of(sc, sc, Rt.array(k), Rt.ZERO));
    } else {
      cb.invokestatic(sc, "appendArray", MethodTypeDesc.of(sc, sc, Rt.array(k)));
    }
  }

  private void copy(Expr.Call c) {
    Tuple tt = c.args.size() == 1 && type(c.args.get(0)) instanceof Tuple t ? t : null; // copy(f())
    int tmp = -1;
    if (tt != null) {
      f.ex.expr(c.args.get(0));
      tmp = f.temp(f.jt.desc(tt));
    }
    Expr dst = tt != null ? null : c.args.get(0), src = tt != null ? null : c.args.get(1);
    Type dt = tt != null ? tt.at(0) : type(dst);
    Type srcT = tt != null ? tt.at(1) : type(src);
    Type elem = ((Slice) Types.under(dt)).elem;
    char k = JvmTypes.kind(elem);
    ClassDesc sc = Rt.slice(k);
    if (tt != null) {
      cb.aload(tmp);
      f.tupleGet(tt, 0);
    } else {
      f.ex.expr(dst);
    }
    if (JvmTypes.isString(srcT)) {
      if (tt != null) {
        cb.aload(tmp);
        f.tupleGet(tt, 1);
      } else {
        f.ex.expr(src);
      }
      cb.invokestatic(sc, "copyString", MethodTypeDesc.of(CD_long, sc, Rt.GOSTRING));
      return;
    }
    if (tt != null) {
      cb.aload(tmp);
      f.tupleGet(tt, 1);
      f.ex.coerce(srcT, dt);
    } else {
      f.ex.value(src, dt);
    }
    if (k == 'L' && Exprs.isAggregate(elem)) {
      zeroDesc(elem);
      cb.invokestatic(sc, "copy", MethodTypeDesc.of(CD_long, sc, sc, Rt.ZERO));
    } else {
      cb.invokestatic(sc, "copy", MethodTypeDesc.of(CD_long, sc, sc));
    }
  }

  private void clear(Expr x) {
    Type u = Types.under(type(x));
    f.ex.expr(x);
    if (u instanceof MapType) {
      cb.invokestatic(Rt.GOMAP, "clear", MethodTypeDesc.of(CD_void, Rt.GOMAP));
    } else if (u instanceof Slice s) {
      char k = JvmTypes.kind(s.elem);
      ClassDesc sc = Rt.slice(k);
      if (k == 'L') {
        zeroDesc(s.elem);
        cb.invokestatic(sc, "clear", MethodTypeDesc.of(CD_void, sc, Rt.ZERO));
      } else {
        cb.invokestatic(sc, "clear", MethodTypeDesc.of(CD_void, sc));
      }
    } else {
      throw new IllegalStateException("clear of " + u);
    }
  }

  private void minMax(Expr.Call c, boolean min) {
    Type t = type(c);
    List<Expr> args = c.args;
    f.ex.value(args.get(0), t);
    for (int i = 1; i < args.size(); i++) {
      f.ex.value(args.get(i), t);
      minMax2(t, min);
    }
  }

  /** a, b -> min(a, b) or max(a, b) with Go's rules (NaN wins, -0 < +0, unsigned compare). */
  private void minMax2(Type t, boolean min) {
    String m = min ? "min" : "max";
    if (JvmTypes.isString(t)) {
      // keep a when (a <= b) for min / (a >= b) for max
      cb.dup2();
      cb.invokestatic(Rt.GOSTRING, "compare", MethodTypeDesc.of(CD_int, Rt.GOSTRING, Rt.GOSTRING));
      Label keepA = cb.newLabel(), end = cb.newLabel();
      if (min) cb.ifle(keepA); else cb.ifge(keepA);
      cb.swap();
      cb.labelBinding(keepA);
      cb.pop();
      cb.labelBinding(end);
      return;
    }
    boolean uns = JvmTypes.isUnsigned(t);
    switch (JvmTypes.kind(t)) {
      case 'J' -> {
        if (uns) {
          cb.ldc(Long.MIN_VALUE).lxor();
          int b = f.temp(CD_long);
          cb.ldc(Long.MIN_VALUE).lxor();
          cb.lload(b);
          cb.invokestatic(Rt.CD_MATH, m, MethodTypeDesc.of(CD_long, CD_long, CD_long));
          cb.ldc(Long.MIN_VALUE).lxor();
        } else {
          cb.invokestatic(Rt.CD_MATH, m, MethodTypeDesc.of(CD_long, CD_long, CD_long));
        }
      }
      case 'F' -> cb.invokestatic(Rt.CD_MATH, m, MethodTypeDesc.of(CD_float, CD_float, CD_float));
      case 'D' -> cb.invokestatic(Rt.CD_MATH, m, MethodTypeDesc.of(CD_double, CD_double, CD_double));
      default -> {
        if (uns && JvmTypes.basicKind(t) == Basic.Kind.UINT32) {
          cb.ldc(Integer.MIN_VALUE).ixor().swap().ldc(Integer.MIN_VALUE).ixor();
          cb.invokestatic(Rt.CD_MATH, m, MethodTypeDesc.of(CD_int, CD_int, CD_int));
          cb.ldc(Integer.MIN_VALUE).ixor();
        } else {
          cb.invokestatic(Rt.CD_MATH, m, MethodTypeDesc.of(CD_int, CD_int, CD_int));
        }
      }
    }
  }

  // ---- print / println ----

  private void print(List<Expr> args, boolean ln, Expr.Call at) {
    if (args.size() == 1 && type(args.get(0)) instanceof gava.types.Tuple tt && tt.size() != 1) {
      f.ex.expr(args.get(0));
      int tmp = f.temp(f.jt.desc(tt));
      for (int i = 0; i < tt.size(); i++) {
        if (ln && i > 0) cb.invokestatic(Rt.PRINT, "sp", MethodTypeDesc.of(CD_void));
        cb.aload(tmp);
        f.tupleGet(tt, i);
        printValue(tt.at(i), args.get(0));
      }
    } else if (needsTemps(args)) {
      // gc evaluates every operand before printing: a call among them that prints itself must not
      // interleave its output with this line's (print buffers per goroutine)
      int[] slots = new int[args.size()];
      for (int i = 0; i < args.size(); i++) {
        Expr a = args.get(i);
        if (a.value != null || ExprGen.isNil(a)) continue;
        f.ex.expr(a);
        slots[i] = f.temp(type(a));
      }
      for (int i = 0; i < args.size(); i++) {
        if (ln && i > 0) cb.invokestatic(Rt.PRINT, "sp", MethodTypeDesc.of(CD_void));
        Expr a = args.get(i);
        if (a.value != null || ExprGen.isNil(a)) {
          printOne(a, at);
        } else {
          f.load(f.jt.desc(type(a)), slots[i]);
          printValue(type(a), a);
        }
      }
    } else {
      for (int i = 0; i < args.size(); i++) {
        if (ln && i > 0) cb.invokestatic(Rt.PRINT, "sp", MethodTypeDesc.of(CD_void));
        printOne(args.get(i), at);
      }
    }
    if (ln) cb.invokestatic(Rt.PRINT, "nl", MethodTypeDesc.of(CD_void));
    cb.invokestatic(Rt.PRINT, "flush", MethodTypeDesc.of(CD_void));
  }

  /** Whether an operand after the first is more than a constant or a name (it may print itself). */
  private static boolean needsTemps(List<Expr> args) {
    for (int i = 1; i < args.size(); i++) {
      Expr a = args.get(i);
      if (a.value == null && !(a instanceof Expr.Name)) return true;
    }
    return false;
  }

  private void printOne(Expr a, Expr.Call at) {
    if (ExprGen.isNil(a)) {
      cb.invokestatic(Rt.PRINT, "nil", MethodTypeDesc.of(CD_void));
      return;
    }
    f.ex.expr(a);
    printValue(type(a), a);
  }

  /** Prints the value of type t on the stack. */
  private void printValue(Type t, Expr a) {
    printValue(f.ops, t, a);
  }

  /** Prints the value of type t on the stack with gava.runtime.Print (print's formats). */
  static void printValue(ValueOps ops, Type t, Expr at) {
    CodeBuilder cb = ops.cb;
    Type u = Types.under(t);
    switch (u) {
      case Basic b when b.kind == Basic.Kind.UNTYPED_NIL -> { cb.pop(); cb.invokestatic(Rt.PRINT, "nil", MethodTypeDesc.of(CD_void)); }
      case Basic b when b.isString() -> cb.invokestatic(Rt.PRINT, "string", MethodTypeDesc.of(CD_void, Rt.GOSTRING));
      case Basic b when b.isBoolean() -> cb.invokestatic(Rt.PRINT, "bool", MethodTypeDesc.of(CD_void, CD_boolean));
      case Basic b when b.isInteger() -> {
        if (JvmTypes.kind(t) != 'J') {
          cb.i2l();
          if (b.kind == Basic.Kind.UINT32) cb.loadConstant(0xFFFFFFFFL).land();
        }
        cb.invokestatic(Rt.PRINT, b.isUnsigned() ? "uint64" : "int64", MethodTypeDesc.of(CD_void, CD_long));
      }
      case Basic b when b.isFloat() -> {
        if (JvmTypes.kind(t) == 'F') cb.f2d();
        cb.invokestatic(Rt.PRINT, "float64", MethodTypeDesc.of(CD_void, CD_double));
      }
      case Basic b when b.isComplex() -> cb.invokestatic(Rt.COMPLEX, "print", MethodTypeDesc.of(CD_void, CD_Object));
      case Slice s -> cb.invokestatic(Rt.PRINT, "slice", MethodTypeDesc.of(CD_void, CD_Object));
      case Interface i -> cb.invokestatic(Rt.PRINT, i.allMethods.isEmpty() ? "eface" : "iface", MethodTypeDesc.of(CD_void, CD_Object));
      case Pointer p -> cb.invokestatic(Rt.PRINT, "pointer", MethodTypeDesc.of(CD_void, CD_Object));
      case Basic b when b.kind == Basic.Kind.UNSAFE_POINTER -> cb.invokestatic(Rt.PRINT, "pointer", MethodTypeDesc.of(CD_void, CD_Object));
      case MapType m -> cb.invokestatic(Rt.PRINT, "pointer", MethodTypeDesc.of(CD_void, CD_Object));
      case Chan ch -> cb.invokestatic(Rt.PRINT, "pointer", MethodTypeDesc.of(CD_void, CD_Object));
      case Signature s -> cb.invokestatic(Rt.PRINT, "pointer", MethodTypeDesc.of(CD_void, CD_Object));
      default -> throw new NotSupported(at, "print of " + t);
    }
  }

}
