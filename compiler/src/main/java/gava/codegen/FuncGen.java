package gava.codegen;

import static java.lang.constant.ConstantDescs.*;

import gava.lower.Exprs;
import gava.lower.Facts;
import gava.lower.FuncUnit;
import gava.syntax.Node;
import gava.syntax.Pos;
import gava.syntax.Stmt;
import gava.types.Tuple;
import gava.types.Type;
import gava.types.Var;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.Label;
import java.lang.classfile.TypeKind;
import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compiles one unit (function, method, closure or the package initialiser) into the body of its
 * static JVM method. Holds the function's state (locals, branch targets, current position); the
 * statement, expression and call translations live in their own classes and share it.
 */
final class FuncGen {
  final Gen g;
  final FuncUnit unit;
  final CodeBuilder cb;
  final ValueOps ops;
  final JvmTypes jt;
  final Facts facts;
  final ExprGen ex;
  final StmtGen st;
  final CallGen calls;
  final LValues lv;

  final Map<Var, Local> locals = new IdentityHashMap<>();
  /** break/continue targets by statement (For, Range, Switch, Select). */
  final Map<Stmt, Label> breakTargets = new IdentityHashMap<>();
  final Map<Stmt, Label> continueTargets = new IdentityHashMap<>();
  /** Enclosing breakable statements and loops, innermost first (fallback when the checker set no target). */
  final Deque<Stmt> breakables = new ArrayDeque<>();
  final Deque<Stmt> loops = new ArrayDeque<>();
  /** Labels of labeled statements (goto targets) and the statements they label. */
  final Map<String, Label> gotoLabels = new HashMap<>();
  final Map<String, Stmt> labeled = new HashMap<>();

  /** For the body of a range-over-function loop (a yield method): its exits and iteration variables. */
  RangeFuncBody rangeBody;

  Node current;
  private int lastLine = -1;

  /** For units with defer: the local holding the gava.runtime.Defer, the normal-exit label, hidden result locals. */
  int deferSlot = -1;
  Label deferExit;
  int[] resultSlots;

  FuncGen(Gen g, FuncUnit unit, CodeBuilder cb) {
    this.g = g;
    this.unit = unit;
    this.cb = cb;
    this.ops = new ValueOps(g, cb);
    this.jt = g.jt;
    this.facts = g.facts;
    this.ex = new ExprGen(this);
    this.st = new StmtGen(this);
    this.calls = new CallGen(this);
    this.lv = new LValues(this);
  }

  /** JVM descriptor of a unit's method. */
  static MethodTypeDesc methodType(Gen g, FuncUnit u) {
    if (u.kind == FuncUnit.Kind.PACKAGE_INIT) return MTD_void;
    List<ClassDesc> lead = new ArrayList<>();
    if (u.isRangeBody()) lead.add(Rt.RANGE_FUNC);
    for (Var v : u.captures) lead.add(captureDesc(g, v));
    return g.jt.methodType(u.sig, true, lead);
  }

  /** How a captured variable is passed to a closure: its cell, or its value (never reassigned / aggregates). */
  static ClassDesc captureDesc(Gen g, Var v) {
    return g.facts.isCell(v) ? g.jt.cellDesc(v.type) : g.jt.desc(v.type);
  }

  // ---- positions ----

  void at(Node n) {
    if (n == null || n.pos == null || n.pos.src() == null) return;
    current = n;
    g.diags.at(n.pos);
    Pos gp = gava.syntax.Positions.gcPos(n);
    int line = gp != null && gp.src() != null ? gp.line() : n.pos.line();
    if (line > 0 && line != lastLine) {
      cb.lineNumber(line);
      lastLine = line;
    }
  }

  Pos pos() {
    return current == null ? null : current.pos;
  }

  // ---- the body ----

