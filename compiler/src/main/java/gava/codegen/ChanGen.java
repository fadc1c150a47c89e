package gava.codegen;

import static java.lang.constant.ConstantDescs.*;

import gava.lower.Exprs;
import gava.syntax.Expr;
import gava.syntax.Stmt;
import gava.syntax.Token;
import gava.types.Chan;
import gava.types.Type;
import gava.types.Types;
import gava.types.Universe;
import gava.types.Var;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.Label;
import java.lang.classfile.TypeKind;
import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;
import java.util.ArrayList;
import java.util.List;

/**
 * Channel operations and select statements over gava.runtime.Chan and Select (API in their
 * javadocs): element values travel boxed as map values do; sent aggregates are copies. Channels of
 * a long kind (int, int64, uint, ...) are made by {@code makeJ}, and plain sends and receives on
 * them ({@code sendJ}, {@code recvJ}) move the values unboxed.
 */
final class ChanGen {
  private final FuncGen f;
  private final CodeBuilder cb;

  ChanGen(FuncGen f) {
    this.f = f;
    this.cb = f.cb;
  }

  static Type elem(Type chanType) {
    return ((Chan) Types.under(chanType)).elem;
  }

  /** make(chan T[, n]). */
  void make(Type chanType, List<Expr> args) {
    Type elem = elem(chanType);
    if (JvmTypes.kind(elem) == 'J') {
      // buffered in a long[]; sendJ/recvJ move values unboxed
      if (args.size() > 1) {
        f.ex.indexAsLong(args.get(1));
        cb.invokestatic(Rt.CHAN, "makeJ", MethodTypeDesc.of(Rt.CHAN, CD_long));
      } else {
        cb.invokestatic(Rt.CHAN, "makeJ", MethodTypeDesc.of(Rt.CHAN));
      }
      return;
    }
    if (args.size() > 1) {
      f.ex.indexAsLong(args.get(1));
      zero(elem);
      cb.invokestatic(Rt.CHAN, "make", MethodTypeDesc.of(Rt.CHAN, CD_long, Rt.ZERO));
    } else {
      zero(elem);
      cb.invokestatic(Rt.CHAN, "make", MethodTypeDesc.of(Rt.CHAN, Rt.ZERO));
    }
  }

  /** The Zero of an element type: SliceL's for reference kinds, null for primitives (received nulls unbox to zero). */
  private void zero(Type elem) {
    if (JvmTypes.kind(elem) == 'L') new Builtins(f).zeroDesc(elem);
    else cb.aconst_null();
  }

  /** ch <- v. */
  void send(Stmt.Send s) {
    Type elem = elem(ExprGen.type(s.chan));
    f.ex.expr(s.chan);
    f.ex.valueFor(s.val, elem, true);
    if (JvmTypes.kind(elem) == 'J') {
      f.at(s);
      cb.invokestatic(Rt.CHAN, "sendJ", MethodTypeDesc.of(CD_void, Rt.CHAN, CD_long));
      return;
    }
    f.ops.box(elem);
    f.at(s);
    cb.invokestatic(Rt.CHAN, "send", MethodTypeDesc.of(CD_void, Rt.CHAN, CD_Object));
  }

  /** <-ch as a value. */
  void recv(Expr ch) {
    Type elem = elem(ExprGen.type(ch));
    f.ex.expr(ch);
    if (JvmTypes.kind(elem) == 'J') {
      cb.invokestatic(Rt.CHAN, "recvJ", MethodTypeDesc.of(CD_long, Rt.CHAN));
      return;
    }
    cb.invokestatic(Rt.CHAN, "recv", MethodTypeDesc.of(CD_Object, Rt.CHAN));
    f.ops.unboxOrZero(elem);
  }

