package gava.codegen;

import static java.lang.constant.ConstantDescs.*;

import gava.lower.Exprs;
import gava.lower.FuncUnit;
import gava.syntax.Expr;
import gava.syntax.Token;
import gava.types.Array;
import gava.types.Basic;
import gava.types.Builtin;
import gava.types.Const;
import gava.types.Constant;
import gava.types.Func;
import gava.types.Interface;
import gava.types.MapType;
import gava.types.Nil;
import gava.types.Pointer;
import gava.types.Selection;
import gava.types.Signature;
import gava.types.Slice;
import gava.types.Struct;
import gava.types.Tuple;
import gava.types.Type;
import gava.types.Types;
import gava.types.Var;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.Label;
import java.lang.classfile.Opcode;
import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/** Expressions: each pushes the JVM representation of its (checked) type. */
final class ExprGen {
  private final FuncGen f;
  private final CodeBuilder cb;

  ExprGen(FuncGen f) {
    this.f = f;
    this.cb = f.cb;
  }

  static Type type(Expr e) {
    return Exprs.type(e);
  }

  // ---- entry points ----

  /** Pushes e's value (a tuple object for multi-valued calls; nothing for calls without results). */
  void expr(Expr e) {
    f.at(e);
    Type t = type(e);
    if (e.value instanceof Constant c && t != null && !(t instanceof Tuple)) {
      constant(c, t, e);
      return;
    }
    switch (e) {
      case Expr.Paren p -> expr(p.x);
      case Expr.Name n -> name(n);
      case Expr.BasicLit b -> throw new IllegalStateException("literal without constant value");
      case Expr.CompositeLit c -> new CompositeGen(f).literal(c);
      case Expr.FuncLit fl -> closure(fl);
      case Expr.Selector s -> selector(s);
      case Expr.Index ix -> index(ix);
      case Expr.Slice s -> slice(s);
      case Expr.Call c -> f.calls.call(c);
      case Expr.Operation o -> operation(o);
      case Expr.Assert a -> {
        expr(a.x);
        new Ifaces(f.g, cb).assertTo(type(a.assertType), type(a.x));
      }
      case Expr.KeyValue kv -> throw new IllegalStateException("key:value outside composite literal");
      default -> throw new NotSupported(e, "expression " + e.getClass().getSimpleName());
    }
  }

  /** Pushes e's value converted (assignability) to target. */
  void value(Expr e, Type target) {
    if (target == null) {
      expr(e);
      return;
    }
    if (isNil(e)) {
      cb.aconst_null();
      return;
    }
    expr(e);
    Type from = type(e);
    if (Types.isInterface(target) && !Types.isInterface(from) && Exprs.isAggregate(from) && isFresh(e)) {
      new Ifaces(f.g, cb).box(from);
      return;
    }
    coerce(from, target);
  }

  /** value(), copying aggregates that are not fresh when the destination keeps the object. */
  void valueFor(Expr e, Type target, boolean needFresh) {
    value(e, target);
    if (needFresh && Exprs.isAggregate(target) && !isFresh(e)) f.ops.copy(target);
  }

  static boolean isNil(Expr e) {
    e = Exprs.unparen(e);
    return e instanceof Expr.Name n && n.obj instanceof Nil
        || (type(e) instanceof Basic b && b.kind == Basic.Kind.UNTYPED_NIL);
  }

  /** Aggregate values that are not stored anywhere else (composite literals, call results, conversions). */
  boolean isFresh(Expr e) {
    e = Exprs.unparen(e);
    return switch (e) {
      case Expr.CompositeLit c -> true;
      case Expr.Call c -> {
        if (Exprs.isType(c.fun)) {
          if (c.args.size() != 1) yield true;
          Type from = type(c.args.get(0)), to = type(c);
          yield isFresh(c.args.get(0)) || !f.jt.desc(from).equals(f.jt.desc(to));
        }
        yield true;
      }
      default -> false;
    };
  }

