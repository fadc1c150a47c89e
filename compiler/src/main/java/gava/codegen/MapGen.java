package gava.codegen;

import static java.lang.constant.ConstantDescs.*;

import gava.syntax.Expr;
import gava.syntax.Token;
import gava.types.Basic;
import gava.types.Chan;
import gava.types.Interface;
import gava.types.MapType;
import gava.types.Pointer;
import gava.types.Type;
import gava.types.Types;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.Label;
import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;

/**
 * Map operations without boxing where the layout allows (see {@code gava.runtime.GoMap}): integer
 * and bool keys travel as {@code long} (letter J), strings as GoString (S), interface keys boxed (I:
 * a nil map still hashes them), other keys boxed (L); values of primitive kinds as their long bits
 * (J), others as objects (L, null = the zero value). {@code m[k] op= v} and {@code m[k]++} look the
 * key up once ({@code slotK}), after evaluating v as gc does.
 */
final class MapGen {
  private final FuncGen f;
  private final CodeBuilder cb;

  MapGen(FuncGen f) {
    this.f = f;
    this.cb = f.cb;
  }

  // ---- layouts ----

  /** The key letter: J (long), S (string), I (interface), L (other boxed keys). */
  static char keyLetter(MapType m) {
    Type u = Types.under(m.key);
    if (u instanceof Interface) return 'I';
    if (u instanceof Basic b && b.isString()) return 'S';
    return switch (JvmTypes.kind(m.key)) {
      case 'Z', 'B', 'S', 'I', 'J' -> 'J';
      default -> 'L';
    };
  }

  /** The value letter: J (primitive kinds as long bits) or L. */
  static char valueLetter(MapType m) {
    return JvmTypes.kind(m.elem) == 'L' ? 'L' : 'J';
  }

  /** The JVM type of a key as the map methods take it. */
  static ClassDesc keyDesc(MapType m) {
    return switch (keyLetter(m)) {
      case 'J' -> CD_long;
      case 'S' -> Rt.GOSTRING;
      default -> CD_Object;
    };
  }

  private static ClassDesc valueDesc(MapType m) {
    return valueLetter(m) == 'J' ? CD_long : CD_Object;
  }

  /** The runtime's layout word (GoMap.spec). */
  static int spec(MapType m) {
    Type u = Types.under(m.key);
    int klay = switch (keyLetter(m)) {
      case 'J' -> 2;
      case 'S' -> 3;
      default -> u instanceof Pointer || u instanceof Chan ? 1 : 0;
    };
    char vk = JvmTypes.kind(m.elem);
    char kk = JvmTypes.kind(m.key);
    return klay | (vk != 'L' ? 4 : 0) | kk << 8 | vk << 16;
  }

  // ---- operations ----

  /** {@code make(M)} / {@code make(M, hint)} (hint null) and map literals. */
  void make(MapType m, Expr hint) {
    cb.loadConstant(spec(m));
    if (hint != null) {
      f.ex.indexAsLong(hint);
      cb.invokestatic(Rt.GOMAP, "make", MethodTypeDesc.of(Rt.GOMAP, CD_int, CD_long));
    } else {
      cb.invokestatic(Rt.GOMAP, "make", MethodTypeDesc.of(Rt.GOMAP, CD_int));
    }
  }

  /** A map literal's size hint. */
  void make(MapType m, long hint) {
    cb.loadConstant(spec(m));
    cb.loadConstant(hint);
    cb.invokestatic(Rt.GOMAP, "make", MethodTypeDesc.of(Rt.GOMAP, CD_int, CD_long));
  }

  /** Pushes key expression k as the map methods take it. */
  void key(Expr k, MapType m) {
    f.ex.valueFor(k, m.key, true);
    storedKey(m);
  }

  /** A key value of the map's key type on the stack -> its stored form. */
  void storedKey(MapType m) {
    switch (keyLetter(m)) {
      case 'J' -> { if (JvmTypes.kind(m.key) != 'J') cb.i2l(); }
      case 'S' -> {}
      default -> f.ops.box(m.key);
    }
  }

