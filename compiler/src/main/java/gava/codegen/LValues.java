package gava.codegen;

import static java.lang.constant.ConstantDescs.*;

import gava.lower.Exprs;
import gava.syntax.Expr;
import gava.syntax.Token;
import gava.types.Array;
import gava.types.MapType;
import gava.types.Pointer;
import gava.types.Selection;
import gava.types.Slice;
import gava.types.Struct;
import gava.types.Type;
import gava.types.Types;
import gava.types.Var;
import java.lang.classfile.CodeBuilder;
import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;
import java.util.List;

/**
 * Assignable locations. A location is used in steps: {@link LV#evalParts} evaluates its address
 * parts (object, index, map and key, pointer) onto the stack, optionally {@link LV#spill}ed into
 * temporaries and {@link LV#reload}ed (for op-assignments and tuple assignments); then
 * {@link LV#load} or {@link LV#store} consume the parts.
 */
final class LValues {
  private final FuncGen f;
  private final CodeBuilder cb;

  LValues(FuncGen f) {
    this.f = f;
    this.cb = f.cb;
  }

  abstract class LV {
    final Type type;
    private int[] slots;

    LV(Type type) {
      this.type = type;
    }

    abstract List<ClassDesc> parts();

    abstract void evalParts();

    /** parts -> value. */
    abstract void load();

    /** parts, value -> (). */
    abstract void store();

    /** True when a store replaces the stored object: aggregate values must then be fresh (copied). */
    boolean rebinds() {
      return true;
    }

    void spill() {
      List<ClassDesc> ps = parts();
      slots = new int[ps.size()];
      for (int i = ps.size() - 1; i >= 0; i--) slots[i] = f.temp(ps.get(i));
    }

    void reload() {
      List<ClassDesc> ps = parts();
      for (int i = 0; i < ps.size(); i++) f.load(ps.get(i), slots[i]);
    }
  }

  LV of(Expr e) {
    e = Exprs.unparen(e);
    switch (e) {
      case Expr.Name n -> {
        if (n.name.equals("_")) return new Blank(Exprs.type(n));
        Var v = Exprs.var(n);
        if (v == null) throw new IllegalStateException("not a variable: " + n.name);
        return var(v);
      }
      case Expr.Selector s -> {
        Selection sel = Exprs.selection(s);
        if (sel != null && sel.kind() == Selection.Kind.QUALIFIED && sel.obj() instanceof Var v) return var(v);
        if (sel == null || sel.kind() != Selection.Kind.FIELD) throw new NotSupported(s, "assignment to " + s.sel.name);
        return new Field(s, sel);
      }
      case Expr.Index ix -> {
        Type xt = Exprs.type(ix.x);
        Type u = Types.under(xt);
        if (u instanceof Pointer p) u = Types.under(p.elem);
        return switch (u) {
          case Array a -> new ArrayElem(ix, a.elem);
          case Slice s -> new SliceElem(ix, s.elem);
          case MapType m -> new MapEntry(ix, m);
          default -> throw new NotSupported(ix, "assignment to index of " + xt);
        };
      }
      case Expr.Operation o when o.op == Token.MUL && o.y == null -> {
        return new Deref(o);
      }
      default -> throw new NotSupported(e, "assignment to this expression");
    }
  }

  LV var(Var v) {
    if (f.locals.containsKey(v)) {
      Local l = f.locals.get(v);
      return l.cell() ? new CellVar(v) : new LocalVar(v, l);
    }
    if (v.isGlobal) return f.isCellVar(v) ? new CellVar(v) : new Global(v);
    throw new IllegalStateException("no storage for variable " + v.name);
  }

  final class Blank extends LV {
    Blank(Type t) { super(t); }
    List<ClassDesc> parts() { return List.of(); }
    void evalParts() {}
    void load() { throw new IllegalStateException("load of _"); }
    void store() { f.ops.pop(type); }
  }

  final class LocalVar extends LV {
    final Var v;
    final Local l;
    LocalVar(Var v, Local l) { super(v.type); this.v = v; this.l = l; }
    List<ClassDesc> parts() { return List.of(); }
    void evalParts() {}
    void load() { cb.loadLocal(l.tk(), l.slot()); }
    boolean rebinds() { return !(Exprs.isAggregate(type) && f.facts.isInPlace(v)); }
    void store() {
      if (!rebinds()) {
        cb.loadLocal(l.tk(), l.slot());
        cb.swap();
        f.ops.assignInPlace(type);
      } else {
        cb.storeLocal(l.tk(), l.slot());
      }
    }
  }

  final class CellVar extends LV {
    final Var v;
    CellVar(Var v) { super(v.type); this.v = v; }
    List<ClassDesc> parts() { return List.of(f.jt.cellDesc(type)); }
    void evalParts() { f.loadCell(v); }
    void load() { f.loadCellField(type); }
    void store() { f.storeCellField(v); }
  }

  final class Global extends LV {
    final Var v;
    Global(Var v) { super(v.type); this.v = v; }
    List<ClassDesc> parts() { return List.of(); }
    void evalParts() {}
    void load() { cb.getstatic(f.g.globalOwner(v), Gen.globalName(v), f.jt.desc(type)); }
    boolean rebinds() { return !Exprs.isAggregate(type); }
    void store() {
      if (!rebinds()) {
        load();
        cb.swap();
        f.ops.assignInPlace(type);
      } else {
        cb.putstatic(f.g.globalOwner(v), Gen.globalName(v), f.jt.desc(type));
      }
    }
  }