  void compile() {
    if (unit.kind == FuncUnit.Kind.PACKAGE_INIT) {
      new PackageInit(this).emit();
      cb.return_();
      return;
    }
    at(unit.node());
    int p = 0;
    if (unit.isRangeBody()) {
      rangeBody = new RangeFuncBody(this);
      p++;
    }
    for (Var v : unit.captures) {
      int slot = cb.parameterSlot(p++);
      boolean cell = facts.isCell(v);
      locals.put(v, new Local(slot, jt.desc(v.type), cell, JvmTypes.kind(v.type)));
    }
    for (Var v : unit.params) {
      int slot = cb.parameterSlot(p++);
      ClassDesc d = jt.desc(v.type);
      if (facts.isCell(v)) {
        Local l = newCellLocal(v);
        cb.aload(l.slot());
        cb.loadLocal(TypeKind.from(d), slot);
        storeCellField(v);
      } else {
        if (facts.copyOnEntry(v)) {
          cb.loadLocal(TypeKind.from(d), slot);
          ops.copy(v.type);
          cb.storeLocal(TypeKind.from(d), slot);
        }
        locals.put(v, new Local(slot, d, false, JvmTypes.kind(v.type)));
      }
    }
    if (unit.namedResults() || unit.rangeReturns) {
      for (Var v : unit.results) defineLocal(v, () -> ops.zero(v.type));
    }
    if (rangeBody != null) {
      rangeBody.compile();
      return;
    }
    if (unit.hasDefer) {
      compileDeferBody();
      return;
    }
    st.block(unit.body().list);
    at(unit.body());
    if (unit.body().rbrace != null) atPos(unit.body().rbrace);
    if (unit.sig.results.size() == 0) {
      cb.return_();
    } else {
      // Unreachable for checked code (missing return is an error); keeps the verifier happy.
      cb.aconst_null().athrow();
    }
  }

  /**
   * A body with defer statements (gava.runtime.Defer's protocol): results live in locals; return
   * statements store them and jump to the normal exit, which runs the deferred calls; a panic
   * runs them from the handler, which returns the results when one of them recovered.
   */
  private void compileDeferBody() {
    Tuple rs = unit.sig.results;
    if (!unit.namedResults()) {
      resultSlots = new int[rs.size()];
      for (int i = 0; i < rs.size(); i++) {
        ops.zero(rs.at(i));
        resultSlots[i] = temp(rs.at(i));
      }
    }
    cb.new_(Rt.DEFER).dup().invokespecial(Rt.DEFER, "<init>", MTD_void);
    deferSlot = temp(Rt.DEFER);
    Label start = cb.newLabel(), end = cb.newLabel(), handler = cb.newLabel(), ret = cb.newLabel();
    deferExit = cb.newLabel();
    cb.labelBinding(start);
    st.block(unit.body().list);
    cb.goto_(deferExit);
    cb.labelBinding(end);
    cb.labelBinding(handler);
    int t = temp(CD_Throwable);
    cb.aload(deferSlot).aload(t).invokevirtual(Rt.DEFER, "panicked", MethodTypeDesc.of(CD_void, CD_Throwable));
    cb.goto_(ret);
    cb.labelBinding(deferExit);
    if (unit.body().rbrace != null) atPos(unit.body().rbrace);
    cb.aload(deferSlot).invokevirtual(Rt.DEFER, "run", MTD_void);
    cb.labelBinding(ret);
    List<Runnable> loads = new ArrayList<>();
    for (int i = 0; i < rs.size(); i++) {
      int idx = i;
      if (resultSlots != null) loads.add(() -> load(jt.desc(rs.at(idx)), resultSlots[idx]));
      else loads.add(() -> loadVar(unit.results.get(idx)));
    }
    returnValues(loads);
    cb.exceptionCatchAll(start, end, handler);
  }

  private void atPos(Pos p) {
    if (p != null && p.line() > 0 && p.line() != lastLine) {
      cb.lineNumber(p.line());
      lastLine = p.line();
    }
  }

  // ---- variables ----

  /** Allocates the local of a variable living in a cell and stores a fresh cell there. */
  Local newCellLocal(Var v) {
    ClassDesc cell = jt.cellDesc(v.type);
    int slot = cb.allocateLocal(TypeKind.REFERENCE);
    cb.new_(cell).dup().invokespecial(cell, "<init>", MTD_void).astore(slot);
    Local l = new Local(slot, jt.desc(v.type), true, JvmTypes.kind(v.type));
    locals.put(v, l);
    return l;
  }

  /** Declares a new local variable initialised by value (pushed by the runnable). Blank/null vars evaluate and drop. */
  void defineVar(Var v, Runnable value) {
    if (v == null || v.name.equals("_")) {
      value.run();
      ops.pop(v != null ? v.type : null);
      return;
    }
    defineLocal(v, value);
  }

  /** Declares a local for v (even a blank one, e.g. a result named _) initialised by value. */
  void defineLocal(Var v, Runnable value) {
    if (facts.isCell(v)) {
      Local l = newCellLocal(v);
      cb.aload(l.slot());
      value.run();
      storeCellField(v);
      return;
    }
    ClassDesc d = jt.desc(v.type);
    value.run();
    int slot = cb.allocateLocal(TypeKind.from(d));
    cb.storeLocal(TypeKind.from(d), slot);
    locals.put(v, new Local(slot, d, false, JvmTypes.kind(v.type)));
  }