  /** Object r (from recv2/tryRecv/select) -> value (zero when r is CLOSED) into slot val, ok into slot ok. */
  private void splitReceived(Type elem, int r, int val, int ok) {
    Label closed = cb.newLabel(), done = cb.newLabel();
    TypeKind vk = TypeKind.from(f.jt.desc(elem));
    cb.aload(r).getstatic(Rt.CHAN, "CLOSED", CD_Object).if_acmpeq(closed);
    cb.aload(r);
    f.ops.unboxOrZero(elem);
    cb.storeLocal(vk, val);
    cb.iconst_1().istore(ok);
    cb.goto_(done);
    cb.labelBinding(closed);
    f.ops.zero(elem);
    cb.storeLocal(vk, val);
    cb.iconst_0().istore(ok);
    cb.labelBinding(done);
  }

  /** v, ok := <-ch: loaders of the two values (evaluated now). */
  List<Runnable> recv2(Expr ch, Type vTarget, Type okTarget) {
    Type elem = elem(ExprGen.type(ch));
    f.ex.expr(ch);
    cb.invokestatic(Rt.CHAN, "recv2", MethodTypeDesc.of(CD_Object, Rt.CHAN));
    int r = f.temp(CD_Object);
    ClassDesc vd = f.jt.desc(elem);
    int val = cb.allocateLocal(TypeKind.from(vd));
    int ok = cb.allocateLocal(TypeKind.INT);
    splitReceived(elem, r, val, ok);
    List<Runnable> out = new ArrayList<>();
    out.add(() -> {
      f.load(vd, val);
      f.ex.coerce(elem, vTarget != null ? vTarget : elem);
    });
    out.add(() -> {
      cb.iload(ok);
      f.ex.coerce(Universe.BOOL, okTarget);
    });
    return out;
  }

  /** for [v] := range ch { body }. */
  void range(Stmt.Range r, Label top, Label cont, Label end, Runnable body) {
    Type elem = elem(ExprGen.type(r.x));
    f.ex.expr(r.x);
    int ch = f.temp(Rt.CHAN);
    if (JvmTypes.kind(elem) == 'J') {
      rangeJ(r, ch, top, cont, end, body);
      return;
    }
    cb.labelBinding(top);
    cb.labelBinding(cont);
    cb.aload(ch).invokestatic(Rt.CHAN, "recv2", MethodTypeDesc.of(CD_Object, Rt.CHAN));
    cb.dup().getstatic(Rt.CHAN, "CLOSED", CD_Object);
    Label go = cb.newLabel();
    cb.if_acmpne(go);
    cb.pop().goto_(end);
    cb.labelBinding(go);
    int v = f.temp(CD_Object);
    assignValue(r, () -> {
      cb.aload(v);
      f.ops.unboxOrZero(elem);
    });
    body.run();
    cb.goto_(top);
    cb.labelBinding(end);
  }

  /** The range loop's value (pushed by value) into its variable, unless there is none or it is _. */
  private void assignValue(Stmt.Range r, Runnable value) {
    if (r.key == null || Exprs.unparen(r.key) instanceof Expr.Name n && n.name.equals("_")) return;
    if (r.define) {
      f.defineVar(Exprs.var(r.key), value);
    } else {
      LValues.LV lv = f.lv.of(r.key);
      lv.evalParts();
      value.run();
      lv.store();
    }
  }

  /** for [v] := range ch over a channel of a long kind: unboxed, ok in one CellJ for the loop. */
  private void rangeJ(Stmt.Range r, int ch, Label top, Label cont, Label end, Runnable body) {
    ClassDesc cell = Rt.cell('J');
    cb.new_(cell).dup().invokespecial(cell, "<init>", MethodTypeDesc.of(CD_void));
    int ok = f.temp(cell);
    cb.labelBinding(top);
    cb.labelBinding(cont);
    cb.aload(ch).aload(ok).invokestatic(Rt.CHAN, "recv2J", MethodTypeDesc.of(CD_long, Rt.CHAN, cell));
    int v = f.temp(CD_long);
    cb.aload(ok).getfield(cell, "v", CD_long).lconst_0().lcmp().ifeq(end);
    assignValue(r, () -> cb.lload(v));
    body.run();
    cb.goto_(top);
    cb.labelBinding(end);
  }

