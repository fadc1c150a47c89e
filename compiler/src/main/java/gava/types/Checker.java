package gava.types;

import gava.syntax.Diagnostics;
import gava.syntax.Expr;
import gava.syntax.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The type checker: {@link #check} checks one package and records its results in the syntax tree.
 *
 * <p>What it records, for later stages:
 *
 * <ul>
 *   <li>{@code Expr.type}: every expression's final type. Untyped constants get the type implied by
 *       their context (after implicit conversion); untyped values that never meet a typed context
 *       get their default type (bool, int, rune, float64, complex128, string). The only untyped type
 *       left is {@code untyped nil} for a nil whose context gives no type. Type expressions (also the
 *       fun of a conversion) get the type they denote. A multi-valued call has a {@link Tuple} type;
 *       a comma-ok expression used in a two-value assignment ({@code v, ok := m[k]}, {@code x.(T)},
 *       {@code <-ch}) has the Tuple (T, bool) (also on enclosing parentheses). A call without
 *       results has the empty Tuple. A composite literal with an elided type {@code &T} in a literal
 *       of element type {@code *T} has type {@code *T} (the literal denotes {@code &T{...}}).
 *   <li>{@code Expr.value}: the {@link Constant} of every constant expression, converted to its
 *       final type (integers exact, floats rounded to float32/float64, strings as bytes).
 *   <li>{@code Expr.Name.obj}: the object a name denotes or declares (Var, Const, TypeName, Func,
 *       Builtin, Nil, PkgName, Label). The blank identifier {@code _} in a declaration (var, :=,
 *       parameters, range) gets a fresh Var named "_"; {@code _} on the left of {@code =} gets null.
 *       A type switch guard's name gets null; each clause's implicit variable is in
 *       {@code CaseClause.implicitObj}. Field names in keyed struct literals get the field Var.
 *   <li>{@code Expr.Name.typeArgs}: where a name denotes an instantiated generic function or type
 *       (explicitly {@code F[int]}, or by inference in a call {@code F(1)}), the List of type
 *       arguments. The call's {@code fun} (and an explicit {@code F[int]} index expression) then has
 *       the instantiated, non-generic Signature as its type.
 *   <li>{@code Expr.Selector.selection}: a {@link Selection}. For a method of an instantiated
 *       generic type the selected Func is a copy with the type arguments substituted;
 *       {@link Func#origin} is the generic method (whose {@link Signature#rparams} are the receiver
 *       type parameters) and {@link Func#decl} its declaration.
 *   <li>{@code Expr.Call.callKind}: CONVERSION (fun denotes a type; the call's type is the target
 *       type), BUILTIN (fun is a name whose obj is a {@link Builtin}; the call's type is the result
 *       type) or CALL.
 *   <li>{@code Stmt.Branch.target}: for break/continue the For, Range, Switch or Select statement,
 *       for goto the Labeled statement, for fallthrough the next CaseClause.
 *   <li>{@code Package.initOrder}: package-level variable initialisation steps in spec order;
 *       {@code Package.inits}: init functions in source order; {@code Package.funcs}: all functions
 *       and methods ({@link Func#decl} set). Named types list their methods in
 *       {@link Named#methods}.
 * </ul>
 *
 * <p>Generic code is checked once, with {@link TypeParam}s as types: an instance of a generic type
 * is a {@link Named} with {@link Named#origin} and {@link Named#typeArgs} whose underlying type (and
 * methods) are the origin's with the arguments substituted. Values of type parameter type keep that
 * type in the tree (an untyped constant assigned to one gets the type parameter as its type).
 *
 * <p>Imports come from an {@link Importer} (the packages of the program checked before, in
 * dependency order; package unsafe is built in); without one every import is reported as
 * "could not import P (not supported yet)". Interfaces, type assertions, type switches, channels, select and generics are
 * checked. The checker keeps no mutable static state; many packages may be checked in parallel.
 */
public final class Checker extends Decls {
  private Checker(Package pkg, Diagnostics diags) {
    super(pkg, diags);
  }

  public static Package check(String importPath, List<File> files, Diagnostics diags) {
    return check(importPath, files, diags, Importer.NONE);
  }

  /**
   * Checks one package of a program whose imports {@code importer} provides (already checked, in
   * dependency order). Reports unused imports as gc does ({@code imported and not used: "os"}).
   */
  public static Package check(String importPath, List<File> files, Diagnostics diags, Importer importer) {
    String name = "main";
    for (File f : files) {
      if (f.pkgName != null) {
        name = f.pkgName.name;
        break;
      }
    }
    Package pkg = new Package(importPath, name, Universe.SCOPE);
    Checker c = new Checker(pkg, diags);
    c.importer = importer == null ? Importer.NONE : importer;
    c.run(files);
    if (!diags.hasErrors()) {
      // gc checks declarations' //go: directives after type checking (see gava.syntax.Pragmas)
      for (File f : files) if (f != null) for (gava.syntax.Diagnostic d : f.directiveErrors) diags.error(d.pos(), d.message());
      Linknames.resolve(pkg, files, diags);
    }
    return pkg;
  }

  private void run(List<File> files) {
    collectObjects(files);
    packageObjects();
    pkg.inits.addAll(initFuncs);
    for (Func f : initFuncs) {
      if (f.type == null) objDecl(f, null);
    }
    for (int i = 0; i < delayed.size(); i++) delayed.get(i).run();
    delayed.clear();
    initOrder();
    instantiator.expandAll();
    finishUntyped();
    unusedImports();
    if (errorCount == 0 && !diags.hasErrors()) mono.check();
    if (errorCount == 0 && !diags.hasErrors()) GcLimits.run(this, files);
    for (Expr.Name n : declNames) {
      Obj o = (Obj) n.obj;
      if (o == null || o instanceof Label || o instanceof PkgName) continue;
      if (n.type == null) n.type = o.type;
      if (o instanceof Const c && c.value != null) n.value = c.value;
      if (n.type instanceof Basic b && b.isUntyped() && b != Universe.UNTYPED_NIL) {
        // a declared untyped constant: its name node gets the default type, like other untyped uses
        n.type = Types.defaultType(b);
        if (n.value instanceof Constant v) {
          Constant r = Representable.rounded(v, (Basic) n.type);
          if (r != null) n.value = r;
        }
      }
    }
  }

  /** Untyped expressions that never got a context type get their default type. */
  private void finishUntyped() {
    for (Map.Entry<Expr, Untyped> e : new ArrayList<>(untyped.entrySet())) {
      Expr x = e.getKey();
      Untyped u = e.getValue();
      if (u.type == Universe.UNTYPED_NIL) {
        x.type = u.type;
        continue;
      }
      Type t = Types.defaultType(u.type);
      x.type = t;
      if (u.val != null) {
        Constant v = Representable.rounded(u.val, (Basic) t);
        x.value = v != null ? v : u.val;
      }
    }
    untyped.clear();
  }
}