  /** cell, value -> (stores the cell's field). */
  void storeCellField(Var v) {
    char k = JvmTypes.kind(v.type);
    cb.putfield(Rt.cell(k), "v", Rt.cellField(k));
  }

  /** cell -> value of the variable. */
  void loadCellField(Type t) {
    char k = JvmTypes.kind(t);
    cb.getfield(Rt.cell(k), "v", Rt.cellField(k));
    if (k == 'B' || k == 'S') ops.fixLoaded(t);
    else if (k == 'L') ops.checkcast(t);
  }

  void loadVar(Var v) {
    Local l = locals.get(v);
    if (l == null) {
      if (!v.isGlobal) throw new IllegalStateException("no local for variable " + v.name);
      if (g.isCell(v)) {
        cb.getstatic(g.globalOwner(v), Gen.globalName(v), jt.cellDesc(v.type));
        loadCellField(v.type);
      } else {
        cb.getstatic(g.globalOwner(v), Gen.globalName(v), jt.desc(v.type));
      }
      return;
    }
    if (l.cell()) {
      cb.aload(l.slot());
      loadCellField(v.type);
    } else {
      cb.loadLocal(l.tk(), l.slot());
    }
  }

  /** Pushes the cell of a variable living in a cell (it is the variable's pointer). */
  void loadCell(Var v) {
    Local l = locals.get(v);
    if (l == null) {
      cb.getstatic(g.globalOwner(v), Gen.globalName(v), jt.cellDesc(v.type));
    } else {
      cb.aload(l.slot());
    }
  }

  boolean isCellVar(Var v) {
    return g.isCell(v);
  }

  /** Stores a value on the stack into a temporary local and returns its slot. */
  int temp(ClassDesc d) {
    int slot = cb.allocateLocal(TypeKind.from(d));
    cb.storeLocal(TypeKind.from(d), slot);
    return slot;
  }

  int temp(Type t) {
    return temp(jt.desc(t));
  }

  void load(ClassDesc d, int slot) {
    cb.loadLocal(TypeKind.from(d), slot);
  }

  // ---- results ----

  /** Builds the return value from values evaluated by the callback (one per result) and returns. */
  void returnValues(List<Runnable> values) {
    Tuple rs = unit.sig.results;
    if (rs.size() == 0) {
      cb.return_();
    } else if (rs.size() == 1) {
      values.get(0).run();
      cb.return_(jt.tk(rs.at(0)));
    } else {
      Classes.TupleInfo ti = g.classes.tuple(jt, rs);
      cb.new_(ti.cd()).dup();
      for (Runnable r : values) r.run();
      cb.invokespecial(ti.cd(), "<init>", MethodTypeDesc.of(CD_void, ti.fields()));
      cb.areturn();
    }
  }

  /** tuple object -> its i-th element as the Go type t. */
  void tupleGet(Tuple tt, int i) {
    Classes.TupleInfo ti = g.classes.tuple(jt, tt);
    cb.getfield(ti.cd(), "r" + i, ti.fields().get(i));
    ops.checkcast(tt.at(i));
  }

  static boolean isAggregate(Type t) {
    return Exprs.isAggregate(t);
  }

  /**
   * Evaluates a return statement's results (several expressions, or one multi-valued call) into
   * temporaries, in order, and gives one loader per result converted to the result type rs.at(i).
   */
  List<Runnable> resultValues(List<gava.syntax.Expr> results, Tuple rs) {
    List<Runnable> vals = new ArrayList<>();
    if (results.size() == 1 && rs.size() > 1) {
      gava.syntax.Expr call = results.get(0);
      Tuple tt = (Tuple) ExprGen.type(call);
      ex.expr(call);
      int tmp = temp(jt.desc(tt));
      for (int i = 0; i < rs.size(); i++) {
        int idx = i;
        vals.add(() -> {
          cb.aload(tmp);
          tupleGet(tt, idx);
          ex.coerce(tt.at(idx), rs.at(idx));
        });
      }
    } else {
      for (int i = 0; i < results.size(); i++) {
        Type rt = rs.at(i);
        ex.valueFor(results.get(i), rt, true);
        int tmp = temp(jt.desc(rt));
        vals.add(() -> load(jt.desc(rt), tmp));
      }
    }
    return vals;
  }
}