    // ---- select ----

  /** A receive in a comm clause: {@code <-ch}, {@code v = <-ch}, {@code v, ok := <-ch}. */
  private record Recv(Expr ch, List<Expr> lhs, boolean define) {}

  private static Recv recvOf(Stmt comm) {
    if (comm instanceof Stmt.ExprStmt es && Exprs.unparen(es.x) instanceof Expr.Operation o && o.op == Token.ARROW && o.y == null) {
      return new Recv(o.x, List.of(), false);
    }
    if (comm instanceof Stmt.Assign a && a.rhs.size() == 1 && Exprs.unparen(a.rhs.get(0)) instanceof Expr.Operation o
        && o.op == Token.ARROW && o.y == null) {
      return new Recv(o.x, a.lhs, a.op == Token.DEFINE);
    }
    return null;
  }

  void select(Stmt.Select sel) {
    Label end = cb.newLabel();
    f.breakTargets.put(sel, end);
    List<Stmt.CommClause> cases = new ArrayList<>();
    Stmt.CommClause dflt = null;
    for (Stmt.CommClause c : sel.clauses) {
      if (c.comm == null) dflt = c;
      else cases.add(c);
    }
    f.breakables.push(sel);
    if (cases.isEmpty() && dflt == null) {
      cb.invokestatic(Rt.SELECT, "block", MethodTypeDesc.of(CD_RuntimeException)).athrow();
    } else if (cases.isEmpty()) {
      f.st.block(dflt.body);
    } else if (cases.size() == 1) {
      single(cases.get(0), dflt, end);
    } else {
      general(sel, cases, dflt, end);
    }
    f.breakables.pop();
    cb.labelBinding(end);
  }

  /** gc compiles a one-case select as the plain operation, or its try form when there is a default. */
  private void single(Stmt.CommClause c, Stmt.CommClause dflt, Label end) {
    f.at(c);
    if (c.comm instanceof Stmt.Send s) {
      if (dflt == null) {
        send(s);
      } else {
        Type elem = elem(ExprGen.type(s.chan));
        f.ex.expr(s.chan);
        f.ex.valueFor(s.val, elem, true);
        f.ops.box(elem);
        cb.invokestatic(Rt.CHAN, "trySend", MethodTypeDesc.of(CD_boolean, Rt.CHAN, CD_Object));
        Label sent = cb.newLabel();
        cb.ifne(sent);
        f.st.block(dflt.body);
        cb.goto_(end);
        cb.labelBinding(sent);
      }
      f.st.block(c.body);
      return;
    }
    Recv r = recvOf(c.comm);
    if (r == null) throw new NotSupported(c, "this select case");
    Type elem = elem(ExprGen.type(r.ch()));
    f.ex.expr(r.ch());
    cb.invokestatic(Rt.CHAN, dflt == null ? "recv2" : "tryRecv", MethodTypeDesc.of(CD_Object, Rt.CHAN));
    int v = f.temp(CD_Object);
    if (dflt != null) {
      Label got = cb.newLabel();
      cb.aload(v).getstatic(Rt.CHAN, "WOULD_BLOCK", CD_Object).if_acmpne(got);
      f.st.block(dflt.body);
      cb.goto_(end);
      cb.labelBinding(got);
    }
    if (!r.lhs().isEmpty()) {
      // v is the received object or CLOSED (then the zero value and ok == false)
      Label received = cb.newLabel(), done = cb.newLabel();
      cb.aload(v).getstatic(Rt.CHAN, "CLOSED", CD_Object).if_acmpne(received);
      cb.aconst_null().astore(v).iconst_0();
      cb.goto_(done);
      cb.labelBinding(received);
      cb.iconst_1();
      cb.labelBinding(done);
      int ok = f.temp(CD_boolean);
      assignReceived(r, elem, v, ok);
    }
    f.st.block(c.body);
  }