  /** Assignability conversion of the value on the stack. */
  void coerce(Type from, Type to) {
    if (from == null || to == null || from == to) return;
    if (from instanceof Tuple) return;
    Type fu = Types.under(from), tu = Types.under(to);
    if (tu instanceof Interface && !(fu instanceof Interface)) {
      if (Exprs.isAggregate(from)) f.ops.copy(from);
      boxInterface(from);
      return;
    }
    if (tu instanceof Struct && fu instanceof Struct) {
      ClassDesc fc = f.jt.desc(from), tc = f.jt.desc(to);
      if (!fc.equals(tc)) cb.invokestatic(f.g.helpers.cd, f.g.helpers.structConvert(from, to), MethodTypeDesc.of(tc, fc));
    }
  }

  /** A concrete value -> the Object an interface holds (aggregates must be private copies). */
  void boxInterface(Type from) {
    new Ifaces(f.g, cb).box(from);
  }

  // ---- constants ----

  void constant(Constant c, Type t, Expr at) {
    Type u = Types.under(t);
    if (u instanceof Basic b && b.kind == Basic.Kind.UNTYPED_NIL) {
      cb.aconst_null();
      return;
    }
    if (u instanceof Interface) {
      Type dt = defaultTypeOf(c);
      constant(c, dt, at);
      boxInterface(dt);
      return;
    }
    if (!(u instanceof Basic b)) throw new IllegalStateException("constant of type " + t);
    basicConstant(f.g, cb, c, t);
  }

  /** Pushes a constant of a (non-complex) basic type. */
  static void basicConstant(Gen g, CodeBuilder cb, Constant c, Type t) {
    Basic b = (Basic) Types.under(t);
    switch (JvmTypes.kind(t)) {
      case 'Z' -> cb.loadConstant(c.boolValue() ? 1 : 0);
      case 'B', 'S', 'I' -> cb.loadConstant((int) longBits(c));
      case 'J' -> cb.loadConstant(longBits(c));
      case 'F' -> cb.loadConstant(floatValue(c));
      case 'D' -> cb.loadConstant(doubleValue(c));
      default -> {
        if (b.isString()) g.literals.load(cb, c.stringBytes());
        else if (b.isComplex()) ComplexGen.constant(cb, c, b);
        else throw new IllegalStateException("constant of type " + t);
      }
    }
  }

  private static Type defaultTypeOf(Constant c) {
    return switch (c.kind) {
      case BOOL -> gava.types.Universe.BOOL;
      case STRING -> gava.types.Universe.STRING;
      case INT -> gava.types.Universe.INT;
      case FLOAT -> gava.types.Universe.FLOAT64;
      case COMPLEX -> gava.types.Universe.COMPLEX128;
    };
  }

  static long longBits(Constant c) {
    if (c.kind == Constant.Kind.COMPLEX) c = c.real();
    if (c.kind == Constant.Kind.INT) return c.longBits();
    if (c.kind == Constant.Kind.FLOAT) return c.numerator().divide(c.denominator()).longValue();
    if (c.kind == Constant.Kind.BOOL) return c.boolValue() ? 1 : 0;
    throw new IllegalStateException("not an integer constant: " + c);
  }

  static double doubleValue(Constant c) {
    if (c.kind == Constant.Kind.COMPLEX) c = c.real();
    if (c.kind == Constant.Kind.INT) return c.intValue().doubleValue();
    return new BigDecimal(c.numerator()).divide(new BigDecimal(c.denominator()), MathContext.DECIMAL128).doubleValue();
  }

  static float floatValue(Constant c) {
    if (c.kind == Constant.Kind.COMPLEX) c = c.real();
    if (c.kind == Constant.Kind.INT) return c.intValue().floatValue();
    return new BigDecimal(c.numerator()).divide(new BigDecimal(c.denominator()), MathContext.DECIMAL128).floatValue();
  }

  // ---- names ----

