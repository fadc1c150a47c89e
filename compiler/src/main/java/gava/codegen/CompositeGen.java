package gava.codegen;

import static java.lang.constant.ConstantDescs.*;

import gava.lower.Exprs;
import gava.syntax.Expr;
import gava.types.Array;
import gava.types.Constant;
import gava.types.MapType;
import gava.types.Pointer;
import gava.types.Slice;
import gava.types.Struct;
import gava.types.Type;
import gava.types.Types;
import gava.types.Var;
import java.lang.classfile.CodeBuilder;
import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;
import java.util.ArrayList;
import java.util.List;

/** Composite literals: structs, arrays, slices, maps (and elided {@code &T} elements). */
final class CompositeGen {
  private final FuncGen f;
  private final CodeBuilder cb;

  CompositeGen(FuncGen f) {
    this.f = f;
    this.cb = f.cb;
  }

  void literal(Expr.CompositeLit c) {
    Type t = ExprGen.type(c);
    Type u = Types.under(t);
    if (u instanceof Pointer p) {
      // an element literal with elided &T
      Type elem = p.elem;
      if (Exprs.isAggregate(elem)) build(c, elem);
      else f.ex.newCell(elem, () -> build(c, elem));
      return;
    }
    build(c, t);
  }

  private void build(Expr.CompositeLit c, Type t) {
    Type u = Types.under(t);
    switch (u) {
      case Struct s -> struct(c, t, s);
      case Array a -> array(c, a);
      case Slice s -> slice(c, s);
      case MapType m -> map(c, m);
      default -> throw new NotSupported(c, "composite literal of type " + t);
    }
  }

  private void struct(Expr.CompositeLit c, Type t, Struct s) {
    ClassDesc cd = f.g.classes.structClass(t);
    cb.new_(cd).dup().invokespecial(cd, "<init>", MTD_void);
    for (int i = 0; i < c.elems.size(); i++) {
      Expr el = c.elems.get(i);
      int fi;
      Expr val;
      if (el instanceof Expr.KeyValue kv) {
        String name = ((Expr.Name) Exprs.unparen(kv.key)).name;
        fi = s.fieldIndex(name);
        val = kv.val;
      } else {
        fi = i;
        val = el;
      }
      Var fld = s.fields.get(fi);
      cb.dup();
      f.ex.valueFor(val, fld.type, true);
      cb.putfield(cd, StructGen.fieldName(s, fi), f.jt.desc(fld.type));
    }
  }

  /** Element indices of an array/slice literal (keys are constant indices). */
  private static List<Integer> indices(Expr.CompositeLit c) {
    List<Integer> out = new ArrayList<>();
    int next = 0;
    for (Expr el : c.elems) {
      if (el instanceof Expr.KeyValue kv && kv.key.value instanceof Constant k) next = (int) ExprGen.longBits(k);
      out.add(next);
      next++;
    }
    return out;
  }

  private static Expr valueOf(Expr el) {
    return el instanceof Expr.KeyValue kv ? kv.val : el;
  }

  private void array(Expr.CompositeLit c, Array a) {
    f.ops.zeroArray(a);
    fill(c, a.elem);
  }

  /** Runs of at least this many constant elements are stored by synthetic methods (method size limit). */
  private static final int CONST_RUN = 64;
  private static final int CHUNK = 1000;

  /** arr on the stack -> arr with the literal's elements stored. */
  private void fill(Expr.CompositeLit c, Type elem) {
    List<Integer> idx = indices(c);
    if (tooBig(c)) {
      ClassDesc arr = f.jt.component(elem).arrayType();
      split(c, MethodTypeDesc.of(CD_void, arr), (sub, from, to) -> sub.fillRange(c, idx, from, to, elem));
      return;
    }
    fillRange(c, idx, 0, c.elems.size(), elem);
  }

  /** Whether literal c is too big for the method being compiled and can move out of it. */
  private boolean tooBig(Expr.CompositeLit c) {
    if (c.elems.size() <= 1 || CodeSize.of(c) <= CodeSize.METHOD_BUDGET / 2) return false;
    List<Var> vs = CodeSize.locals(c, f.unit.kind == gava.lower.FuncUnit.Kind.PACKAGE_INIT);
    if (vs == null) return false;
    for (Var v : vs) if (f.locals.get(v) == null) return false;
    return true;
  }

  /** Stores a range of a literal's elements into the object its generated method gets as argument 0. */
  private interface Part {
    void emit(CompositeGen sub, int from, int to);
  }

