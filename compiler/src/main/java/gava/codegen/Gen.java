package gava.codegen;

import gava.lower.Facts;
import gava.lower.FuncUnit;
import gava.syntax.Diagnostics;
import gava.syntax.File;
import gava.syntax.Source;
import gava.types.Func;
import gava.types.Var;
import java.lang.constant.ClassDesc;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Program-wide state of one compilation: inputs, facts, and the registries of generated things. */
final class Gen {
  final gava.types.Package pkg;
  final List<File> files;
  final Facts facts;
  final Diagnostics diags;
  final Classes classes;
  final JvmTypes jt;
  final Literals literals;
  final Helpers helpers;
  final ClassDesc pkgClass;
  /** Class holding the functions of each source file: the first file's is the package class. */
  final Map<Source, ClassDesc> fileClasses = new HashMap<>();

  Gen(gava.types.Package pkg, List<File> files, Facts facts, Diagnostics diags) {
    this.pkg = pkg;
    this.files = files;
    this.facts = facts;
    this.diags = diags;
    this.classes = new Classes(pkg);
    this.jt = new JvmTypes(classes);
    this.pkgClass = classes.packageClass();
    this.literals = new Literals(classes.prefix);
    this.helpers = new Helpers(this, ClassDesc.ofInternalName(classes.prefix + "$Helpers"));
    for (int i = 0; i < files.size(); i++) {
      Source src = files.get(i).src;
      fileClasses.putIfAbsent(src, i == 0 ? pkgClass : ClassDesc.ofInternalName(classes.prefix + "$Package·" + (i + 1)));
    }
  }

  /** Extra static methods a class needs (e.g. wrappers of deferred builtin calls), emitted after its units. */
  record Synthetic(String name, java.lang.constant.MethodTypeDesc type, java.util.function.Consumer<java.lang.classfile.CodeBuilder> body) {}

  final Map<ClassDesc, java.util.List<Synthetic>> synthetics = new HashMap<>();

  /** Registers a synthetic method in class owner; returns its name. */
  synchronized String synthetic(ClassDesc owner, String base, java.lang.constant.MethodTypeDesc type,
      java.util.function.Consumer<java.lang.classfile.CodeBuilder> body) {
    java.util.List<Synthetic> l = synthetics.computeIfAbsent(owner, k -> new java.util.ArrayList<>());
    String name = base + (l.size() + 1);
    l.add(new Synthetic(name, type, body));
    return name;
  }

  /** The class holding a unit's method. */
  ClassDesc ownerOf(FuncUnit u) {
    if (u.node() == null || u.node().pos == null) return pkgClass;
    ClassDesc c = fileClasses.get(u.node().pos.src());
    return c != null ? c : pkgClass;
  }

  ClassDesc ownerOf(Func f) {
    FuncUnit u = f.decl != null ? facts.unit(f.decl) : null;
    return u != null ? ownerOf(u) : pkgClass;
  }

  /** Static field name of a package-level variable. */
  static String globalName(Var v) {
    return v.name;
  }
}