  private void name(Expr.Name n) {
    switch (n.obj) {
      case Var v -> f.loadVar(v);
      case Func fn -> funcValue(fn, n);
      case Nil nil -> cb.aconst_null();
      case Const k -> constant(k.value, type(n) != null ? type(n) : k.type, n);
      case Builtin b -> throw new NotSupported(n, "builtin " + b.name + " as a value");
      case null, default -> throw new IllegalStateException("unresolved name " + n.name);
    }
  }

  /** A declared function used as a value. */
  private void funcValue(Func fn, Expr at) {
    if (fn.decl == null) throw new NotSupported(at, "function value " + fn.name);
    Signature sig = fn.sig();
    ClassDesc owner = f.g.ownerOf(fn);
    MethodTypeDesc impl = f.jt.methodType(sig, true, List.of());
    Classes.FuncIface fi = f.jt.funcIface(sigWithoutRecv(sig));
    lambda(fi, owner, f.g.funcName(fn), impl, List.of());
  }

  static Signature sigWithoutRecv(Signature s) {
    if (s.recv == null) return s;
    return new Signature(null, s.tparams, s.params, s.results, s.variadic);
  }

  /** invokedynamic LambdaMetafactory: a func value of interface fi calling the static method owner.name. */
  void lambda(Classes.FuncIface fi, ClassDesc owner, String name, MethodTypeDesc impl, List<ClassDesc> captured) {
    lambdaOf(fi.cd(), "call", fi.mtd(), owner, name, impl, captured);
  }

  void lambdaOf(ClassDesc iface, String method, MethodTypeDesc sam, ClassDesc owner, String name, MethodTypeDesc impl, List<ClassDesc> captured) {
    Lambdas.make(cb, iface, method, sam, owner, name, impl, captured);
  }

  /** After invoking a func interface: casts an erased (recursive) result to its precise type. */
  void castResult(MethodTypeDesc sam, Type resultType) {
    ClassDesc r = sam.returnType();
    if (resultType == null || r.isPrimitive()) return;
    ClassDesc want = f.jt.desc(resultType);
    if (!want.equals(r) && !want.isPrimitive()) cb.checkcast(want);
  }

  private void closure(Expr.FuncLit fl) {
    FuncUnit u = f.g.facts.unit(fl);
    if (u == null) throw new IllegalStateException("function literal without unit");
    List<ClassDesc> caps = new ArrayList<>();
    for (Var v : u.captures) {
      if (f.isCellVar(v)) f.loadCell(v);
      else f.loadVar(v);
      caps.add(FuncGen.captureDesc(f.g, v));
    }
    Classes.FuncIface fi = f.jt.funcIface(u.sig);
    lambda(fi, f.g.ownerOf(u), u.jvmName, FuncGen.methodType(f.g, u), caps);
  }

  // ---- selectors ----

  private void selector(Expr.Selector s) {
    Selection sel = Exprs.selection(s);
    if (sel == null) throw new NotSupported(s, "selector " + s.sel.name);
    switch (sel.kind()) {
      case FIELD -> {
        LValues.FieldRef r = evalFieldOwner(s, sel);
        Var fld = (Var) sel.obj();
        cb.getfield(r.owner(), r.name(), f.jt.desc(fld.type));
      }
      case METHOD_VALUE -> f.calls.methodValue(s, sel);
      case METHOD_EXPR -> f.calls.methodExpr(s, sel);
      case QUALIFIED -> {
        switch (sel.obj()) {
          case Var v -> f.loadVar(v);
          case Func fn -> funcValue(fn, s);
          case gava.types.Const k -> constant(k.value, type(s) != null ? type(s) : k.type, s);
          default -> throw new NotSupported(s, "use of " + s.sel.name);
        }
      }
    }
  }

  /**
   * Evaluates x and follows the first n entries of an embedded-field path; returns the Go type of
   * the value left on the stack (a struct object or pointer, or the embedded field's value).
   */
  Type followPath(Expr x, List<Integer> path, int n) {
    expr(x);
    Type t = type(x);
    for (int i = 0; i < n; i++) t = getField(t, path.get(i));
    return t;
  }

