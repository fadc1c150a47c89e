package gava.codegen;

import static java.lang.constant.ConstantDescs.*;

import gava.lower.Exprs;
import gava.lower.FuncUnit;
import gava.syntax.Node;
import gava.syntax.Pos;
import gava.types.Func;
import gava.types.Obj;
import gava.types.Var;
import java.lang.classfile.ClassBuilder;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.classfile.CodeBuilder;
import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Assembles the program's classes: for each package (dependencies first, package main last), one
 * class per source file holding its functions (the first is the package class, which also holds
 * globals and the package initialiser; package main's also the JVM main, which runs every package's
 * initialiser in order, then main.main); then, once for the program, the struct, interface, tuple,
 * pointer and Zero classes, string literals and {@code $Helpers}.
 * A function that fails to compile is reported (not supported yet / internal compiler error at the
 * node being compiled) and replaced by a stub, so one bad function does not hide the others' errors.
 */
final class ProgramGen {
  /** The packages, dependencies first; the last is package main. */
  private final List<Gen> gens;
  /** The package being assembled (package main for the program-wide classes). */
  private Gen g;
  private final ClassFile cf;
  private final Set<FuncUnit> stubbed = Collections.newSetFromMap(new IdentityHashMap<>());
  /** Body-less functions of packages compiled without -complete: their methods panic (JavaBindings.externalStubs). */
  private final Set<FuncUnit> externals = Collections.newSetFromMap(new IdentityHashMap<>());
  private final Map<String, byte[]> out = new LinkedHashMap<>();

  ProgramGen(Gen g) {
    this(List.of(g));
  }

  ProgramGen(List<Gen> gens) {
    this.gens = gens;
    this.g = gens.get(gens.size() - 1);
    this.cf = ClassFile.of(ClassFile.ClassHierarchyResolverOption.of(resolver()));
    for (Gen p : gens) {
      if (p.pkg.path.equals("reflect") || p.pkg.path.equals("internal/reflectlite")) this.g.program.describesTypes = true;
    }
  }

  /** Thrown out of a method body builder when a unit cannot be compiled. */
  private static final class UnitFailed extends RuntimeException {
    final FuncUnit unit;

    UnitFailed(FuncUnit unit) {
      super(null, null, false, false);
      this.unit = unit;
    }
  }

  CompiledProgram generate() {
    Gen main = gens.get(gens.size() - 1);
    for (Gen p : gens) {
      g = p;
      generatePackage();
    }
    g = main;
    if (g.diags.hasErrors()) return new CompiledProgram(out, internal(g.pkgClass));
    generateSupportClasses();
    return new CompiledProgram(out, internal(g.pkgClass));
  }

  private void generatePackage() {
    JavaBindings.check(g);
    Map<ClassDesc, List<FuncUnit>> byClass = new LinkedHashMap<>();
    for (ClassDesc c : g.fileClasses.values()) byClass.putIfAbsent(c, new ArrayList<>());
    byClass.putIfAbsent(g.pkgClass, new ArrayList<>());
    for (FuncUnit u : g.facts.units) {
      ClassDesc c = u.kind == FuncUnit.Kind.PACKAGE_INIT ? g.pkgClass : g.ownerOf(u);
      byClass.computeIfAbsent(c, k -> new ArrayList<>()).add(u);
    }
    for (FuncUnit u : JavaBindings.externalStubs(g)) {
      externals.add(u);
      byClass.computeIfAbsent(g.ownerOf(u), k -> new ArrayList<>()).add(u);
    }
    for (Map.Entry<ClassDesc, List<FuncUnit>> e : byClass.entrySet()) {
      if (e.getKey().equals(g.pkgClass)) continue;
      buildFileClass(e.getKey(), e.getValue(), false);
    }
    buildFileClass(g.pkgClass, byClass.get(g.pkgClass), true);
  }

  static String internal(ClassDesc c) {
    String d = c.descriptorString();
    return d.substring(1, d.length() - 1);
  }

  private Pos filePos(ClassDesc c) {
    for (var e : g.fileClasses.entrySet()) if (e.getValue().equals(c)) return new Pos(e.getKey(), 1, 1);
    return Pos.NONE;
  }

