package gava.cmd;

import gava.codegen.Backend;
import gava.codegen.CompiledProgram;
import gava.loader.BuildContext;
import gava.loader.Goroot;
import gava.loader.LoadedPackage;
import gava.loader.Loader;
import gava.loader.PackageDir;
import gava.loader.Program;
import gava.syntax.Diagnostics;
import gava.syntax.File;
import gava.syntax.Parser;
import gava.syntax.Pos;
import gava.types.Checker;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Builds a program of several packages as the go command does for {@code go run}: loads the main
 * package (named files, or a directory) and everything it imports ({@link Loader}: go.mod, GOROOT,
 * build constraints, import cycles), then parses and type checks each package in dependency order
 * (each package's imports are the packages checked before it, see {@link gava.types.Importer}),
 * then compiles the whole program at once ({@link Backend#compileProgram}).
 *
 * <p>Errors are printed as the go command prints them: loader errors (missing packages, import
 * cycles) without a header and with paths relative to the working directory; compile errors of a
 * package under {@code # <import path>} ({@code # command-line-arguments} for named files) with
 * gc's {@code ./x.go} paths. As the go command, every package whose imports compiled is checked
 * and each one with errors reported (in dependency order; the go command's order varies as it
 * compiles in parallel); packages importing a failed one are not compiled. Packages of the standard library are compiled from GOROOT like the others when
 * {@link Options#std} is set; otherwise importing one reports {@code could not import P (not
 * supported yet)}.
 */
public final class ProgramBuild {
  private ProgramBuild() {}

  /**
   * What to build: the named files of one directory, the package in a directory, or (for the
   * official suite's {@code rundir} tests) packages given as groups of files, dependencies first
   * and package main last, each importable as {@code "./NAME"} (NAME the base name of its first
   * file; its package path is {@code test/NAME}, as the suite's run.go compiles it).
   */
  public record Target(List<Path> files, Path dir, List<List<Path>> groups, java.util.function.Function<Loader, Program> load) {
    public static Target files(List<Path> files) {
      return new Target(List.copyOf(files), null, null, null);
    }

    public static Target dir(Path dir) {
      return new Target(null, dir, null, null);
    }

    public static Target groups(List<List<Path>> groups) {
      return new Target(null, null, List.copyOf(groups), null);
    }

    /** A program the given function loads (gava test's generated main, see {@link TestCommand}); not cached. */
    public static Target loaded(Path dir, java.util.function.Function<Loader, Program> load) {
      return new Target(null, dir, null, load);
    }
  }

  /**
   * Build options: {@code std} compiles imported standard packages from GOROOT; {@code cache}, when
   * not null, is looked up before compiling (after loading, which reads every file of the program)
   * and gets the classes of a successful build ({@link BuildCache}).
   */
  public record Options(Build.Options build, boolean std, BuildCache cache) {
    public Options(Build.Options build, boolean std) {
      this(build, std, null);
    }

    public static Options defaults() {
      return new Options(Build.Options.defaults(), true);
    }

    public Options withCache(BuildCache c) {
      return new Options(build, std, c);
    }
  }

  public static Build.Result build(Target target, Options opts) {
    AtomicReference<Build.Result> out = new AtomicReference<>();
    Run run = new Run(target, opts);
    Thread t = new Thread(null, () -> out.set(run.safely()), "gava-compile", Build.COMPILE_STACK_BYTES);
    t.setDaemon(true);
    t.start();
    try {
      if (opts.build().timeout() == null) t.join();
      else t.join(Math.max(1, opts.build().timeout().toMillis()));
    } catch (InterruptedException e) {
      t.interrupt();
      Thread.currentThread().interrupt();
      return run.internalError(run.diags.current(), "compilation interrupted");
    }
    if (t.isAlive()) {
      t.interrupt();
      return run.internalError(run.diags.current(), "compilation did not finish within " + opts.build().timeout().toSeconds() + "s");
    }
    Build.Result r = out.get();
    return r != null ? r : run.internalError(run.diags.current(), "the compile thread ended without a result");
  }

  /** One build; lives on the compile thread. */
  private static final class Run {
    final Target target;
    final Options opts;
    final Path base;
    /** The diagnostics of the stage/package at work. */
    Diagnostics diags = new Diagnostics();
    String header = Build.HEADER;
    /** The package (import path) of each parsed source, for placing code generation errors. */
    final Map<gava.syntax.Source, String> pkgOfSource = new java.util.IdentityHashMap<>();
    String mainPath = Loader.COMMAND_LINE;

    Run(Target target, Options opts) {
      this.target = target;
      this.opts = opts;
      Path b = opts.build().displayBase();
      this.base = b == null ? Path.of("").toAbsolutePath() : b;
    }

    Build.Result safely() {
      try {
        return run();
      } catch (Throwable e) {
        if (Build.debug()) e.printStackTrace();
        return internalError(diags.current(), Build.describe(e));
      }
    }

    Build.Result run() {
      if (target.groups() != null) return runGroups();
      String indexKey = null;
      if (opts.cache() != null && target.load() == null) { // (a loaded target is cached by content only)
        indexKey = CacheIndex.key(target, opts, System.getenv());
        CompiledProgram hit = CacheIndex.lookup(opts.cache(), indexKey);
        Timing.mark(hit != null ? "index hit" : "index miss");
        if (hit != null) return new Build.Result(new Diagnostics(), List.of(), hit);
      }
      Path goroot;
      BuildContext ctx;
      try {
        goroot = Goroot.find();
        ctx = BuildContext.forGoroot(goroot);
      } catch (Goroot.NotFound e) {
        // programs that import no std package build without Go sources; std imports are then
        // reported as not in GOROOT
        goroot = Path.of("/usr/local/go");
        ctx = BuildContext.defaults(19);
      }
      Timing.mark("goroot");
      Loader loader = new Loader(goroot, ctx, diags, p -> p.toAbsolutePath().normalize().toString(), System.getenv());
      Program prog = target.load() != null ? target.load().apply(loader)
          : target.files() != null ? loader.loadFiles(target.files()) : loader.loadDir(target.dir());
      Timing.mark("load");
      if (diags.hasErrors() || prog.main() == null) return loadErrors();
      LoadedPackage main = prog.main();
      if (!main.name().equals("main")) {
        return new Build.Result(diags, List.of("package " + main.importPath() + " is not a main package"), null);
      }
      mainPath = main.importPath();
      String key = null;
      if (opts.cache() != null) {
        key = programKey(prog, goroot, ctx);
        CompiledProgram hit = opts.cache().get(key);
        Timing.mark(hit != null ? "cache hit" : "cache miss");
        if (hit != null) {
          if (indexKey != null) CacheIndex.store(opts.cache(), indexKey, key, target, prog, goroot, System.getenv());
          return new Build.Result(new Diagnostics(), List.of(), hit);
        }
      }
      Map<String, gava.types.Package> checked = new HashMap<>();
      List<Backend.Unit> units = new ArrayList<>();
      // As the go command: every package whose imports compiled is compiled; one with errors
      // prints them under its header, and the packages that import it are not compiled.
      java.util.Set<String> failed = new java.util.HashSet<>();
      List<String> failures = new ArrayList<>();
      for (LoadedPackage lp : prog.packages()) {
        if (lp.importPath().equals("unsafe")) continue; // built into the checker (gava.types.Unsafe)
        if (lp.standard() && !opts.std()) continue;
        if (lp.imports().stream().anyMatch(failed::contains)) {
          failed.add(lp.importPath());
          continue;
        }
        Build.Result bad = checkPackage(lp, lp == main, checked, units);
        if (bad != null) {
          failed.add(lp.importPath());
          failures.addAll(bad.errors());
        }
      }
      Timing.mark("check");
      if (!failures.isEmpty()) return new Build.Result(diags, failures, null);
      Build.Result r = generate(units, main.files().get(0).path());
      if (key != null && r.ok()) {
        opts.cache().put(key, r.program());
        if (indexKey != null) CacheIndex.store(opts.cache(), indexKey, key, target, prog, goroot, System.getenv());
        Timing.mark("cache put");
      }
      return r;
    }

    /**
     * The cache key of a loaded program: the options, the build context, and each package's import
     * path, name, directory, resolved imports and files (path as the stages see it, and content).
     * Code generation depends on nothing else (gava's own build id is part of every key).
     */
    String programKey(Program prog, Path goroot, BuildContext ctx) {
      BuildCache.Key k = new BuildCache.Key();
      k.add("program").add(opts.std()).add(opts.build().verify()).add(goroot.toAbsolutePath().toString());
      k.add(ctx.goos()).add(ctx.goarch()).add(ctx.compiler()).add(ctx.cgoEnabled());
      k.add(String.join(",", ctx.buildTags())).add(String.join(",", ctx.releaseTags()));
      k.add(String.join(",", new java.util.TreeSet<>(ctx.knownOS()))).add(String.join(",", new java.util.TreeSet<>(ctx.knownArch())))
          .add(String.join(",", new java.util.TreeSet<>(ctx.unixOS())));
      for (LoadedPackage lp : prog.packages()) {
        k.add("package").add(lp.importPath()).add(lp.name()).add(lp.standard()).add(String.valueOf(lp.dir()));
        for (Map.Entry<String, String> e : new java.util.TreeMap<>(lp.importMap()).entrySet()) k.add(e.getKey()).add(e.getValue());
        k.add("files");
        for (PackageDir.GoFile f : lp.files()) k.add(f.source().path()).add(f.source().bytes());
        if (!lp.standard()) { // the //go:embed files, by name and content
          gava.loader.EmbedPatterns.Result er = gava.loader.EmbedPatterns.of(lp);
          for (Map.Entry<String, byte[]> e : new java.util.TreeMap<>(gava.loader.EmbedPatterns.contents(lp.dir(), er.files())).entrySet()) {
            k.add("embed").add(e.getKey()).add(e.getValue());
          }
        }
      }
      k.add("main").add(prog.main().importPath());
      return k.hex();
    }

    /** Parses and checks one loaded package; its errors (under its header), or null when it checked. */
    Build.Result checkPackage(LoadedPackage lp, boolean isMain, Map<String, gava.types.Package> checked,
        List<Backend.Unit> units) {
      header = "# " + lp.importPath();
      diags = new Diagnostics();
      // (parses the files; a std package's overlay files are merged in: gava.loader.Overlay)
      List<File> parsed = gava.loader.Overlay.parse(lp, diags);
      if (diags.hasSyntaxErrors()) return errors();
      Map<String, String> importMap = lp.importMap();
      gava.types.Package pkg = Checker.check(isMain ? "main" : lp.importPath(), parsed, diags,
          path -> checked.get(importMap.getOrDefault(path, path)));
      if (diags.hasErrors()) return errors();
      EmbedVars.attach(lp, parsed, pkg, diags); // (//go:embed variables' data; in the std only its tests have any)
      if (diags.hasErrors()) return errors();
      if (isMain && !(pkg.scope.lookupLocal("main") instanceof gava.types.Func)) {
        diags.error(Pos.NONE, "runtime.main_main·f: function main is undeclared in the main package");
        return errors();
      }
      checked.put(lp.importPath(), pkg);
      units.add(new Backend.Unit(pkg, parsed));
      for (File f : parsed) if (f != null && f.src != null) pkgOfSource.put(f.src, lp.importPath());
      return null;
    }

    /**
     * Packages as groups of files (rundir tests): a group imports an earlier one as "./NAME"; other
     * imports are standard packages, loaded from GOROOT and compiled first when {@link Options#std}
     * is set.
     */
    Build.Result runGroups() {
      Map<String, gava.types.Package> checked = new HashMap<>();
      List<Backend.Unit> units = new ArrayList<>();
      Path first = null;
      List<List<File>> parsedGroups = new ArrayList<>();
      java.util.Set<String> stdImports = new java.util.LinkedHashSet<>();
      for (int i = 0; i < target.groups().size(); i++) {
        List<Path> group = target.groups().get(i);
        boolean isMain = i == target.groups().size() - 1;
        diags = new Diagnostics();
        List<File> parsed = new ArrayList<>();
        for (Path f : group) {
          Path a = f.toAbsolutePath().normalize();
          gava.syntax.Source src;
          try {
            src = new gava.syntax.Source(a.toString(), java.nio.file.Files.readAllBytes(a));
          } catch (java.io.IOException e) {
            return new Build.Result(diags, List.of("open " + f + ": " + e.getMessage()), null);
          }
          diags.at(new Pos(src, 1, 1));
          parsed.add(Parser.parse(src, diags));
        }
        String base = group.isEmpty() ? "p" : group.get(0).getFileName().toString().replaceFirst("\\.go$", "");
        header = "# " + (isMain ? Loader.COMMAND_LINE : "test/" + base);
        if (diags.hasSyntaxErrors()) return errors();
        parsedGroups.add(parsed);
        for (File f : parsed) stdImports.addAll(stdImports(f));
      }
      if (opts.std() && !stdImports.isEmpty()) {
        Build.Result bad = checkStd(new ArrayList<>(stdImports), checked, units);
        if (bad != null) return bad;
      }
      for (int i = 0; i < target.groups().size(); i++) {
        List<Path> group = target.groups().get(i);
        boolean isMain = i == target.groups().size() - 1;
        diags = new Diagnostics();
        List<File> parsed = parsedGroups.get(i);
        // as the official suite's run.go compiles them: package path "test/" + first file's base name
        String base = group.isEmpty() ? "p" : group.get(0).getFileName().toString().replaceFirst("\\.go$", "");
        String path = isMain ? "main" : "test/" + base;
        header = "# " + (isMain ? Loader.COMMAND_LINE : path);
        gava.types.Package pkg = Checker.check(path, parsed, diags,
            imp -> checked.get(imp.startsWith("./") ? "test/" + imp.substring(2) : imp));
        if (diags.hasErrors()) return errors();
        pkg.incomplete = true; // run.go compiles these packages without -complete

        checked.put(path, pkg);
        units.add(new Backend.Unit(pkg, parsed));
        for (File f : parsed) if (f != null && f.src != null) pkgOfSource.put(f.src, isMain ? mainPath : path);
        if (isMain && !group.isEmpty()) first = group.get(0);
      }
      if (units.isEmpty()) return new Build.Result(diags, List.of("gava: no packages"), null);
      return generate(units, first);
    }

    /** The import paths of {@code f} that are not "./NAME" (nor unsafe): standard packages. */
    static List<String> stdImports(File f) {
      List<String> out = new ArrayList<>();
      if (f == null) return out;
      for (gava.syntax.Decl d : f.decls) {
        if (!(d instanceof gava.syntax.Decl.Import im) || im.path == null || im.path.bad) continue;
        gava.types.Constant c = gava.types.ConstOps.literal(gava.syntax.Expr.LitKind.STRING, im.path.text);
        String p = c == null ? "" : c.stringValue();
        if (!p.isEmpty() && !p.startsWith(".") && !p.startsWith("/") && !p.equals("unsafe")) out.add(p);
      }
      return out;
    }

    /** Loads the standard packages {@code paths} and their dependencies from GOROOT and checks them in dependency order. */
    Build.Result checkStd(List<String> paths, Map<String, gava.types.Package> checked, List<Backend.Unit> units) {
      Path goroot;
      try {
        goroot = Goroot.find();
      } catch (Goroot.NotFound e) {
        return null; // (the imports are then reported as not supported)
      }
      diags = new Diagnostics();
      Loader loader = new Loader(goroot, BuildContext.forGoroot(goroot), diags, p -> p.toAbsolutePath().normalize().toString(), Map.of());
      Program prog = loader.loadImportPaths(paths, goroot.resolve("src"));
      if (diags.hasErrors()) return loadErrors();
      for (LoadedPackage lp : prog.packages()) {
        if (lp.importPath().equals("unsafe") || checked.containsKey(lp.importPath())) continue;
        Build.Result bad = checkPackage(lp, false, checked, units);
        if (bad != null) return bad;
      }
      return null;
    }

    /** Code generation for the checked packages (package main last), then verification. */
    Build.Result generate(List<Backend.Unit> units, Path firstMainFile) {
      header = "# " + mainPath;
      diags = new Diagnostics();
      List<Backend.Unit> ordered = initOrder(units);
      CompiledProgram program = Backend.compileProgram(ordered, diags);
      Timing.mark("codegen");
      if (diags.hasErrors()) return codegenErrors(ordered);
      if (program == null || program.classes() == null || !program.classes().containsKey(program.mainClass())) {
        return internalError(null, "code generation did not produce the main class");
      }
      if (opts.build().verify()) {
        List<String> bad = ClassCheck.verify(program);
        if (!bad.isEmpty()) {
          List<String> lines = new ArrayList<>();
          lines.add(header);
          String where = firstMainFile == null ? "?" : shown(firstMainFile);
          for (String b : bad) lines.add(where + ": internal compiler error: invalid class file: " + b);
          return new Build.Result(diags, lines, null);
        }
        Timing.mark("verify");
      }
      return new Build.Result(diags, List.of(), program);
    }

    /**
     * The packages in the order gc 1.19 initialises them: depth first from package main over each
     * package's imports in the order of its import declarations (files in name order), every
     * package after the packages it imports, each once. (Go 1.21 sorts imports by path instead.)
     */
    static List<Backend.Unit> initOrder(List<Backend.Unit> units) {
      Map<gava.types.Package, Backend.Unit> byPkg = new java.util.IdentityHashMap<>();
      for (Backend.Unit u : units) byPkg.put(u.pkg(), u);
      List<Backend.Unit> out = new ArrayList<>();
      java.util.Set<gava.types.Package> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
      visit(units.get(units.size() - 1).pkg(), byPkg, seen, out);
      for (Backend.Unit u : units) if (!seen.contains(u.pkg())) out.add(out.size() - 1, u); // (not reached from main)
      return out;
    }

    private static void visit(gava.types.Package p, Map<gava.types.Package, Backend.Unit> byPkg,
        java.util.Set<gava.types.Package> seen, List<Backend.Unit> out) {
      Backend.Unit u = byPkg.get(p);
      if (u == null || !seen.add(p)) return;
      for (gava.types.Package imp : p.imports) visit(imp, byPkg, seen, out);
      out.add(u);
    }

    /**
     * Errors of code generation, which runs over the whole program: as the go command, those of
     * the first package (in initialisation order) that has any, under its header.
     */
    Build.Result codegenErrors(List<Backend.Unit> ordered) {
      Map<String, Diagnostics> byPkg = new HashMap<>();
      Diagnostics unplaced = new Diagnostics();
      for (gava.syntax.Diagnostic d : diags.all()) {
        String p = d.pos() == null || d.pos().src() == null ? null : pkgOfSource.get(d.pos().src());
        (p == null ? unplaced : byPkg.computeIfAbsent(p, k -> new Diagnostics())).error(d.pos(), d.message());
      }
      for (Backend.Unit u : ordered) {
        String path = u.pkg().path.equals("main") ? mainPath : u.pkg().path;
        Diagnostics d = byPkg.get(path);
        if (d == null) continue;
        header = "# " + path;
        diags = d;
        for (gava.syntax.Diagnostic x : unplaced.all()) d.error(x.pos(), x.message());
        return errors();
      }
      return errors();
    }

    /** The loader's errors, as the go command prints them: no header, paths relative to the working directory. */
    Build.Result loadErrors() {
      List<String> lines = new ArrayList<>();
      // in the order found (the loader walks imports sorted by path, as the go command)
      for (gava.syntax.Diagnostic d : diags.all()) {
        String l = d.pos() == null || d.pos().src() == null ? d.message()
            : Diagnostics.format(d.pos(), true) + ": " + d.message();
        l = relativePaths(l);
        if (lines.isEmpty() || !lines.get(lines.size() - 1).equals(l)) lines.add(l);
      }
      if (lines.isEmpty()) lines.add("gava: no main package");
      return new Build.Result(diags, lines, null);
    }

    Build.Result errors() {
      List<String> lines = new ArrayList<>();
      lines.add(header);
      for (String l : diags.render()) lines.add(shorten(l));
      return new Build.Result(diags, lines, null);
    }

    /** gc's short form of the absolute source paths at the start of a diagnostic line. */
    String shorten(String line) {
      if (line.contains("\n\t/")) {
        // a multi-part error: its continuation lines ("\tpos: previous case") are shortened too
        String[] parts = line.split("\n\t", -1);
        StringBuilder b = new StringBuilder(shorten(parts[0]));
        for (int i = 1; i < parts.length; i++) b.append("\n\t").append(shorten(parts[i]));
        return b.toString();
      }
      int colon = line.indexOf(".go:");
      if (!line.startsWith("/") || colon < 0) return line;
      String abs = line.substring(0, colon + 3);
      return Build.displayPath(Path.of(abs), base) + line.substring(colon + 3);
    }

    /** The go command's form of paths in its own messages: relative, without "./". */
    String relativePaths(String line) {
      String parsing = "go: errors parsing /"; // (go names go.mod by its short path, the lines below absolute)
      int end = line.indexOf("go.mod:\n");
      if (line.startsWith(parsing) && end > 0) {
        return "go: errors parsing " + shownRelative(Path.of(line.substring(parsing.length() - 1, end + 6))) + line.substring(end + 6);
      }
      int colon = line.indexOf(".go:");
      if (!line.startsWith("/") || colon < 0) return line;
      String abs = line.substring(0, colon + 3);
      return shownRelative(Path.of(abs)) + line.substring(colon + 3);
    }

    String shownRelative(Path abs) {
      try {
        String rel = base.relativize(abs).toString();
        return rel.length() < abs.toString().length() ? rel : abs.toString();
      } catch (IllegalArgumentException e) {
        return abs.toString();
      }
    }

    String shown(Path p) {
      return Build.displayPath(p.toAbsolutePath().normalize(), base);
    }

    Build.Result internalError(Pos pos, String message) {
      String where;
      if (pos != null && pos.src() != null) {
        where = shorten(pos.toString() + ":");
        where = where.substring(0, where.length() - 1);
      } else if (target.files() != null && !target.files().isEmpty()) {
        where = shown(target.files().get(0));
      } else {
        where = String.valueOf(target.dir());
      }
      return new Build.Result(diags, List.of(header, where + ": internal compiler error: " + message), null);
    }
  }
}
