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
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The code generation state of one package of the program: its inputs, lowering facts and classes
 * ({@code gop/<path>/$Package}, one more class per further source file). What is generated once for
 * the whole program (struct, interface, func, tuple, box and Zero classes, string literals, helpers)
 * lives in {@link Program}, shared by every package's Gen; references to another package's
 * functions and globals go through {@link #ownerOf(Func)}, {@link #funcName}, {@link #globalOwner}
 * and {@link #isCell}, which ask that package's Gen.
 */
final class Gen {
  /** Program-wide state: the registries of generated classes, and every package's Gen. */
  static final class Program {
    final Classes classes;
    final JvmTypes jt;
    final Literals literals;
    Helpers helpers;
    final Map<gava.types.Package, Gen> packages = new IdentityHashMap<>();
    /** Whether the program has reflect or internal/reflectlite: then it gets run-time type descriptors ({@link TypeDescGen}). */
    boolean describesTypes;

    /** mainPkg names the JVM package that holds the program-wide classes. */
    Program(gava.types.Package mainPkg) {
      this.classes = new Classes(mainPkg);
      this.jt = new JvmTypes(classes);
      this.literals = new Literals(classes.prefix);
    }
  }

  final Program program;
  final gava.types.Package pkg;
  final List<File> files;
  final Facts facts;
  final Diagnostics diags;
  final Classes classes;
  final JvmTypes jt;
  final Literals literals;
  final Helpers helpers;
  /** JVM package prefix of this package's classes: {@code gop/<escaped path>/}. */
  final String prefix;
  final ClassDesc pkgClass;
  /** Class holding the functions of each source file: the first file's is the package class. */
  final Map<Source, ClassDesc> fileClasses = new HashMap<>();

  /** A single-package program. */
  Gen(gava.types.Package pkg, List<File> files, Facts facts, Diagnostics diags) {
    this(new Program(pkg), pkg, files, facts, diags);
  }

  Gen(Program program, gava.types.Package pkg, List<File> files, Facts facts, Diagnostics diags) {
    this.program = program;
    this.pkg = pkg;
    this.files = files;
    this.facts = facts;
    this.diags = diags;
    this.classes = program.classes;
    this.jt = program.jt;
    this.literals = program.literals;
    this.prefix = prefixOf(pkg);
    this.pkgClass = ClassDesc.ofInternalName(prefix + "$Package");
    if (program.helpers == null) program.helpers = new Helpers(this, ClassDesc.ofInternalName(classes.prefix + "$Helpers"));
    this.helpers = program.helpers;
    program.packages.put(pkg, this);
    for (int i = 0; i < files.size(); i++) {
      Source src = files.get(i).src;
      fileClasses.putIfAbsent(src, i == 0 ? pkgClass : ClassDesc.ofInternalName(prefix + "$Package·" + (i + 1)));
    }
  }

  static String prefixOf(gava.types.Package p) {
    return "gop/" + gava.runtime.GoNames.escape(p.path) + "/";
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

  /** The Gen of the package declaring obj (this one for local and unknown objects). */
  Gen genOf(gava.types.Package p) {
    Gen o = p == null ? null : program.packages.get(p);
    return o != null ? o : this;
  }

  /** The class holding a unit's method. */
  ClassDesc ownerOf(FuncUnit u) {
    if (u.node() == null || u.node().pos == null) return pkgClass;
    Source src = u.node().pos.src();
    synchronized (fileClasses) {
      ClassDesc c = fileClasses.get(src);
      if (c != null) return c;
      // an instance of a generic function of another package, stencilled here: a class of this
      // package's instances in the JVM package of the generic code's package (tracebacks print
      // that package), one per source file (its SourceFile)
      FuncUnit top = u;
      while (top.parent != null) top = top.parent;
      if (top.decl == null || !(top.decl.name.obj instanceof Func fn) || fn.pkg == null || fn.pkg == pkg) return pkgClass;
      c = ClassDesc.ofInternalName(prefixOf(fn.pkg) + "$Package·" + gava.runtime.GoNames.escape(pkg.path).replace("/", "$2f")
          + "·" + (fileClasses.size() + 1));
      fileClasses.put(src, c);
      return c;
    }
  }

  /** The class holding a declared function or method, of this package or another one. */
  ClassDesc ownerOf(Func f) {
    if (JavaBindings.of(f) != null) return JavaBindings.owner(JavaBindings.of(f)); // a //gava:java function
    FuncUnit u = facts.unit(f);
    if (u != null) return ownerOf(u);
    Gen o = genOf(f.pkg);
    if (o == this) return pkgClass;
    u = o.facts.unit(f);
    return u != null ? o.ownerOf(u) : o.pkgClass;
  }

  /** JVM method name of a declared function or method, of this package or another one. */
  String funcName(Func f) {
    if (JavaBindings.of(f) != null) return JavaBindings.method(JavaBindings.of(f));
    if (f.pkg == pkg || facts.unit(f) != null) return facts.funcName(f);
    return genOf(f.pkg).facts.funcName(f);
  }

  /** The class holding a package-level variable's static field. */
  ClassDesc globalOwner(Var v) {
    if (v.linkname != null) v = v.linkname; // (//go:linkname: the variable it shares storage with)
    return genOf(v.pkg).pkgClass;
  }

  /**
   * Whether a variable lives in a cell: as its package's lowering decided, and for a package-level
   * variable of non-aggregate type also when another package takes its address ({@code &p.X}).
   */
  boolean isCell(Var v) {
    if (!v.isGlobal) return facts.isCell(v);
    if (v.linkname != null) v = v.linkname;
    Gen owner = genOf(v.pkg);
    if (owner.facts.isCell(v)) return true;
    if (gava.lower.Exprs.isAggregate(v.type)) return false;
    for (Gen other : program.packages.values()) {
      if (other != owner && other.facts.isAddrTaken(v)) return true;
    }
    return linkedCells().contains(v);
  }

  /** The variables that a //go:linkname'd variable of the program whose address is taken shares storage with. */
  private java.util.Set<Var> linkedCells() {
    if (linkedCells == null) {
      java.util.Set<Var> s = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
      for (Gen other : program.packages.values()) {
        for (gava.types.Obj o : other.pkg.scope.objects()) {
          if (o instanceof Var w && w.linkname != null && (other.facts.isCell(w) || other.facts.isAddrTaken(w))) s.add(w.linkname);
        }
      }
      linkedCells = s;
    }
    return linkedCells;
  }

  private java.util.Set<Var> linkedCells;

  /** Static field name of a package-level variable. */
  static String globalName(Var v) {
    return v.linkname != null ? v.linkname.name : v.name;
  }
}