  final class Field extends LV {
    final Expr.Selector s;
    final Selection sel;
    ClassDesc owner;
    String name;
    Field(Expr.Selector s, Selection sel) { super(((Var) sel.obj()).type); this.s = s; this.sel = sel; }
    List<ClassDesc> parts() { return List.of(owner); }
    void evalParts() {
      FieldRef r = f.ex.evalFieldOwner(s, sel);
      owner = r.owner();
      name = r.name();
    }
    void load() { cb.getfield(owner, name, f.jt.desc(type)); }
    boolean rebinds() { return !Exprs.isAggregate(type); }
    void store() {
      if (!rebinds()) {
        cb.swap();
        cb.getfield(owner, name, f.jt.desc(type));
        cb.swap();
        f.ops.assignInPlace(type);
      } else {
        cb.putfield(owner, name, f.jt.desc(type));
      }
    }
  }

  final class ArrayElem extends LV {
    final Expr.Index ix;
    ArrayElem(Expr.Index ix, Type elem) { super(elem); this.ix = ix; }
    List<ClassDesc> parts() { return List.of(f.jt.component(type).arrayType(), CD_int); }
    void evalParts() { f.ex.arrayAndIndex(ix); }
    void load() { f.ops.arrayLoad(type); }
    boolean rebinds() { return !Exprs.isAggregate(type); }
    void store() {
      if (!rebinds()) {
        cb.dup_x2().pop();
        f.ops.arrayLoad(type);
        cb.swap();
        f.ops.assignInPlace(type);
      } else {
        f.ops.arrayStore(type);
      }
    }
  }

  final class SliceElem extends LV {
    final Expr.Index ix;
    final char k;
    SliceElem(Expr.Index ix, Type elem) { super(elem); this.ix = ix; this.k = JvmTypes.kind(elem); }
    List<ClassDesc> parts() { return List.of(Rt.slice(k), CD_long); }
    void evalParts() {
      f.ex.expr(ix.x);
      f.ex.indexAsLong(ix.indices.get(0));
    }
    void load() {
      cb.invokestatic(Rt.slice(k), "get", MethodTypeDesc.of(Rt.stackElem(k), Rt.slice(k), CD_long));
      if (k == 'B' || k == 'S') f.ops.fixLoaded(type);
      else if (k == 'L') f.ops.checkcast(type);
    }
    boolean rebinds() { return !Exprs.isAggregate(type); }
    void store() {
      if (!rebinds()) {
        int tmp = f.temp(f.jt.desc(type));
        load();
        cb.aload(tmp);
        f.ops.assignInPlace(type);
      } else {
        cb.invokestatic(Rt.slice(k), "set", MethodTypeDesc.of(CD_void, Rt.slice(k), CD_long, Rt.stackElem(k)));
      }
    }
  }

  final class MapEntry extends LV {
    final Expr.Index ix;
    final MapType m;
    MapEntry(Expr.Index ix, MapType m) { super(m.elem); this.ix = ix; this.m = m; }
    List<ClassDesc> parts() { return List.of(Rt.GOMAP, MapGen.keyDesc(m)); }
    void evalParts() {
      f.ex.expr(ix.x);
      new MapGen(f).key(ix.indices.get(0), m);
    }
    void load() { new MapGen(f).get(m); }
    void store() { new MapGen(f).put(m); }
    /** {@code m[k] op= rhs} (rhs null: ++/-- as ADD/SUB of 1) with one lookup, if op allows. */
    boolean opAssign(Token op, Expr rhs) {
      if (!MapGen.singleLookup(op)) return false;
      new MapGen(f).opAssign(ix, m, op, rhs);
      return true;
    }
  }

  final class Deref extends LV {
    final Expr.Operation o;
    final boolean objPtr;
    final char k;
    Deref(Expr.Operation o) {
      super(((Pointer) Types.under(Exprs.type(o.x))).elem);
      this.o = o;
      this.objPtr = JvmTypes.isObjectPointer(type);
      this.k = JvmTypes.kind(type);
    }
    List<ClassDesc> parts() { return List.of(f.jt.pointerDesc(type)); }
    void evalParts() { f.ex.expr(o.x); }
    void load() {
      if (objPtr) {
        f.ex.nullCheck(f.jt.pointerDesc(type));
      } else {
        cb.invokevirtual(Rt.ptr(k), "get", MethodTypeDesc.of(Rt.stackElem(k)));
        if (k == 'B' || k == 'S') f.ops.fixLoaded(type);
        else if (k == 'L') f.ops.checkcast(type);
      }
    }
    boolean rebinds() { return !objPtr; }
    void store() {
      if (objPtr) {
        f.ops.assignInPlace(type);
      } else {
        cb.invokevirtual(Rt.ptr(k), "set", MethodTypeDesc.of(CD_void, Rt.stackElem(k)));
      }
    }
  }

  /** The owner class and JVM name of a field whose object is on the stack. */
  record FieldRef(ClassDesc owner, String name) {}

  static Struct structOf(Type t) {
    Type u = Types.under(t);
    if (u instanceof Pointer p) u = Types.under(p.elem);
    return (Struct) u;
  }

}