  /**
   * obj on the stack -> obj, with the elements of c stored by synthetic static methods (obj) -> void
   * of the current class, each taking a run of elements estimated to fit in a method; an element
   * too big itself splits again when its method compiles it.
   */
  private void split(Expr.CompositeLit c, MethodTypeDesc objOnly, Part part) {
    ClassDesc owner = f.g.ownerOf(f.unit);
    // the enclosing function's locals the elements read travel as parameters (cells as cells)
    List<Var> vs = CodeSize.locals(c, f.unit.kind == gava.lower.FuncUnit.Kind.PACKAGE_INIT);
    List<Local> outer = new ArrayList<>();
    List<ClassDesc> params = new ArrayList<>(objOnly.parameterList());
    for (Var v : vs) {
      Local l = f.locals.get(v);
      outer.add(l);
      params.add(l.cell() ? f.jt.cellDesc(v.type) : l.desc());
    }
    MethodTypeDesc mtd = MethodTypeDesc.of(CD_void, params);
    int n = c.elems.size();
    for (int from = 0; from < n; ) {
      int to = from;
      long size = 0;
      while (to < n && (to == from || size + CodeSize.of(c.elems.get(to)) + 10 <= CodeSize.METHOD_BUDGET / 2)) {
        size += CodeSize.of(c.elems.get(to)) + 10;
        to++;
      }
      int a = from, b = to;
      String name = f.g.synthetic(owner, f.unit.jvmName + "·lit", mtd, wcb -> {
        FuncGen sf = new FuncGen(f.g, f.unit, wcb);
        for (int i = 0; i < vs.size(); i++) {
          Local l = outer.get(i);
          sf.locals.put(vs.get(i), new Local(wcb.parameterSlot(i + 1), l.desc(), l.cell(), l.kind()));
        }
        CompositeGen sub = new CompositeGen(sf);
        wcb.aload(0);
        part.emit(sub, a, b);
        wcb.pop();
        wcb.return_();
      });
      cb.dup();
      for (Local l : outer) cb.loadLocal(l.tk(), l.slot());
      cb.invokestatic(owner, name, mtd);
      from = to;
    }
  }

  /** arr on the stack -> arr with elements [from, to) of the literal stored. */
  private void fillRange(Expr.CompositeLit c, List<Integer> idx, int from, int n, Type elem) {
    boolean basic = Types.under(elem) instanceof gava.types.Basic b && !b.isComplex() && !b.isUntyped();
    for (int i = from; i < n; ) {
      int run = 0;
      while (basic && i + run < n && run < CHUNK && valueOf(c.elems.get(i + run)).value instanceof Constant) run++;
      if (run >= CONST_RUN) {
        storeConstants(c, idx, i, run, elem);
        i += run;
        continue;
      }
      cb.dup();
      cb.loadConstant(idx.get(i));
      f.ex.valueFor(valueOf(c.elems.get(i)), elem, true);
      f.ops.arrayStore(elem);
      i++;
    }
  }

  /** arr -> arr, with elements [from, from+count) (all constants) stored by a synthetic static method. */
  private void storeConstants(Expr.CompositeLit c, List<Integer> idx, int from, int count, Type elem) {
    ClassDesc arr = f.jt.component(elem).arrayType();
    MethodTypeDesc mtd = MethodTypeDesc.of(CD_void, arr);
    List<Constant> values = new ArrayList<>();
    List<Integer> at = new ArrayList<>();
    for (int i = from; i < from + count; i++) {
      values.add((Constant) valueOf(c.elems.get(i)).value);
      at.add(idx.get(i));
    }
    ClassDesc owner = f.g.ownerOf(f.unit);
    String name = f.g.synthetic(owner, f.unit.jvmName + "·lit", mtd, wcb -> {
      ValueOps ops = new ValueOps(f.g, wcb);
      for (int i = 0; i < values.size(); i++) {
        wcb.aload(0);
        wcb.loadConstant(at.get(i));
        ExprGen.basicConstant(f.g, wcb, values.get(i), elem);
        ops.arrayStore(elem);
      }
      wcb.return_();
    });
    cb.dup();
    cb.invokestatic(owner, name, mtd);
  }

  private void slice(Expr.CompositeLit c, Slice s) {
    List<Integer> idx = indices(c);
    int n = 0;
    for (int i : idx) n = Math.max(n, i + 1);
    char k = JvmTypes.kind(s.elem);
    boolean dense = idx.size() == n;
    if (dense || !ValueOps.needsElementInit(s.elem)) {
      cb.loadConstant(n);
      f.ops.newArray(f.jt.component(s.elem));
    } else {
      f.ops.zeroArray(new Array(n, s.elem));
    }
    fill(c, s.elem);
    cb.invokestatic(Rt.slice(k), "of", MethodTypeDesc.of(Rt.slice(k), Rt.array(k)));
  }

  private void map(Expr.CompositeLit c, MapType m) {
    MapGen mg = new MapGen(f);
    mg.make(m, (long) c.elems.size());
    if (tooBig(c)) {
      split(c, MethodTypeDesc.of(CD_void, Rt.GOMAP), (sub, from, to) -> sub.mapRange(c, m, from, to));
      return;
    }
    mapRange(c, m, 0, c.elems.size());
  }

  /** map on the stack -> map with entries [from, to) of the literal put. */
  private void mapRange(Expr.CompositeLit c, MapType m, int from, int to) {
    MapGen mg = new MapGen(f);
    for (Expr el : c.elems.subList(from, to)) {
      Expr.KeyValue kv = (Expr.KeyValue) el;
      cb.dup();
      mg.key(kv.key, m);
      f.ex.valueFor(kv.val, m.elem, true);
      mg.put(m);
    }
  }
}