  /** obj (a struct value or pointer to one) -> field i; returns the field's type. */
  Type getField(Type holder, int index) {
    Type st = holder;
    if (Types.under(st) instanceof Pointer p) st = p.elem;
    Struct s = (Struct) Types.under(st);
    ClassDesc owner = f.g.classes.structClass(st);
    Var fld = s.fields.get(index);
    cb.getfield(owner, StructGen.fieldName(s, index), f.jt.desc(fld.type));
    return fld.type;
  }

  /** Pushes the object holding a selected field; returns its class and the field's JVM name. */
  LValues.FieldRef evalFieldOwner(Expr.Selector s, Selection sel) {
    List<Integer> path = sel.path();
    Type holder = followPath(s.x, path, path.size() - 1);
    Type st = holder;
    if (Types.under(st) instanceof Pointer p) st = p.elem;
    Struct struct = (Struct) Types.under(st);
    return new LValues.FieldRef(f.g.classes.structClass(st), StructGen.fieldName(struct, path.get(path.size() - 1)));
  }

  // ---- indexing ----

  private void index(Expr.Index ix) {
    Type xt = type(ix.x);
    if (Exprs.isFuncInstantiation(ix)) {
      expr(ix.x);
      return;
    }
    if (ix.indices.size() != 1 || Types.under(xt) instanceof Signature) throw new NotSupported(ix, "generic function");
    Type u = Types.under(xt);
    if (u instanceof Pointer p) u = Types.under(p.elem);
    switch (u) {
      case Array a -> {
        arrayAndIndex(ix);
        f.ops.arrayLoad(a.elem);
      }
      case Slice s -> {
        char k = JvmTypes.kind(s.elem);
        expr(ix.x);
        indexAsLong(ix.indices.get(0));
        cb.invokestatic(Rt.slice(k), "get", MethodTypeDesc.of(Rt.stackElem(k), Rt.slice(k), CD_long));
        if (k == 'B' || k == 'S') f.ops.fixLoaded(s.elem);
        else if (k == 'L') f.ops.checkcast(s.elem);
      }
      case Basic b when b.isString() -> {
        expr(ix.x);
        indexAsLong(ix.indices.get(0));
        cb.invokevirtual(Rt.GOSTRING, "at", MethodTypeDesc.of(CD_int, CD_long));
      }
      case MapType m -> new MapGen(f).get(ix, m);
      default -> throw new NotSupported(ix, "index of " + xt);
    }
  }

  /** Pushes the JVM array of an array (or pointer to array) expression and the checked int index. */
  void arrayAndIndex(Expr.Index ix) {
    expr(ix.x);
    Expr i = ix.indices.get(0);
    if (i.value instanceof Constant c) {
      cb.loadConstant((int) longBits(c));
      return;
    }
    cb.dup();
    cb.arraylength();
    int len = f.temp(CD_int);
    indexAsLong(i);
    cb.iload(len);
    f.g.helpers.invoke(cb, f.g.helpers.checkIndex());
  }

  /** Pushes an integer expression as a long (zero-extending unsigned 32-bit values). */
  void indexAsLong(Expr i) {
    expr(i);
    toLong(type(i));
  }

  /** Integer value on the stack -> long. */
  void toLong(Type t) {
    switch (JvmTypes.kind(t)) {
      case 'J' -> {}
      case 'Z', 'B', 'S', 'I' -> {
        cb.i2l();
        if (JvmTypes.basicKind(t) == Basic.Kind.UINT32) cb.loadConstant(0xFFFFFFFFL).land();
      }
      default -> throw new IllegalStateException("not an integer: " + t);
    }
  }

  /** Pushes a map key converted to the key type and boxed. */
  void mapKey(Expr k, MapType m) {
    valueFor(k, m.key, true);
    f.ops.box(m.key);
  }