  /** map, key -> {@code m[k]} (the zero value when absent). */
  void get(MapType m) {
    char kl = keyLetter(m), vl = valueLetter(m);
    cb.invokestatic(Rt.GOMAP, "get" + kl + vl, MethodTypeDesc.of(valueDesc(m), Rt.GOMAP, keyDesc(m)));
    fromStored(m);
  }

  /** {@code m[k]} of an index expression. */
  void get(Expr.Index ix, MapType m) {
    f.ex.expr(ix.x);
    key(ix.indices.get(0), m);
    get(m);
  }

  /** map, key, value (of the element type) -> (): {@code m[k] = v}. */
  void put(MapType m) {
    toStored(m);
    char kl = keyLetter(m) == 'I' ? 'L' : keyLetter(m);
    cb.invokestatic(Rt.GOMAP, "put" + kl + valueLetter(m), MethodTypeDesc.of(CD_void, Rt.GOMAP, keyDesc(m), valueDesc(m)));
  }

  /** map, key -> (): {@code delete(m, k)}. */
  void delete(MapType m) {
    cb.invokestatic(Rt.GOMAP, "delete" + keyLetter(m), MethodTypeDesc.of(CD_void, Rt.GOMAP, keyDesc(m)));
  }

  /**
   * {@code v, ok := m[k]} with one lookup: evaluates the map and key and leaves the value (of the
   * element type) and ok in new locals; returns {value slot, ok slot}.
   */
  int[] get2(Expr.Index ix, MapType m) {
    f.ex.expr(ix.x);
    cb.dup();
    int map = f.temp(Rt.GOMAP);
    key(ix.indices.get(0), m);
    cb.invokestatic(Rt.GOMAP, "find" + keyLetter(m), MethodTypeDesc.of(CD_int, Rt.GOMAP, keyDesc(m)));
    int d = f.temp(CD_int);
    Label absent = cb.newLabel(), done = cb.newLabel();
    cb.iload(d).iflt(absent);
    cb.aload(map).iload(d);
    at(m);
    cb.goto_(done);
    cb.labelBinding(absent);
    f.ops.zero(m.elem);
    cb.labelBinding(done);
    int val = f.temp(f.jt.desc(m.elem));
    cb.iload(d).iconst_0();
    Label yes = cb.newLabel(), end = cb.newLabel();
    cb.if_icmpge(yes);
    cb.iconst_0().goto_(end);
    cb.labelBinding(yes);
    cb.iconst_1();
    cb.labelBinding(end);
    int ok = f.temp(CD_boolean);
    return new int[] {val, ok};
  }

  /** map, position -> the value there (of the element type). */
  private void at(MapType m) {
    char vl = valueLetter(m);
    cb.invokestatic(Rt.GOMAP, "at" + vl, MethodTypeDesc.of(valueDesc(m), Rt.GOMAP, CD_int));
    fromStored(m);
  }

  /** Whether {@code m[k] op= v} can look the key up once (ops that cannot panic after the lookup). */
  static boolean singleLookup(Token op) {
    return op != Token.QUO && op != Token.REM && op != Token.SHL && op != Token.SHR;
  }

