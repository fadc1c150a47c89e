package gava.codegen;

import static java.lang.constant.ConstantDescs.MTD_void;

import gava.lower.FuncUnit;
import gava.syntax.Decl;
import gava.syntax.Expr;
import gava.syntax.File;
import gava.types.Package;
import gava.types.Var;
import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;
import java.util.ArrayList;
import java.util.List;

/**
 * Body of the package initialiser: package-level variables in initialisation order, then init
 * functions. An initialiser too big for one JVM method (estimated by {@link CodeSize}) initialises
 * its variables in several synthetic methods {@code init·varsN}, called in order.
 */
final class PackageInit {
  private final FuncGen f;

  PackageInit(FuncGen f) {
    this.f = f;
  }

  void emit() {
    EmbedInit.emit(f); // (//go:embed variables: gc's static data, there before any initialiser)
    List<Package.InitEntry> all = entries();
    long total = 0;
    for (Package.InitEntry e : all) total += CodeSize.of(e.rhs());
    if (total <= CodeSize.METHOD_BUDGET) {
      for (Package.InitEntry e : all) {
        f.at(e.rhs());
        init(e.lhs(), e.rhs());
      }
    } else {
      // too big for one method: consecutive entries grouped into synthetic methods of the package
      // class, called in order (a group's big composite literals split themselves further)
      List<Package.InitEntry> group = new ArrayList<>();
      long size = 0;
      for (Package.InitEntry e : all) {
        int s = CodeSize.of(e.rhs());
        if (!group.isEmpty() && size + s > CodeSize.METHOD_BUDGET) {
          emitGroup(group);
          group = new ArrayList<>();
          size = 0;
        }
        group.add(e);
        size += s;
      }
      if (!group.isEmpty()) emitGroup(group);
    }
    for (FuncUnit u : f.g.facts.initFuncs) {
      f.at(u.node());
      f.cb.invokestatic(f.g.ownerOf(u), u.jvmName, MethodTypeDesc.of(java.lang.constant.ConstantDescs.CD_void));
    }
  }

  /** Compiles entries into a synthetic static method of the package class and calls it. */
  private void emitGroup(List<Package.InitEntry> group) {
    ClassDesc owner = f.g.pkgClass;
    String name = f.g.synthetic(owner, f.unit.jvmName + "·vars", MTD_void, wcb -> {
      PackageInit sub = new PackageInit(new FuncGen(f.g, f.unit, wcb));
      for (Package.InitEntry e : group) {
        sub.f.at(e.rhs());
        sub.init(e.lhs(), e.rhs());
      }
      wcb.return_();
    });
    f.cb.invokestatic(owner, name, MTD_void);
  }

  private List<Package.InitEntry> entries() {
    if (!f.g.pkg.initOrder.isEmpty()) return f.g.pkg.initOrder;
    // Fallback (checker without initialisation order): source order.
    List<Package.InitEntry> out = new ArrayList<>();
    for (File file : f.g.files) {
      for (Decl d : file.decls) {
        if (!(d instanceof Decl.Var vd) || vd.values.isEmpty()) continue;
        if (vd.values.size() == vd.names.size()) {
          for (int i = 0; i < vd.names.size(); i++) {
            if (vd.names.get(i).obj instanceof Var v) out.add(new Package.InitEntry(List.of(v), vd.values.get(i)));
          }
        } else {
          List<Var> vs = new ArrayList<>();
          for (Expr.Name n : vd.names) vs.add(n.obj instanceof Var v ? v : null);
          out.add(new Package.InitEntry(vs, vd.values.get(0)));
        }
      }
    }
    return out;
  }

  private void init(List<Var> lhs, Expr rhs) {
    if (lhs.size() == 1) {
      Var v = lhs.get(0);
      if (v == null || v.name.equals("_")) {
        f.ex.expr(rhs);
        f.ops.pop(ExprGen.type(rhs));
        return;
      }
      LValues.LV lv = f.lv.var(v);
      lv.evalParts();
      f.ex.valueFor(rhs, v.type, lv.rebinds());
      lv.store();
      return;
    }
    List<Runnable> vals = new Assignments(f).values(lhs.size(), List.of(rhs),
        i -> lhs.get(i) != null ? lhs.get(i).type : null, i -> true);
    for (int i = 0; i < lhs.size(); i++) {
      Var v = lhs.get(i);
      if (v == null || v.name.equals("_")) continue;
      LValues.LV lv = f.lv.var(v);
      lv.evalParts();
      vals.get(i).run();
      lv.store();
    }
  }
}
