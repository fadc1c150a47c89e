package gava.loader;

import gava.syntax.Diagnostics;
import gava.syntax.Pos;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Loads a program's packages: reads each package's files under the build context (headers only),
 * resolves imports ({@link ImportResolver}), walks the import graph depth first over sorted imports,
 * and returns the packages in dependency order ({@link Program}). Problems are reported to the
 * {@link Diagnostics} as the go command words them: unresolvable imports at the import's position
 * ({@code package foo/bar is not in GOROOT (...)}), import cycles and packages without buildable
 * files with the import stack ({@code package a\n\timports b\n\timports a: import cycle not allowed}).
 * Never throws on bad input.
 */
public final class Loader {
  /** Import path of the package of files named on a command line (and of a main package outside a module). */
  public static final String COMMAND_LINE = "command-line-arguments";

  private final Path goroot;
  private final BuildContext ctx;
  private final Diagnostics diags;
  private final Function<Path, String> display;
  private final Map<String, String> env;

  private enum State { VISITING, DONE }

  // per load
  private ImportResolver resolver;
  /** The main module's dependencies (null outside a module or when setting them up failed). */
  private Modules modules;
  /** Set when a problem ended the load as it ends the go command (bad vendoring, checksum mismatch). */
  private boolean fatal;
  private final Map<String, State> state = new HashMap<>();
  private final Map<String, LoadedPackage> loaded = new HashMap<>();
  private final List<LoadedPackage> order = new ArrayList<>();
  /** For {@code gava test} ({@link #loadTest}): packages made of given files, by import path. */
  private Map<String, PackageDir> synthetic = Map.of();
  /** For {@code gava test}: _test.go files joining the package of an import path. */
  private Map<String, List<PackageDir.GoFile>> testFiles = Map.of();

  /**
   * @param goroot the GOROOT (see {@link Goroot#find()})
   * @param ctx the build context (see {@link BuildContext#forGoroot})
   * @param diags where problems go
   * @param display how file paths appear in positions (e.g. relative to the working directory)
   * @param env the environment (GOMODCACHE, GOPATH, HOME for the module cache)
   */
  public Loader(Path goroot, BuildContext ctx, Diagnostics diags, Function<Path, String> display, Map<String, String> env) {
    this.goroot = goroot;
    this.ctx = ctx;
    this.diags = diags;
    this.display = display;
    this.env = env;
  }

  /** A loader for this process's GOROOT with gava's default context; paths shown as given. */
  public static Loader standard(Diagnostics diags) throws Goroot.NotFound {
    Path goroot = Goroot.find();
    return new Loader(goroot, BuildContext.forGoroot(goroot), diags, Path::toString, System.getenv());
  }

  public Path goroot() {
    return goroot;
  }

  public BuildContext context() {
    return ctx;
  }

  /** Loads the package in {@code dir} (e.g. the main package of {@code gava run ./cmd/x}) and its dependencies. */
  public Program loadDir(Path dir) {
    Path abs = dir.toAbsolutePath().normalize();
    GoMod mod = readModule(abs);
    reset(mod);
    String path = COMMAND_LINE;
    if (mod != null && mod.module() != null) {
      Path rel = mod.root().relativize(abs);
      path = rel.toString().isEmpty() ? mod.module() : mod.module() + "/" + rel.toString().replace('\\', '/');
    } else if (abs.startsWith(goroot.toAbsolutePath().resolve("src"))) {
      path = goroot.toAbsolutePath().resolve("src").relativize(abs).toString();
    }
    if (fatal) return new Program(List.of(), List.of(), mod);
    PackageDir pd = PackageDir.read(abs, ctx, display);
    boolean std = abs.startsWith(goroot.toAbsolutePath().resolve("src"));
    LoadedPackage root = visit(path, pd, std, null, new ArrayDeque<>());
    return finish(root == null ? List.of() : List.of(root), mod);
  }

  /** Loads the package made of {@code files} (as {@code gava run a.go b.go}) and its dependencies. */
  public Program loadFiles(List<Path> files) {
    if (files.isEmpty()) {
      diags.error(Pos.NONE, "no go files listed");
      return new Program(List.of(), List.of(), null);
    }
    Path dir = files.get(0).toAbsolutePath().normalize().getParent();
    for (Path f : files) {
      Path d = f.toAbsolutePath().normalize().getParent();
      if (!d.equals(dir)) {
        diags.error(Pos.NONE, "named files must all be in one directory; have " + display.apply(dir) + " and " + display.apply(d));
        return new Program(List.of(), List.of(), null);
      }
    }
    GoMod mod = readModule(dir);
    reset(mod);
    List<Path> sorted = new ArrayList<>(files);
    sorted.sort(Comparator.comparing(p -> p.getFileName().toString()));
    if (fatal) return new Program(List.of(), List.of(), mod);
    PackageDir pd = PackageDir.fromFiles(dir, sorted, ctx, display);
    LoadedPackage root = visit(COMMAND_LINE, pd, false, null, new ArrayDeque<>());
    return finish(root == null ? List.of() : List.of(root), mod);
  }

