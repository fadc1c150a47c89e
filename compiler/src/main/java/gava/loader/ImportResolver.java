package gava.loader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Maps an import path to the directory of its package, as the go command does in module mode:
 * std packages from GOROOT/src (and GOROOT/src/vendor for non-std paths imported by the std; a std
 * path GOROOT lacks but a {@code //gava:provide} overlay provides, e.g. {@code slices} on Go 1.19,
 * resolves to its absent GOROOT directory), the main module's packages by module path, then the
 * required modules ({@link Modules}: vendor/ when vendoring, else a local {@code replace} directory
 * or the module cache, downloaded through GOPROXY if need be, checked against go.sum).
 */
public final class ImportResolver {
  private final Path goroot;
  private final GoMod main;
  private final Path modCache;
  private Modules modules;
  private boolean modulesTried;
  /** Packages of required modules resolved so far: their module's path@version (for go get hints). */
  private final Map<String, String> moduleOf = new java.util.HashMap<>();

  /** A resolved import: the package's canonical import path (e.g. vendor/golang.org/x/...) and directory. */
  public record Resolved(String importPath, Path dir, boolean standard) {}

  /** An import that resolves to no directory; the message is the go command's. */
  public static final class NotFound extends Exception {
    private final boolean fatal;

    public NotFound(String message) {
      this(message, false);
    }

    /** {@code fatal}: the go command stops at this one (a checksum mismatch), printed without position. */
    public NotFound(String message, boolean fatal) {
      super(message);
      this.fatal = fatal;
    }

    public boolean fatal() {
      return fatal;
    }
  }

  /**
   * @param goroot the GOROOT
   * @param main the main module, or null outside a module
   * @param modCache the module cache (GOMODCACHE), or null
   */
  public ImportResolver(Path goroot, GoMod main, Path modCache) {
    this.goroot = goroot;
    this.main = main;
    this.modCache = modCache;
  }

  /** A resolver for the main module's dependencies as {@link Modules} sets them up (vendor, go.sum, cache). */
  public ImportResolver(Path goroot, Modules modules) {
    this(goroot, modules.main(), modules.cache().root());
    this.modules = modules;
    this.modulesTried = true;
  }

  /** The main module's dependencies (set up from the process environment if not given; null if that fails). */
  private Modules modules() {
    if (!modulesTried && main != null) {
      modulesTried = true;
      try {
        modules = Modules.load(main, System.getenv());
      } catch (Modules.Fatal e) {
        modules = null;
      }
    }
    return modules;
  }

  /** $GOMODCACHE, else the first $GOPATH element's pkg/mod, else ~/go/pkg/mod. */
  public static Path defaultModCache(Map<String, String> env) {
    String mc = env.get("GOMODCACHE");
    if (mc != null && !mc.isBlank()) return Path.of(mc);
    String gp = env.get("GOPATH");
    if (gp != null && !gp.isBlank()) return Path.of(gp.split(java.io.File.pathSeparator)[0], "pkg", "mod");
    String home = env.getOrDefault("HOME", System.getProperty("user.home"));
    return home == null ? null : Path.of(home, "go", "pkg", "mod");
  }

  public Path goroot() {
    return goroot;
  }

  public GoMod mainModule() {
    return main;
  }

  /** search.IsStandardImportPath: the first path element has no dot. */
  public static boolean isStandardImportPath(String path) {
    int i = path.indexOf('/');
    String first = i < 0 ? path : path.substring(0, i);
    return !first.contains(".");
  }

  /** Whether an import path is syntactically relative ("./x", "../x", ".", ".."). */
  public static boolean isRelative(String path) {
    return path.equals(".") || path.equals("..") || path.startsWith("./") || path.startsWith("../");
  }

  /**
   * Resolves {@code path} imported by the package {@code importer} (its canonical import path, or
   * null for the main package of a command line).
   */
  public Resolved resolve(String path, String importer, boolean importerIsStd) throws NotFound {
    if (isRelative(path)) {
      throw new NotFound("\"" + path + "\" is relative, but relative import paths are not supported in module mode");
    }
    Path src = goroot.resolve("src");
    if (importerIsStd && !isStandardImportPath(path)) {
      String prefix = importer != null && (importer.equals("cmd") || importer.startsWith("cmd/")) ? "cmd/vendor/" : "vendor/";
      Path d = src.resolve(prefix + path);
      if (hasGoFiles(d)) return new Resolved(prefix + path, d, true);
    }
    if (isStandardImportPath(path)) {
      Path d = src.resolve(path);
      if (hasGoFiles(d)) return new Resolved(path, d, true);
      // a std package newer than this GOROOT (slices on Go 1.19) that gava provides as an overlay
      if (!Files.exists(d) && Overlay.provides(path)) return new Resolved(path, d, true);
    }
    if (main != null && main.module() != null) {
      String mp = main.module();
      if (path.equals(mp) || path.startsWith(mp + "/")) {
        Path d = path.equals(mp) ? main.root() : main.root().resolve(path.substring(mp.length() + 1));
        if (hasGoFiles(d)) return new Resolved(path, d, false);
      } else {
        Resolved r = fromRequirements(path, importer);
        if (r != null) return r;
      }
    }
    if (isStandardImportPath(path)) {
      throw new NotFound("package " + path + " is not in GOROOT (" + src.resolve(path) + ")");
    }
    if (main == null) {
      throw new NotFound("no required module provides package " + path
          + ": go.mod file not found in current directory or any parent directory; see 'go help modules'");
    }
    throw new NotFound("no required module provides package " + path + "; to add it:\n\tgo get " + path);
  }

  /**
   * The package of a required module: from vendor/ when vendoring, else the longest module path of
   * the build list that is a prefix of {@code path}, through its replacement (a local directory, or
   * another module version), from the module cache (downloaded if need be) after checking go.sum.
   */
  private Resolved fromRequirements(String path, String importer) throws NotFound {
    Modules ms = modules();
    if (ms != null && ms.vendor() != null) return fromVendor(ms.vendor(), path);
    Map<String, String> list = ms != null ? ms.buildList() : requireMap();
    String best = null;
    for (String m : list.keySet()) {
      if ((path.equals(m) || path.startsWith(m + "/")) && (best == null || m.length() > best.length())) best = m;
    }
    if (best == null) return null;
    String bestVersion = list.get(best);
    String rest = path.equals(best) ? "" : path.substring(best.length() + 1);
    GoMod.Replace rep = ms != null ? ms.replacement(best, bestVersion) : null;
    Path modDir;
    if (rep != null && rep.isLocal()) {
      modDir = main.root().resolve(rep.newPath()).normalize();
      if (!Files.isDirectory(modDir)) {
        throw new NotFound(best + "@" + bestVersion + ": replacement directory " + rep.newPath() + " does not exist");
      }
    } else {
      String mod = rep != null ? rep.newPath() : best;
      String ver = rep != null ? rep.newVersion() : bestVersion;
      if (ms == null) {
        if (modCache == null) throw new NotFound("no module cache for " + mod + "@" + ver);
        modDir = modCache.resolve(escapePath(mod) + "@" + escapePath(ver));
        if (!Files.isDirectory(modDir)) throw new NotFound("missing module " + mod + "@" + ver + " (not in the module cache " + modCache + ")");
      } else {
        List<String> want = ms.sum().h1(mod, ver);
        if (want.isEmpty() && "mod".equals(ms.modFlag())) want = ms.addSum(mod, ver, false);
        if (want.isEmpty()) {
          String imp = importer == null || importer.equals(Loader.COMMAND_LINE) ? main.module() : importer;
          String get = moduleOf.getOrDefault(imp, imp);
          throw new NotFound("missing go.sum entry for module providing package " + path + " (imported by " + imp
              + "); to add:\n\tgo get " + get);
        }
        try {
          modDir = ms.cache().ensureDir(mod, ver);
          String got = ms.cache().zipHash(mod, ver);
          if (!want.contains(got)) throw new NotFound(GoSum.mismatch(mod, ver, got, want.get(0)), true);
        } catch (ModCache.Failure e) {
          throw new NotFound(e.getMessage());
        }
      }
    }
    Path d = rest.isEmpty() ? modDir : modDir.resolve(rest);
    if (!hasAnyGoFile(d)) {
      throw new NotFound("module " + best + "@" + bestVersion + " found, but does not contain package " + path);
    }
    moduleOf.put(path, best + "@" + bestVersion);
    return new Resolved(path, d, false);
  }

  /** A package from vendor/ ({@code cannot find package "." in: DIR} as go, when absent). */
  private Resolved fromVendor(Vendor v, String path) throws NotFound {
    Path d = v.packageDir(path);
    if (hasGoFiles(d)) return new Resolved(path, d, false);
    throw new NotFound("cannot find package \".\" in:\n\t" + d);
  }

  private Map<String, String> requireMap() {
    Map<String, String> m = new java.util.LinkedHashMap<>();
    for (GoMod.Require r : main.requires()) m.put(r.path(), r.version());
    return m;
  }

  /** module.EscapePath: each upper-case letter becomes '!' and its lower-case form. */
  public static String escapePath(String p) {
    StringBuilder sb = new StringBuilder();
    for (char c : p.toCharArray()) {
      if (c >= 'A' && c <= 'Z') sb.append('!').append((char) (c + ('a' - 'A')));
      else sb.append(c);
    }
    return sb.toString();
  }

  static boolean hasGoFiles(Path d) {
    return Files.isDirectory(d) && hasAnyGoFile(d);
  }

  /** Whether the directory holds any .go file (regardless of build constraints). */
  static boolean hasAnyGoFile(Path d) {
    if (!Files.isDirectory(d)) return false;
    try (Stream<Path> s = Files.list(d)) {
      return s.anyMatch(p -> p.getFileName().toString().endsWith(".go") && !Files.isDirectory(p));
    } catch (IOException e) {
      return false;
    }
  }
}
