package gava.codegen;

import static java.lang.constant.ConstantDescs.*;

import gava.lower.Exprs;
import gava.lower.FuncUnit;
import gava.syntax.Expr;
import gava.syntax.Stmt;
import gava.syntax.Token;
import gava.types.Builtin;
import gava.types.Func;
import gava.types.Selection;
import gava.types.Signature;
import gava.types.Type;
import gava.types.Types;
import gava.types.Var;
import java.lang.classfile.CodeBuilder;
import java.lang.constant.ClassDesc;
import java.lang.constant.DirectMethodHandleDesc;
import java.lang.constant.MethodHandleDesc;
import java.lang.constant.MethodTypeDesc;
import java.util.ArrayList;
import java.util.List;

/**
 * defer and go statements: the function value and arguments are evaluated now and bound into a
 * Runnable (LambdaMetafactory over the callee's static method, or the func interface's call),
 * which is pushed on the function's gava.runtime.Defer or started with Go.go.
 */
final class DeferGen {
  private final FuncGen f;
  private final CodeBuilder cb;

  DeferGen(FuncGen f) {
    this.f = f;
    this.cb = f.cb;
  }

  void stmt(Stmt.GoDefer g) {
    if (!(Exprs.unparen(g.call) instanceof Expr.Call c)) throw new IllegalStateException("go/defer without a call");
    boolean defer = g.tok == Token.DEFER;
    if (defer) {
      if (f.deferSlot < 0) throw new IllegalStateException("defer outside a function with defer");
      cb.aload(f.deferSlot);
    }
    runnable(c, defer ? "defer" : "go statement");
    f.at(g);
    if (defer) cb.invokevirtual(Rt.DEFER, "push", MethodTypeDesc.of(CD_void, Rt.CD_RUNNABLE));
    else cb.invokestatic(Rt.GO, "go", MethodTypeDesc.of(CD_void, Rt.CD_RUNNABLE));
  }

  private void runnable(Expr.Call c, String what) {
    Expr fun = Exprs.unparen(c.fun);
    if (Exprs.isType(fun)) throw new NotSupported(c, what + " of a conversion");
    if (fun instanceof Expr.Name n && n.obj instanceof Builtin b) {
      builtin(b, c, what);
      return;
    }
    if (fun instanceof Expr.FuncLit lit) {
      FuncUnit u = f.g.facts.unit(lit);
      for (Var v : u.captures) {
        if (f.isCellVar(v)) f.loadCell(v);
        else f.loadVar(v);
      }
      f.calls.boundArgs(u.sig, c.args, c.hasDots);
      bind(f.g.ownerOf(u), u.jvmName, FuncGen.methodType(f.g, u));
      return;
    }
    if (CallGen.qualifiedOrName(fun) instanceof Func fn && fn.decl != null && !fn.isMethod()) {
      f.calls.boundArgs(fn.sig(), c.args, c.hasDots);
      bind(f.g.ownerOf(fn), f.g.funcName(fn), f.jt.methodType(fn.sig(), false, List.of()));
      return;
    }
    if (fun instanceof Expr.Selector s) {
      Selection sel = Exprs.selection(s);
      if (sel != null && (sel.kind() == Selection.Kind.METHOD_VALUE || sel.kind() == Selection.Kind.METHOD_EXPR)) {
        Func m = (Func) sel.obj();
        if (CallGen.isIfaceMethod(m)) {
          if (sel.kind() != Selection.Kind.METHOD_VALUE) throw new NotSupported(s, "method expression of an interface type");
          gava.types.Interface it = f.calls.ifaceReceiver(s, sel);
          Classes.IfaceInfo ii = f.g.classes.iface(it);
          if (Ifaces.isErrorMethod(m)) cb.checkcast(ii.cd());
          f.ex.nullCheck(ii.cd());
          f.calls.boundArgs(m.sig(), c.args, c.hasDots);
          DirectMethodHandleDesc h = MethodHandleDesc.ofMethod(DirectMethodHandleDesc.Kind.INTERFACE_VIRTUAL, ii.cd(), "$" + m.name,
              f.jt.methodType(m.sig(), false, List.of()));
          Lambdas.make(cb, Rt.CD_RUNNABLE, "run", MTD_void, h, h.invocationType().parameterList());
          return;
        }
        if (sel.kind() == Selection.Kind.METHOD_VALUE) {
          f.calls.receiver(s, sel, true);
          f.calls.boundArgs(m.sig(), c.args, c.hasDots);
        } else {
          f.calls.boundArgs((Signature) ExprGen.type(s), c.args, c.hasDots);
        }
        bind(f.g.ownerOf(m), f.g.funcName(m), f.jt.methodType(m.sig(), true, List.of()));
        return;
      }
    }
    Type ft = ExprGen.type(fun);
    if (!(Types.under(ft) instanceof Signature sig)) throw new NotSupported(c, what + " of " + ft);
    f.ex.expr(fun);
    f.calls.boundArgs(sig, c.args, c.hasDots);
    Classes.FuncIface fi = f.jt.funcIface(sig);
    DirectMethodHandleDesc h = MethodHandleDesc.ofMethod(DirectMethodHandleDesc.Kind.INTERFACE_VIRTUAL, fi.cd(), "call", fi.mtd());
    Lambdas.make(cb, Rt.CD_RUNNABLE, "run", MTD_void, h, h.invocationType().parameterList());
  }