  /**
   * Loads packages by import path (as {@code go list -deps path...} run in {@code workDir}), e.g.
   * std packages.
   */
  public Program loadImportPaths(List<String> paths, Path workDir) {
    GoMod mod = readModule(workDir.toAbsolutePath().normalize());
    reset(mod);
    List<LoadedPackage> roots = new ArrayList<>();
    if (fatal) return new Program(List.of(), List.of(), mod);
    for (String p : paths) {
      ImportResolver.Resolved r;
      try {
        r = resolver.resolve(p, null, false);
      } catch (ImportResolver.NotFound e) {
        diags.error(Pos.NONE, e.getMessage());
        continue;
      }
      LoadedPackage lp = load(r, null, new ArrayDeque<>());
      if (lp != null) roots.add(lp);
    }
    return finish(roots, mod);
  }

  /**
   * Loads a test program (as {@code go test} builds it): the generated {@code main} package, packages
   * given as files ({@code synthetic}, e.g. the external {@code P_test} package) importable by their
   * key, and {@code testFiles} joining the package of their import path wherever it is loaded. The
   * module is the one around {@code moduleDir}.
   */
  public Program loadTest(Path moduleDir, PackageDir main, Map<String, PackageDir> synthetic,
      Map<String, List<PackageDir.GoFile>> testFiles) {
    GoMod mod = readModule(moduleDir.toAbsolutePath().normalize());
    reset(mod);
    this.synthetic = synthetic;
    this.testFiles = testFiles;
    try {
      if (fatal) return new Program(List.of(), List.of(), mod);
      LoadedPackage root = visit("main", main, false, null, new ArrayDeque<>());
      return finish(root == null ? List.of() : List.of(root), mod);
    } finally {
      this.synthetic = Map.of();
      this.testFiles = Map.of();
    }
  }

  private void reset(GoMod mod) {
    resolver = new ImportResolver(goroot, mod, ImportResolver.defaultModCache(env));
    modules = null;
    fatal = false;
    if (mod != null && mod.module() != null) {
      try {
        modules = Modules.load(mod, env);
        resolver = new ImportResolver(goroot, modules);
      } catch (Modules.Fatal e) {
        diags.error(Pos.NONE, e.getMessage());
        fatal = true;
      }
    }
    state.clear();
    loaded.clear();
    order.clear();
  }

  /** The program, after checking the module graph as go does once the packages loaded without error. */
  private Program finish(List<LoadedPackage> roots, GoMod mod) {
    if (modules != null && !fatal && !diags.hasErrors()) {
      try {
        modules.checkGraph();
      } catch (Modules.Fatal e) {
        diags.error(Pos.NONE, e.getMessage());
        fatal = true;
      }
    }
    return new Program(List.copyOf(order), List.copyOf(roots), mod);
  }

  /** The main module around {@code dir}, or null; a malformed go.mod is reported. */
  private GoMod readModule(Path dir) {
    Path f = GoMod.findGoMod(dir);
    if (f == null) return null;
    try {
      GoMod m = GoMod.read(f);
      if (m.module() == null) {
        diags.error(Pos.NONE, "go: no module declaration in go.mod. To specify the module path:\n\tgo mod edit -module=example.com/mod");
        return null;
      }
      return m;
    } catch (GoMod.Malformed e) {
      diags.error(Pos.NONE, "go: errors parsing " + display.apply(f) + ":\n" + e.getMessage());
      return null;
    } catch (IOException e) {
      diags.error(Pos.NONE, "go: reading " + display.apply(f) + ": " + e.getMessage());
      return null;
    }
  }

  /** Loads a resolved package unless already loaded or being loaded. */
  private LoadedPackage load(ImportResolver.Resolved r, Pos importPos, Deque<String> stack) {
    State s = state.get(r.importPath());
    if (s == State.DONE) return loaded.get(r.importPath());
    PackageDir pd = PackageDir.read(r.dir(), ctx, display);
    return visit(r.importPath(), pd, r.standard(), importPos, stack);
  }