  /** obj -> obj, throwing a nil dereference panic (NPE) for null. */
  void nullCheck(ClassDesc d) {
    cb.invokestatic(Rt.CD_OBJECTS, "requireNonNull", MethodTypeDesc.of(CD_Object, CD_Object));
    if (!d.equals(CD_Object)) cb.checkcast(d);
  }

  // ---- slicing ----

  private void slice(Expr.Slice s) {
    Type xt = type(s.x);
    Type u = Types.under(xt);
    if (u instanceof Basic b && b.isString()) {
      expr(s.x);
      if (s.lo == null && s.hi == null) return;
      bound(s.lo);
      if (s.hi == null) {
        cb.invokevirtual(Rt.GOSTRING, "sliceFrom", MethodTypeDesc.of(Rt.GOSTRING, CD_long));
      } else {
        indexAsLong(s.hi);
        cb.invokevirtual(Rt.GOSTRING, "slice", MethodTypeDesc.of(Rt.GOSTRING, CD_long, CD_long));
      }
      return;
    }
    if (u instanceof Slice sl) {
      char k = JvmTypes.kind(sl.elem);
      ClassDesc sc = Rt.slice(k);
      expr(s.x);
      bound(s.lo);
      if (s.full) {
        indexAsLong(s.hi);
        indexAsLong(s.max);
        cb.invokestatic(sc, "slice3", MethodTypeDesc.of(sc, sc, CD_long, CD_long, CD_long));
      } else if (s.hi == null) {
        cb.invokestatic(sc, "sliceFrom", MethodTypeDesc.of(sc, sc, CD_long));
      } else {
        indexAsLong(s.hi);
        cb.invokestatic(sc, "slice", MethodTypeDesc.of(sc, sc, CD_long, CD_long));
      }
      return;
    }
    Array a = u instanceof Pointer p ? (Array) Types.under(p.elem) : (Array) u;
    char k = JvmTypes.kind(a.elem);
    ClassDesc sc = Rt.slice(k);
    ClassDesc ad = Rt.array(k);
    expr(s.x);
    bound(s.lo);
    if (s.hi == null) cb.loadConstant(a.len);
    else indexAsLong(s.hi);
    if (s.full) {
      indexAsLong(s.max);
      cb.invokestatic(sc, "ofArray3", MethodTypeDesc.of(sc, ad, CD_long, CD_long, CD_long));
    } else {
      cb.invokestatic(sc, "ofArray", MethodTypeDesc.of(sc, ad, CD_long, CD_long));
    }
  }

  private void bound(Expr e) {
    if (e == null) cb.lconst_0();
    else indexAsLong(e);
  }

  // ---- operators ----

  private void operation(Expr.Operation o) {
    if (o.y == null) {
      unary(o);
      return;
    }
    switch (o.op) {
      case EQL, NEQ, LSS, LEQ, GTR, GEQ, LAND, LOR -> condValue(o);
      case SHL, SHR -> {
        expr(o.x);
        shift(o.op, type(o), o.y);
      }
      case ADD -> {
        if (JvmTypes.isString(type(o))) concat(o);
        else arith(o);
      }
      default -> arith(o);
    }
  }

  private void arith(Expr.Operation o) {
    Type t = type(o);
    value(o.x, t);
    value(o.y, t);
    new Arith(f).binary(o.op, t, o, o.y);
  }

  void shift(Token op, Type t, Expr count) {
    new Arith(f).shift(op, t, count);
  }

  private void concat(Expr.Operation o) {
    List<Expr> parts = new ArrayList<>();
    flattenConcat(o, parts);
    if (parts.size() == 2) {
      expr(parts.get(0));
      expr(parts.get(1));
      cb.invokestatic(Rt.GOSTRING, "concat", MethodTypeDesc.of(Rt.GOSTRING, Rt.GOSTRING, Rt.GOSTRING));
      return;
    }
    cb.loadConstant(parts.size());
    cb.anewarray(Rt.GOSTRING);
    for (int i = 0; i < parts.size(); i++) {
      cb.dup();
      cb.loadConstant(i);
      expr(parts.get(i));
      cb.aastore();
    }
    cb.invokestatic(Rt.GOSTRING, "concatN", MethodTypeDesc.of(Rt.GOSTRING, Rt.GOSTRING_ARRAY));
  }

