package gava.codegen;

import static java.lang.constant.ConstantDescs.*;

import gava.lower.Exprs;
import gava.lower.FuncUnit;
import gava.syntax.Expr;
import gava.syntax.Stmt;
import gava.types.Signature;
import gava.types.Tuple;
import gava.types.Type;
import gava.types.Var;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.Label;
import java.lang.constant.MethodTypeDesc;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The yield method of a range-over-function loop: (RangeFunc loop, captures..., yield parameters)
 * returning boolean. It checks the iterator's protocol ({@code loop.enter()}), binds the
 * iteration variables (fresh ones per call when declared by the loop), runs the body, and returns
 * {@code loop.next()} (true) at its end or on continue, {@code loop.exit(code)} (false) on break
 * and on every exit listed by {@link RangeFuncExits}. A return stores the results in the enclosing
 * function's result variables (shared cells) first. Defer statements push onto the enclosing
 * function's Defer, which the loop object carries.
 */
final class RangeFuncBody {
  private final FuncGen f;
  private final CodeBuilder cb;
  final Stmt.Range loop;
  final RangeFuncExits exits;
  /** The parameter slot of the RangeFunc object. */
  final int loopSlot;
  private final Map<Integer, Label> exitLabels = new LinkedHashMap<>();

  RangeFuncBody(FuncGen f) {
    this.f = f;
    this.cb = f.cb;
    this.loop = f.unit.rangeLoop;
    this.exits = new RangeFuncExits(loop);
    this.loopSlot = cb.parameterSlot(0);
  }

  void compile() {
    Stmt.Range r = loop;
    cb.aload(loopSlot).invokevirtual(Rt.RANGE_FUNC, "enter", MTD_void);
    if (f.unit.function().hasDefer) {
      cb.aload(loopSlot).getfield(Rt.RANGE_FUNC, "defer", Rt.DEFER);
      f.deferSlot = f.temp(Rt.DEFER);
    }
    Signature ys = f.unit.sig;
    int first = 1 + f.unit.captures.size();
    int[] slots = new int[ys.params.size()];
    for (int i = 0; i < slots.length; i++) slots[i] = cb.parameterSlot(first + i);
    Type kt = slots.length > 0 ? ys.params.at(0) : null, vt = slots.length > 1 ? ys.params.at(1) : null;
    RangeGen rg = new RangeGen(f);
    rg.assignBoth(r, kt, () -> param(kt, slots[0]), vt, () -> param(vt, slots[1]));
    Label brk = cb.newLabel(), cont = cb.newLabel();
    f.breakTargets.put(r, brk);
    f.continueTargets.put(r, cont);
    f.breakables.push(r);
    f.loops.push(r);
    f.st.block(r.body.list);
    f.loops.pop();
    f.breakables.pop();
    cb.labelBinding(cont);
    cb.aload(loopSlot).invokevirtual(Rt.RANGE_FUNC, "next", MethodTypeDesc.of(CD_boolean)).ireturn();
    cb.labelBinding(brk);
    exitWith(0);
    for (Map.Entry<Integer, Label> e : new ArrayList<>(exitLabels.entrySet())) {
      cb.labelBinding(e.getValue());
      exitWith(e.getKey());
    }
  }

  /** Pushes a yield parameter as the value of an iteration variable (a fresh copy of a struct or array). */
  private void param(Type t, int slot) {
    f.load(f.jt.desc(t), slot);
    if (Exprs.isAggregate(t)) f.ops.copy(t);
  }

  private void exitWith(int code) {
    cb.aload(loopSlot).loadConstant(code).invokevirtual(Rt.RANGE_FUNC, "exit", MethodTypeDesc.of(CD_boolean, CD_int)).ireturn();
  }

  /** The label that leaves the body with exit e (which must be one of this loop's exits). */
  Label exitLabel(RangeFuncExits.Exit e) {
    int code = exits.code(e);
    if (code < 0) throw new IllegalStateException("not an exit of the range-over-func loop: " + e);
    return exitLabels.computeIfAbsent(code, k -> cb.newLabel());
  }

  /** A break, continue or goto: true when it left the body (code emitted). */
  boolean branch(Stmt.Branch b) {
    RangeFuncExits.Exit e = exits.of(b);
    if (e == null) return false;
    cb.goto_(exitLabel(e));
    return true;
  }

  /** return inside the body: assigns the enclosing function's results, then leaves with the RETURN exit. */
  void returnStmt(Stmt.Return ret) {
    FuncUnit fn = f.unit.function();
    Tuple rs = fn.sig.results;
    if (!ret.results.isEmpty()) {
      List<Runnable> vals = f.resultValues(ret.results, rs);
      for (int i = 0; i < rs.size(); i++) {
        Var v = fn.results.get(i);
        LValues.LV lv = f.lv.var(v);
        lv.evalParts();
        vals.get(i).run();
        lv.store();
      }
    }
    cb.goto_(exitLabel(new RangeFuncExits.Exit(RangeFuncExits.Kind.RETURN, null)));
  }
}