  private void buildFileClass(ClassDesc c, List<FuncUnit> units, boolean isPackage) {
    String sourceFile = null;
    for (var e : g.fileClasses.entrySet()) if (e.getValue().equals(c)) { sourceFile = e.getKey().path(); break; }
    if (sourceFile == null && !g.files.isEmpty()) sourceFile = g.files.get(0).src.path();
    String src = sourceFile;
    for (int attempt = 0; attempt <= units.size() + 1; attempt++) {
      try {
        byte[] bytes = cf.build(c, clb -> {
          clb.withFlags(ClassFile.ACC_PUBLIC | ClassFile.ACC_FINAL | ClassFile.ACC_SUPER);
          if (src != null) clb.with(java.lang.classfile.attribute.SourceFileAttribute.of(src));
          g.synthetics.remove(c);
          for (FuncUnit u : units) method(clb, u);
          // by index: a synthetic body may register further synthetics (split literals)
          List<Gen.Synthetic> syns = g.synthetics.getOrDefault(c, List.of());
          for (int i = 0; i < syns.size(); i++) {
            Gen.Synthetic syn = syns.get(i);
            clb.withMethodBody(syn.name(), syn.type(), ClassFile.ACC_PUBLIC | ClassFile.ACC_STATIC, syn.body()::accept);
          }
          if (isPackage) packageMembers(clb);
        });
        out.put(internal(c), bytes);
        return;
      } catch (UnitFailed uf) {
        stubbed.add(uf.unit);
      } catch (IllegalArgumentException | IllegalStateException e) {
        FuncUnit u = unitNamedIn(units, String.valueOf(e.getMessage()));
        if (u == null || stubbed.contains(u)) {
          g.diags.error(filePos(c), "internal compiler error: " + firstLine(e.getMessage()));
          return;
        }
        stubbed.add(u);
        String msg = String.valueOf(e.getMessage());
        if (msg.contains("Code length") || msg.contains("too large") || msg.contains("outside the allowed range")) {
          g.diags.error(pos(u.node()), "function this large not supported yet");
        } else {
          g.diags.error(pos(u.node()), "internal compiler error: invalid bytecode for " + u.jvmName + ": " + firstLine(msg));
        }
      }
    }
  }