  private void flattenConcat(Expr e, List<Expr> out) {
    Expr u = Exprs.unparen(e);
    if (u instanceof Expr.Operation o && o.op == Token.ADD && o.y != null && u.value == null && JvmTypes.isString(type(u))) {
      flattenConcat(o.x, out);
      flattenConcat(o.y, out);
    } else {
      out.add(e);
    }
  }

  private void unary(Expr.Operation o) {
    Type t = type(o);
    switch (o.op) {
      case ADD -> value(o.x, t);
      case SUB -> {
        value(o.x, t);
        switch (JvmTypes.kind(t)) {
          case 'J' -> cb.lneg();
          case 'F' -> cb.fneg();
          case 'D' -> cb.dneg();
          case 'L' -> ComplexGen.neg(cb, t);
          default -> { cb.ineg(); f.ops.normalize(t); }
        }
      }
      case XOR -> {
        value(o.x, t);
        if (JvmTypes.kind(t) == 'J') {
          cb.loadConstant(-1L);
          cb.lxor();
        } else {
          cb.iconst_m1();
          cb.ixor();
          f.ops.normalize(t);
        }
      }
      case NOT -> condValue(o);
      case AND -> addressOf(o.x);
      case MUL -> {
        Type elem = ((Pointer) Types.under(type(o.x))).elem;
        expr(o.x);
        if (JvmTypes.isObjectPointer(elem)) {
          nullCheck(f.jt.pointerDesc(elem));
        } else {
          char k = JvmTypes.kind(elem);
          cb.invokevirtual(Rt.ptr(k), "get", MethodTypeDesc.of(Rt.stackElem(k)));
          if (k == 'B' || k == 'S') f.ops.fixLoaded(elem);
          else if (k == 'L') f.ops.checkcast(elem);
        }
      }
      case ARROW -> new ChanGen(f).recv(o.x);
      default -> throw new IllegalStateException("unary " + o.op);
    }
  }

  // ---- addresses ----

  /** Pushes &e. */
  void addressOf(Expr e) {
    e = Exprs.unparen(e);
    Type t = type(e);
    switch (e) {
      case Expr.Name n -> {
        Var v = Exprs.var(n);
        if (v == null) throw new IllegalStateException("address of non-variable " + n.name);
        if (Exprs.isAggregate(v.type)) f.loadVar(v);
        else if (f.isCellVar(v)) f.loadCell(v);
        else throw new IllegalStateException("address of variable not in a cell: " + n.name);
      }
      case Expr.Selector s -> {
        Selection sel = Exprs.selection(s);
        if (sel != null && sel.kind() == Selection.Kind.QUALIFIED && sel.obj() instanceof Var v) {
          if (Exprs.isAggregate(v.type)) f.loadVar(v);
          else if (f.isCellVar(v)) f.loadCell(v);
          else throw new IllegalStateException("address of variable not in a cell: " + s.sel.name);
          return;
        }
        if (sel == null || sel.kind() != Selection.Kind.FIELD) throw new NotSupported(s, "address of " + s.sel.name);
        LValues.FieldRef r = evalFieldOwner(s, sel);
        fieldAddress(r, ((Var) sel.obj()).type);
      }
      case Expr.Index ix -> {
        Type xt = type(ix.x);
        Type u = Types.under(xt);
        if (u instanceof Pointer p) u = Types.under(p.elem);
        if (u instanceof Array a) {
          char k = JvmTypes.kind(a.elem);
          if (Exprs.isAggregate(a.elem)) {
            arrayAndIndex(ix);
            f.ops.arrayLoad(a.elem);
          } else {
            expr(ix.x);
            indexAsLong(ix.indices.get(0));
            cb.invokestatic(Rt.elemPtr(k), "at", MethodTypeDesc.of(Rt.elemPtr(k), Rt.array(k), CD_long));
          }
        } else if (u instanceof Slice sl) {
          char k = JvmTypes.kind(sl.elem);
          expr(ix.x);
          indexAsLong(ix.indices.get(0));
          if (Exprs.isAggregate(sl.elem)) {
            cb.invokestatic(Rt.slice(k), "get", MethodTypeDesc.of(CD_Object, Rt.slice(k), CD_long));
            f.ops.checkcast(sl.elem);
          } else {
            cb.invokestatic(Rt.elemPtr(k), "of", MethodTypeDesc.of(Rt.elemPtr(k), Rt.slice(k), CD_long));
          }
        } else {
          throw new NotSupported(ix, "address of index of " + xt);
        }
      }
      case Expr.Operation o when o.op == Token.MUL && o.y == null -> {
        expr(o.x);
        nullCheck(f.jt.desc(type(o.x)));
      }
      case Expr.CompositeLit c -> {
        if (Exprs.isAggregate(t)) {
          expr(c);
        } else {
          newCell(t, () -> expr(c));
        }
      }
      default -> throw new NotSupported(e, "address of this expression");
    }
  }