  private LoadedPackage visit(String path, PackageDir pd, boolean std, Pos importPos, Deque<String> stack) {
    if (std) pd = Overlay.apply(path, pd, ctx); // gava's overlay files join the package's (see Overlay)
    List<PackageDir.GoFile> tests = testFiles.get(path);
    if (tests != null) {
      List<PackageDir.GoFile> all = new ArrayList<>(pd.files());
      all.addAll(tests);
      pd = new PackageDir(pd.dir(), pd.name(), List.copyOf(all), pd.ignored(), pd.testFiles(), pd.error());
    }
    state.put(path, State.VISITING);
    stack.addLast(path);
    try {
      if (pd.error() != null) {
        if (pd.files().isEmpty() && pd.error().contains(" files in ")) {
          diags.error(Pos.NONE, stackMessage(stack, pd.error()));
        } else if (importPos != null) {
          diags.error(importPos, pd.error());
        } else {
          diags.error(Pos.NONE, stackMessage(stack, pd.error()));
        }
        if (pd.files().isEmpty()) return null;
      }
      // imports as written, first position of each, in sorted order (as go list walks them)
      Map<String, Pos> firstPos = new LinkedHashMap<>();
      for (PackageDir.GoFile f : pd.files()) {
        for (FileHeader.ImportSpec spec : f.header().imports()) firstPos.putIfAbsent(spec.path(), spec.pos());
      }
      List<String> written = new ArrayList<>(firstPos.keySet());
      written.sort(null);
      Map<String, String> importMap = new LinkedHashMap<>();
      Set<String> reported = new LinkedHashSet<>();
      for (String imp : written) {
        if (imp.equals("C")) continue;
        Pos pos = firstPos.get(imp);
        String bad = badImportPath(imp);
        if (bad != null) {
          diags.error(pos, bad);
          continue;
        }
        PackageDir syn = synthetic.get(imp);
        if (syn != null) {
          importMap.put(imp, imp);
          if (state.get(imp) == State.VISITING) {
            List<String> chain = new ArrayList<>(stack);
            chain.add(imp);
            diags.error(Pos.NONE, stackMessage(chain, "import cycle not allowed"));
          } else if (state.get(imp) != State.DONE) {
            visit(imp, syn, syn.dir().toAbsolutePath().startsWith(goroot.toAbsolutePath().resolve("src")), pos, stack);
          }
          continue;
        }
        if (fatal) break;
        ImportResolver.Resolved r;
        try {
          r = resolver.resolve(imp, path, std);
        } catch (ImportResolver.NotFound e) {
          if (e.fatal()) {
            diags.error(Pos.NONE, e.getMessage());
            fatal = true;
            break;
          }
          if (reported.add(imp)) diags.error(pos, e.getMessage());
          continue;
        }
        if (!internalAllowed(r, pd.dir())) {
          // (the go command prints this one under the import stack, the position indented)
          diags.error(Pos.NONE, stackLines(stack) + "\n\t" + pos + ": use of internal package " + r.importPath()
              + " not allowed");
          continue;
        }
        importMap.put(imp, r.importPath());
        State s = state.get(r.importPath());
        if (s == State.VISITING) {
          List<String> chain = new ArrayList<>(stack);
          chain.add(r.importPath());
          diags.error(Pos.NONE, stackMessage(chain, "import cycle not allowed"));
          continue;
        }
        LoadedPackage dep = load(r, pos, stack);
        if (dep != null && dep.name().equals("main")) {
          diags.error(pos, "import \"" + imp + "\" is a program, not an importable package");
        }
      }
      if (!std) { // the go command's resolveEmbed: a pattern naming no files fails the load
        EmbedPatterns.Result embeds = EmbedPatterns.of(pd.dir(), pd.files());
        if (embeds.error() != null) diags.error(embeds.errorPos(), embeds.error());
      }
      LoadedPackage lp = new LoadedPackage(path, pd.dir(), pd.name(), pd.files(), Map.copyOf(importMap), std);
      loaded.put(path, lp);
      order.add(lp);
      return lp;
    } finally {
      stack.removeLast();
      state.put(path, State.DONE);
    }
  }

  /** {@code package a\n\timports b\n\timports c: msg}, as the go command prints an import stack. */
  static String stackMessage(Iterable<String> stack, String msg) {
    return stackLines(stack) + ": " + msg;
  }

  private static String stackLines(Iterable<String> stack) {
    StringBuilder sb = new StringBuilder();
    for (String p : stack) {
      sb.append(sb.isEmpty() ? "package " : "\n\timports ").append(p);
    }
    return sb.toString();
  }

  /** The go command's message for a malformed import path, or null. */
  static String badImportPath(String p) {
    if (ImportResolver.isRelative(p)) return null; // reported by the resolver
    if (!FileHeader.isValidImportPath(p) || p.startsWith("/")) return "invalid import path: \"" + p + "\"";
    return null;
  }

  /**
   * go's disallowInternal: a package under {@code .../internal/...} may be imported only by
   * packages in the tree rooted at the parent of that internal directory.
   */
  private static boolean internalAllowed(ImportResolver.Resolved r, Path importerDir) {
    String[] elems = r.importPath().split("/");
    int last = -1;
    for (int i = 0; i < elems.length; i++) if (elems[i].equals("internal")) last = i;
    if (last < 0) return true;
    Path parent = r.dir().toAbsolutePath().normalize();
    for (int i = last; i < elems.length; i++) {
      parent = parent.getParent();
      if (parent == null) return true;
    }
    Path imp = importerDir.toAbsolutePath().normalize();
    try {
      if (Files.exists(parent)) parent = parent.toRealPath();
      if (Files.exists(imp)) imp = imp.toRealPath();
    } catch (IOException e) {
      // compare as given
    }
    return imp.startsWith(parent);
  }
}