  private static final ClassDesc CD_RuntimeException = ClassDesc.of("java.lang.RuntimeException");

  private void general(Stmt.Select sel, List<Stmt.CommClause> cases, Stmt.CommClause dflt, Label end) {
    cb.new_(Rt.SELECT).dup().loadConstant(cases.size()).invokespecial(Rt.SELECT, "<init>", MethodTypeDesc.of(CD_void, CD_int));
    for (Stmt.CommClause c : cases) {
      f.at(c);
      if (c.comm instanceof Stmt.Send s) {
        Type elem = elem(ExprGen.type(s.chan));
        f.ex.expr(s.chan);
        f.ex.valueFor(s.val, elem, true);
        f.ops.box(elem);
        cb.invokevirtual(Rt.SELECT, "send", MethodTypeDesc.of(Rt.SELECT, Rt.CHAN, CD_Object));
      } else {
        Recv r = recvOf(c.comm);
        if (r == null) throw new NotSupported(c, "this select case");
        f.ex.expr(r.ch());
        cb.invokevirtual(Rt.SELECT, "recv", MethodTypeDesc.of(Rt.SELECT, Rt.CHAN));
      }
    }
    f.at(sel); // a goroutine blocked here shows the select's line in tracebacks, as gc
    cb.dup();
    int s = f.temp(Rt.SELECT);
    cb.invokevirtual(Rt.SELECT, dflt != null ? "trySelect" : "select", MethodTypeDesc.of(CD_int));
    int k = f.temp(CD_int);
    List<Label> bodies = new ArrayList<>();
    for (int i = 0; i < cases.size(); i++) {
      Label l = cb.newLabel();
      bodies.add(l);
      cb.iload(k).loadConstant(i).if_icmpeq(l);
    }
    if (dflt != null) f.st.block(dflt.body);
    cb.goto_(end);
    for (int i = 0; i < cases.size(); i++) {
      Stmt.CommClause c = cases.get(i);
      cb.labelBinding(bodies.get(i));
      Recv r = recvOf(c.comm);
      if (r != null && !r.lhs().isEmpty()) {
        Type elem = elem(ExprGen.type(r.ch()));
        cb.aload(s).invokevirtual(Rt.SELECT, "value", MethodTypeDesc.of(CD_Object));
        int v = f.temp(CD_Object);
        cb.aload(s).invokevirtual(Rt.SELECT, "ok", MethodTypeDesc.of(CD_boolean));
        int ok = f.temp(CD_boolean);
        assignReceived(r, elem, v, ok);
      }
      f.st.block(c.body);
      cb.goto_(end);
    }
  }

  /** Assigns or declares the variables of a select receive from the received object v and ok. */
  private void assignReceived(Recv r, Type elem, int v, int ok) {
    for (int i = 0; i < r.lhs().size(); i++) {
      Expr l = r.lhs().get(i);
      boolean isOk = i == 1;
      Runnable value = isOk ? () -> cb.iload(ok) : () -> {
        cb.aload(v);
        f.ops.unboxOrZero(elem);
      };
      Type vt = isOk ? Universe.BOOL : elem;
      if (Exprs.unparen(l) instanceof Expr.Name n && n.name.equals("_")) continue;
      if (r.define()) {
        Var var = Exprs.var(l);
        if (var != null && !f.locals.containsKey(var)) {
          f.defineVar(var, () -> {
            value.run();
            f.ex.coerce(vt, var.type);
          });
          continue;
        }
      }
      LValues.LV lv = f.lv.of(l);
      lv.evalParts();
      value.run();
      f.ex.coerce(vt, lv.type);
      lv.store();
    }
  }
}