  /** Pushes a new cell holding the value pushed by the callback. */
  void newCell(Type t, Runnable value) {
    char k = JvmTypes.kind(t);
    ClassDesc cell = Rt.cell(k);
    cb.new_(cell).dup();
    value.run();
    cb.invokespecial(cell, "<init>", MethodTypeDesc.of(CD_void, Rt.stackElem(k)));
  }

  /** obj on the stack -> pointer to its field (the field's object for aggregates). */
  void fieldAddress(LValues.FieldRef r, Type fieldType) {
    if (Exprs.isAggregate(fieldType)) {
      cb.dup();
      nullCheck(r.owner());
      cb.pop();
      cb.getfield(r.owner(), r.name(), f.jt.desc(fieldType));
      return;
    }
    char k = JvmTypes.kind(fieldType);
    Classes.FieldPtr fp = f.g.classes.fieldPtr(r.owner(), r.name(), f.jt.desc(fieldType), k);
    cb.new_(fp.cd()).dup_x1().swap();
    cb.invokespecial(fp.cd(), "<init>", MethodTypeDesc.of(CD_void, r.owner()));
  }

  // ---- conditions ----

  /** Pushes a boolean expression's value. */
  void condValue(Expr e) {
    Label no = cb.newLabel(), end = cb.newLabel();
    cond(e, no, false);
    cb.iconst_1().goto_(end);
    cb.labelBinding(no);
    cb.iconst_0();
    cb.labelBinding(end);
  }

  /** Jumps to target when e evaluates to jumpIf. */
  void cond(Expr e, Label target, boolean jumpIf) {
    f.at(e);
    if (e.value instanceof Constant c && c.kind == Constant.Kind.BOOL) {
      if (c.boolValue() == jumpIf) cb.goto_(target);
      return;
    }
    Expr u = Exprs.unparen(e);
    if (u instanceof Expr.Operation o) {
      if (o.y == null && o.op == Token.NOT) {
        cond(o.x, target, !jumpIf);
        return;
      }
      if (o.y != null) {
        switch (o.op) {
          case LAND -> {
            if (jumpIf) {
              Label skip = cb.newLabel();
              cond(o.x, skip, false);
              cond(o.y, target, true);
              cb.labelBinding(skip);
            } else {
              cond(o.x, target, false);
              cond(o.y, target, false);
            }
            return;
          }
          case LOR -> {
            if (jumpIf) {
              cond(o.x, target, true);
              cond(o.y, target, true);
            } else {
              Label skip = cb.newLabel();
              cond(o.x, skip, true);
              cond(o.y, target, false);
              cb.labelBinding(skip);
            }
            return;
          }
          case EQL, NEQ, LSS, LEQ, GTR, GEQ -> {
            compare(o, target, jumpIf);
            return;
          }
          default -> {}
        }
      }
    }
    expr(e);
    if (jumpIf) cb.ifne(target); else cb.ifeq(target);
  }