  private static String firstLine(String s) {
    if (s == null) return "null";
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  private static final Pattern METHOD_IN_MSG = Pattern.compile("(?:in|of method) ([^\\s(]+)\\(");

  private static FuncUnit unitNamedIn(List<FuncUnit> units, String msg) {
    Matcher m = METHOD_IN_MSG.matcher(msg);
    while (m.find()) {
      String name = m.group(1);
      for (FuncUnit u : units) if (u.jvmName.equals(name)) return u;
      // a synthetic method split off a unit (init·vars1, f·lit2, ...)
      FuncUnit best = null;
      for (FuncUnit u : units) {
        if (name.startsWith(u.jvmName + "·") && (best == null || u.jvmName.length() > best.jvmName.length())) best = u;
      }
      if (best != null) return best;
    }
    return null;
  }

  private Pos pos(Node n) {
    if (n != null && n.pos != null) return n.pos;
    // the package initialiser: its first variable declaration, else the package clause
    for (gava.syntax.File f : g.files) {
      for (gava.syntax.Decl d : f.decls) if (d instanceof gava.syntax.Decl.Var && d.pos != null) return d.pos;
    }
    return g.files.isEmpty() || g.files.get(0).pkgName == null ? Pos.NONE : g.files.get(0).pkgName.pos;
  }

  private void method(ClassBuilder clb, FuncUnit u) {
    MethodTypeDesc mtd;
    try {
      mtd = FuncGen.methodType(g, u);
    } catch (NotSupported ns) {
      if (!stubbed.contains(u)) {
        g.diags.error(ns.pos != null ? ns.pos : pos(u.decl != null ? u.decl.name : u.node()), ns.getMessage());
        stubbed.add(u);
      }
      return;
    }
    clb.withMethodBody(u.jvmName, mtd, ClassFile.ACC_PUBLIC | ClassFile.ACC_STATIC, cb -> {
      if (stubbed.contains(u)) {
        stub(cb);
        return;
      }
      if (externals.contains(u)) {
        // a body-less function of a package compiled without -complete (Package.incomplete)
        cb.ldc(g.pkg.path + "." + u.jvmName + ": function without body (implemented in assembly) called");
        cb.invokestatic(Rt.PANICS, "plainError", MethodTypeDesc.of(Rt.GOPANIC, java.lang.constant.ConstantDescs.CD_String)).athrow();
        return;
      }
      FuncGen fg = new FuncGen(g, u, cb);
      try {
        if (u.decl != null && !u.decl.tparams.isEmpty()) throw new NotSupported(u.decl.name, "generic function");
        fg.compile();
      } catch (NotSupported ns) {
        g.diags.error(ns.pos != null && ns.pos.src() != null ? ns.pos : fg.pos() != null ? fg.pos() : pos(u.node()), ns.getMessage());
        throw new UnitFailed(u);
      } catch (UnitFailed uf) {
        throw uf;
      } catch (RuntimeException | StackOverflowError e) {
        Pos p = fg.pos() != null ? fg.pos() : pos(u.node());
        g.diags.error(p, "internal compiler error: " + e);
        if (System.getenv("GAVA_DEBUG") != null) e.printStackTrace();
        throw new UnitFailed(u);
      }
    });
  }

  private static void stub(CodeBuilder cb) {
    cb.aconst_null().athrow();
  }

  // ---- the package class ----

  private void packageMembers(ClassBuilder clb) {
    List<Var> globals = globals();
    for (Var v : globals) {
      ClassDesc d = g.isCell(v) ? g.jt.cellDesc(v.type) : g.jt.desc(v.type);
      clb.withField(Gen.globalName(v), d, ClassFile.ACC_PUBLIC | ClassFile.ACC_STATIC);
    }
    Func mainFn = g.pkg.name.equals("main") && g == gens.get(gens.size() - 1)
        && g.pkg.scope.lookupLocal("main") instanceof Func fn ? fn : null;
    if (mainFn != null) {
      // every package's initialiser, in dependency order (the program's init), in a class of its
      // own: the runtime leaves it out of tracebacks, as gc's runtime.doInit
      ClassDesc start = ClassDesc.ofInternalName(g.prefix + "$Start");
      out.put(internal(start), cf.build(start, sb -> {
        sb.withFlags(ClassFile.ACC_PUBLIC | ClassFile.ACC_FINAL | ClassFile.ACC_SUPER);
        sb.withMethodBody(PROGRAM_INIT, MTD_void, ClassFile.ACC_PUBLIC | ClassFile.ACC_STATIC, cb -> {
          for (Gen p : gens) {
            if (p.facts.packageInit != null) cb.invokestatic(p.pkgClass, p.facts.packageInit.jvmName, MTD_void);
          }
          cb.return_();
        });
      }));
      clb.withMethodBody("main", MethodTypeDesc.of(CD_void, CD_String.arrayType()), ClassFile.ACC_PUBLIC | ClassFile.ACC_STATIC, cb -> {
        for (String kv : GoDebug.settings(g.files)) {
          cb.ldc(kv).invokestatic(Rt.GO, "godebug", MethodTypeDesc.of(CD_void, CD_String));
        }
        if (g.program.describesTypes) new TypeDescGen(g).callRegister(cb);
        cb.aload(0);
        Lambdas.make(cb, Rt.CD_RUNNABLE, "run", MTD_void, start, PROGRAM_INIT, MTD_void, List.of());
        Lambdas.make(cb, Rt.CD_RUNNABLE, "run", MTD_void, g.ownerOf(mainFn), g.funcName(mainFn), MTD_void, List.of());
        cb.invokestatic(Rt.GO, "run", MethodTypeDesc.of(CD_void, CD_String.arrayType(), Rt.CD_RUNNABLE, Rt.CD_RUNNABLE));
        cb.return_();
      });
    }
    clb.withMethodBody("<clinit>", MTD_void, ClassFile.ACC_STATIC, cb -> {
      ValueOps ops = new ValueOps(g, cb);
      for (Var v : globals) {
        boolean cell = g.isCell(v);
        boolean agg = Exprs.isAggregate(v.type);
        boolean str = JvmTypes.isString(v.type);
        if (!cell && !agg && !str) continue;
        if (cell) {
          char k = JvmTypes.kind(v.type);
          ClassDesc cd = Rt.cell(k);
          cb.new_(cd).dup();
          ops.zero(v.type);
          cb.invokespecial(cd, "<init>", MethodTypeDesc.of(CD_void, Rt.stackElem(k)));
          cb.putstatic(g.pkgClass, Gen.globalName(v), cd);
        } else {
          ops.zero(v.type);
          cb.putstatic(g.pkgClass, Gen.globalName(v), g.jt.desc(v.type));
        }
      }
      cb.return_();
    });
  }

  /** Name of the method of {@code <main package>/$Start} running all package initialisers. */
  static final String PROGRAM_INIT = "initAll";

  private List<Var> globals() {
    List<Var> vs = new ArrayList<>();
    for (Obj o : g.pkg.scope.objects()) {
      if (o instanceof Var v && !v.name.equals("_") && v.linkname == null) vs.add(v); // (a linked one has no storage of its own)
    }
    return vs;
  }

  // ---- support classes ----

  private void generateSupportClasses() {
    TypeDescGen types = g.program.describesTypes ? new TypeDescGen(g) : null;
    int doneStructs = 0;
    java.util.Set<String> done = new java.util.HashSet<>();
    boolean helpersBuilt = false;
    while (true) {
      boolean progress = false;
      while (doneStructs < g.classes.structs.size()) {
        Classes.StructInfo si = g.classes.structs.get(doneStructs++);
        out.put(internal(si.cd()), StructGen.generate(g, si, cf));
        progress = true;
      }
      for (Classes.FuncIface fi : List.copyOf(g.classes.funcIfaces.values())) {
        if (done.add(internal(fi.cd()))) { out.put(internal(fi.cd()), SmallClasses.funcIface(fi, cf)); progress = true; }
      }
      for (Classes.IfaceInfo ii : List.copyOf(g.classes.ifaces.values())) {
        if (done.add(internal(ii.cd()))) { out.put(internal(ii.cd()), SmallClasses.iface(g, ii, cf)); progress = true; }
      }
      for (Classes.TupleInfo ti : List.copyOf(g.classes.tuples.values())) {
        if (done.add(internal(ti.cd()))) { out.put(internal(ti.cd()), SmallClasses.tuple(ti, cf)); progress = true; }
      }
      for (Classes.FieldPtr fp : List.copyOf(g.classes.fieldPtrs.values())) {
        if (done.add(internal(fp.cd()))) {
          int idx = 0;
          for (Classes.StructInfo si : g.classes.structs) if (si.cd().equals(fp.owner())) idx = SmallClasses.fieldIndex(si, fp.field());
          out.put(internal(fp.cd()), SmallClasses.fieldPtr(fp, idx, cf));
          progress = true;
        }
      }
      for (Classes.BoxInfo bi : List.copyOf(g.classes.boxes.values())) {
        if (done.add(internal(bi.cd()))) { out.put(internal(bi.cd()), BoxGen.generate(g, bi, cf)); progress = true; }
      }
      for (Classes.ZeroInfo zi : List.copyOf(g.classes.zeros.values())) {
        if (done.add(internal(zi.cd()))) { out.put(internal(zi.cd()), SmallClasses.zero(g, zi, cf)); progress = true; }
      }
      if (progress) continue;
      if (!helpersBuilt) {
        out.putAll(g.literals.classes(cf));
        helpersBuilt = true;
        if (!g.helpers.isEmpty()) {
          out.put(internal(g.helpers.cd), cf.build(g.helpers.cd, clb -> {
            clb.withFlags(ClassFile.ACC_PUBLIC | ClassFile.ACC_FINAL | ClassFile.ACC_SUPER);
            g.helpers.emit(clb);
          }));
        }
        continue;
      }
      if (types != null) {
        // run-time type descriptors last: they may need more boxes, func interfaces and tuples
        if (types.close()) continue;
        int before = registered();
        byte[] table = types.generate(cf);
        if (registered() != before) continue;
        out.put(internal(types.tableClass()), table);
      }
      break;
    }
  }

  /** How many support classes are registered (to see whether generating something added more). */
  private int registered() {
    Classes c = g.classes;
    return c.structs.size() + c.funcIfaces.size() + c.ifaces.size() + c.tuples.size() + c.fieldPtrs.size() + c.boxes.size() + c.zeros.size();
  }

  // ---- class hierarchy for stack maps ----

  private ClassHierarchyResolver resolver() {
    ClassHierarchyResolver runtime = ClassHierarchyResolver.defaultResolver()
        .orElse(ClassHierarchyResolver.ofResourceParsing(ProgramGen.class.getClassLoader()));
    ClassHierarchyResolver generated = cd -> {
      String name = internal(cd);
      if (!name.startsWith("gop/")) return null;
      for (Classes.FuncIface fi : g.classes.funcIfaces.values()) if (fi.cd().equals(cd)) return ClassHierarchyResolver.ClassHierarchyInfo.ofInterface();
      for (Classes.IfaceInfo ii : g.classes.ifaces.values()) if (ii.cd().equals(cd)) return ClassHierarchyResolver.ClassHierarchyInfo.ofInterface();
      for (Classes.FieldPtr fp : g.classes.fieldPtrs.values()) if (fp.cd().equals(cd)) return ClassHierarchyResolver.ClassHierarchyInfo.ofClass(Rt.ptr(fp.kind()));
      return ClassHierarchyResolver.ClassHierarchyInfo.ofClass(CD_Object);
    };
    ClassHierarchyResolver fallback = cd -> ClassHierarchyResolver.ClassHierarchyInfo.ofClass(CD_Object);
    return generated.orElse(runtime).orElse(fallback);
  }
}