  /**
   * {@code m[k] op= rhs} (op ADD for {@code m[k]++} with rhs null and inc, SUB for --): map, key and
   * right operand are evaluated first, then the entry is found or inserted once and updated in place.
   */
  void opAssign(Expr.Index ix, MapType m, Token op, Expr rhs) {
    Type t = m.elem;
    f.ex.expr(ix.x);
    int map = f.temp(Rt.GOMAP);
    key(ix.indices.get(0), m);
    int key = f.temp(keyDesc(m));
    int r = -1;
    if (rhs != null) {
      f.ex.value(rhs, t);
      r = f.temp(f.jt.desc(t));
    }
    cb.aload(map);
    f.load(keyDesc(m), key);
    char kl = keyLetter(m) == 'I' ? 'L' : keyLetter(m);
    cb.invokestatic(Rt.GOMAP, "slot" + kl, MethodTypeDesc.of(CD_int, Rt.GOMAP, keyDesc(m)));
    int d = f.temp(CD_int);
    cb.aload(map).iload(d);
    cb.aload(map).iload(d);
    at(m);
    if (rhs == null) {
      switch (JvmTypes.kind(t)) {
        case 'J' -> cb.lconst_1();
        case 'F' -> cb.fconst_1();
        case 'D' -> cb.dconst_1();
        default -> cb.iconst_1();
      }
      new Arith(f).binary(op, t, ix);
    } else if (op == Token.ADD && JvmTypes.isString(t)) {
      f.load(f.jt.desc(t), r);
      cb.invokestatic(Rt.GOSTRING, "concat", MethodTypeDesc.of(Rt.GOSTRING, Rt.GOSTRING, Rt.GOSTRING));
    } else {
      f.load(f.jt.desc(t), r);
      new Arith(f).binary(op, t, rhs, rhs);
    }
    toStored(m);
    cb.invokestatic(Rt.GOMAP, "setAt" + valueLetter(m), MethodTypeDesc.of(CD_void, Rt.GOMAP, CD_int, valueDesc(m)));
  }

  // ---- range ----

  /** iterator -> the current key (of the key type), a copy if it is an aggregate. */
  void iterKey(MapType m) {
    if (keyLetter(m) == 'J') {
      cb.invokevirtual(Rt.MAP_ITER, "keyJ", MethodTypeDesc.of(CD_long));
      if (JvmTypes.kind(m.key) != 'J') cb.l2i();
      return;
    }
    cb.invokevirtual(Rt.MAP_ITER, "key", MethodTypeDesc.of(CD_Object));
    f.ops.unboxNonNull(m.key);
    if (gava.lower.Exprs.isAggregate(m.key)) f.ops.copy(m.key);
  }

  /** iterator -> the current value (of the element type), a copy if it is an aggregate. */
  void iterValue(MapType m) {
    if (valueLetter(m) == 'J') {
      cb.invokevirtual(Rt.MAP_ITER, "valueJ", MethodTypeDesc.of(CD_long));
      fromStored(m);
      return;
    }
    cb.invokevirtual(Rt.MAP_ITER, "value", MethodTypeDesc.of(CD_Object));
    f.ops.unboxOrZero(m.elem);
    if (gava.lower.Exprs.isAggregate(m.elem)) f.ops.copy(m.elem);
  }

  // ---- value conversions ----

  /** value of the element type -> as stored (long bits for primitive kinds, boxed otherwise). */
  private void toStored(MapType m) {
    switch (JvmTypes.kind(m.elem)) {
      case 'Z', 'B', 'S', 'I' -> cb.i2l();
      case 'J' -> {}
      case 'F' -> cb.invokestatic(CD_Float, "floatToRawIntBits", MethodTypeDesc.of(CD_int, CD_float)).i2l();
      case 'D' -> cb.invokestatic(CD_Double, "doubleToRawLongBits", MethodTypeDesc.of(CD_long, CD_double));
      default -> f.ops.box(m.elem);
    }
  }

  /** stored value -> value of the element type (null objects read as the zero value). */
  private void fromStored(MapType m) {
    switch (JvmTypes.kind(m.elem)) {
      case 'Z', 'B', 'S', 'I' -> cb.l2i();
      case 'J' -> {}
      case 'F' -> cb.l2i().invokestatic(CD_Float, "intBitsToFloat", MethodTypeDesc.of(CD_float, CD_int));
      case 'D' -> cb.invokestatic(CD_Double, "longBitsToDouble", MethodTypeDesc.of(CD_double, CD_long));
      default -> f.ops.unboxOrZero(m.elem);
    }
  }
}