  private void compare(Expr.Operation o, Label target, boolean jumpIf) {
    Type xt = type(o.x), yt = type(o.y);
    boolean eq = o.op == Token.EQL;
    if (o.op == Token.EQL || o.op == Token.NEQ) {
      if (isNil(o.y) || isNil(o.x)) {
        expr(isNil(o.y) ? o.x : o.y);
        if (eq == jumpIf) cb.ifnull(target); else cb.ifnonnull(target);
        return;
      }
      Type ct = xt;
      if (Types.isInterface(yt) && !Types.isInterface(xt)) ct = yt;
      if (ct instanceof Basic b && b.isUntyped()) ct = yt;
      value(o.x, ct);
      value(o.y, ct);
      f.ops.eqJump(ct, target, eq == jumpIf);
      return;
    }
    Type ct = xt instanceof Basic b && b.isUntyped() ? yt : xt;
    value(o.x, ct);
    value(o.y, ct);
    Token op = jumpIf ? o.op : negate(o.op);
    if (JvmTypes.isString(ct)) {
      cb.invokestatic(Rt.GOSTRING, "compare", MethodTypeDesc.of(CD_int, Rt.GOSTRING, Rt.GOSTRING));
      cb.branch(ifZero(op), target);
      return;
    }
    boolean uns = JvmTypes.isUnsigned(ct);
    switch (JvmTypes.kind(ct)) {
      case 'J' -> {
        if (uns) cb.invokestatic(CD_Long, "compareUnsigned", MethodTypeDesc.of(CD_int, CD_long, CD_long));
        else cb.lcmp();
        cb.branch(ifZero(op), target);
      }
      case 'F' -> {
        if (o.op == Token.LSS || o.op == Token.LEQ) cb.fcmpg(); else cb.fcmpl();
        cb.branch(ifZero(op), target);
      }
      case 'D' -> {
        if (o.op == Token.LSS || o.op == Token.LEQ) cb.dcmpg(); else cb.dcmpl();
        cb.branch(ifZero(op), target);
      }
      case 'I' -> {
        if (uns) {
          cb.invokestatic(CD_Integer, "compareUnsigned", MethodTypeDesc.of(CD_int, CD_int, CD_int));
          cb.branch(ifZero(op), target);
        } else {
          cb.branch(ifICmp(op), target);
        }
      }
      default -> cb.branch(ifICmp(op), target);
    }
  }

  static Token negate(Token op) {
    return switch (op) {
      case EQL -> Token.NEQ;
      case NEQ -> Token.EQL;
      case LSS -> Token.GEQ;
      case GEQ -> Token.LSS;
      case GTR -> Token.LEQ;
      case LEQ -> Token.GTR;
      default -> throw new IllegalArgumentException(op.toString());
    };
  }

  static Opcode ifZero(Token op) {
    return switch (op) {
      case EQL -> Opcode.IFEQ;
      case NEQ -> Opcode.IFNE;
      case LSS -> Opcode.IFLT;
      case GEQ -> Opcode.IFGE;
      case GTR -> Opcode.IFGT;
      case LEQ -> Opcode.IFLE;
      default -> throw new IllegalArgumentException(op.toString());
    };
  }

  static Opcode ifICmp(Token op) {
    return switch (op) {
      case EQL -> Opcode.IF_ICMPEQ;
      case NEQ -> Opcode.IF_ICMPNE;
      case LSS -> Opcode.IF_ICMPLT;
      case GEQ -> Opcode.IF_ICMPGE;
      case GTR -> Opcode.IF_ICMPGT;
      case LEQ -> Opcode.IF_ICMPLE;
      default -> throw new IllegalArgumentException(op.toString());
    };
  }

}