  /** Pushes a Runnable calling owner.name with all its parameters taken from the stack. */
  private void bind(ClassDesc owner, String name, MethodTypeDesc impl) {
    Lambdas.make(cb, Rt.CD_RUNNABLE, "run", MTD_void, owner, name, impl, impl.parameterList());
  }

  private void builtin(Builtin b, Expr.Call c, String what) {
    switch (b.id) {
      case RECOVER -> cb.getstatic(Rt.DEFER, "RECOVER", Rt.CD_RUNNABLE);
      case PRINT, PRINTLN -> {
        List<Type> types = new ArrayList<>();
        List<ClassDesc> descs = new ArrayList<>();
        if (c.args.size() == 1 && ExprGen.type(c.args.get(0)) instanceof gava.types.Tuple tt && tt.size() != 1) {
          throw new NotSupported(c, what + " of print with a multi-valued argument");
        }
        for (Expr a : c.args) {
          Type t = ExprGen.isNil(a) ? gava.types.Universe.UNTYPED_NIL : ExprGen.type(a);
          if (ExprGen.isNil(a)) cb.aconst_null();
          else f.ex.expr(a);
          types.add(t);
          descs.add(ExprGen.isNil(a) ? CD_Object : f.jt.desc(t));
        }
        boolean ln = b.id == Builtin.Id.PRINTLN;
        MethodTypeDesc mtd = MethodTypeDesc.of(CD_void, descs);
        ClassDesc owner = f.g.ownerOf(f.unit);
        String name = f.g.synthetic(owner, f.unit.jvmName + "·deferwrap", mtd, wcb -> {
          ValueOps ops = new ValueOps(f.g, wcb);
          int slot = 0;
          for (int i = 0; i < types.size(); i++) {
            if (ln && i > 0) wcb.invokestatic(Rt.PRINT, "sp", MethodTypeDesc.of(CD_void));
            wcb.loadLocal(java.lang.classfile.TypeKind.from(descs.get(i)), slot);
            slot += java.lang.classfile.TypeKind.from(descs.get(i)).slotSize();
            Builtins.printValue(ops, types.get(i), c);
          }
          if (ln) wcb.invokestatic(Rt.PRINT, "nl", MethodTypeDesc.of(CD_void));
          wcb.invokestatic(Rt.PRINT, "flush", MethodTypeDesc.of(CD_void));
          wcb.return_();
        });
        bind(owner, name, mtd);
      }
      case PANIC -> {
        f.ex.value(c.args.get(0), gava.types.Universe.ANY);
        MethodTypeDesc mtd = MethodTypeDesc.of(CD_void, CD_Object);
        ClassDesc owner = f.g.ownerOf(f.unit);
        String name = f.g.synthetic(owner, f.unit.jvmName + "·deferwrap", mtd, wcb -> {
          wcb.aload(0).invokestatic(Rt.PANICS, "panic", MethodTypeDesc.of(Rt.GOPANIC, CD_Object)).athrow();
        });
        bind(owner, name, mtd);
      }
      case COPY -> {
        Expr dst = c.args.get(0), src = c.args.get(1);
        gava.types.Type dt = ExprGen.type(dst);
        gava.types.Type elem = ((gava.types.Slice) Types.under(dt)).elem;
        char k = JvmTypes.kind(elem);
        ClassDesc sc = Rt.slice(k);
        f.ex.expr(dst);
        if (JvmTypes.isString(ExprGen.type(src))) {
          f.ex.expr(src);
          bind(sc, "copyString", MethodTypeDesc.of(CD_long, sc, Rt.GOSTRING));
        } else if (k == 'L' && Exprs.isAggregate(elem)) {
          f.ex.value(src, dt);
          new Builtins(f).zeroDesc(elem);
          bind(sc, "copy", MethodTypeDesc.of(CD_long, sc, sc, Rt.ZERO));
        } else {
          f.ex.value(src, dt);
          bind(sc, "copy", MethodTypeDesc.of(CD_long, sc, sc));
        }
      }
      case CLOSE -> {
        f.ex.expr(c.args.get(0));
        bind(Rt.CHAN, "close", MethodTypeDesc.of(CD_void, Rt.CHAN));
      }
      case DELETE -> {
        gava.types.MapType m = (gava.types.MapType) Types.under(ExprGen.type(c.args.get(0)));
        f.ex.expr(c.args.get(0));
        f.ex.mapKey(c.args.get(1), m);
        bind(Rt.GOMAP, "delete", MethodTypeDesc.of(CD_void, Rt.GOMAP, CD_Object));
      }
      default -> throw new NotSupported(c, what + " of builtin " + b.name);
    }
  }
}
