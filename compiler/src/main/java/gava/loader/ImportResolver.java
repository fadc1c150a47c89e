package gava.loader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Maps an import path to the directory of its package, as the go command does in module mode:
 * std packages from GOROOT/src (and GOROOT/src/vendor for non-std paths imported by the std; a std
 * path GOROOT lacks but a {@code //gava:provide} overlay provides, e.g. {@code slices} on Go 1.19,
 * resolves to its absent GOROOT directory), the main module's packages by module path, then the
 * required modules (a local {@code replace} directory, else the module cache). Vendoring of the main
 * module is not supported yet.
 */
public final class ImportResolver {
  private final Path goroot;
  private final GoMod main;
  private final Path modCache;

  /** A resolved import: the package's canonical import path (e.g. vendor/golang.org/x/...) and directory. */
  public record Resolved(String importPath, Path dir, boolean standard) {}

  /** An import that resolves to no directory; the message is the go command's. */
  public static final class NotFound extends Exception {
    public NotFound(String message) {
      super(message);
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
        Resolved r = fromRequirements(path);
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

  /** The longest required module path that is a prefix of {@code path}, resolved through replace. */
  private Resolved fromRequirements(String path) throws NotFound {
    GoMod.Require best = null;
    for (GoMod.Require r : main.requires()) {
      if ((path.equals(r.path()) || path.startsWith(r.path() + "/"))
          && (best == null || r.path().length() > best.path().length())) {
        best = r;
      }
    }
    if (best == null) return null;
    String rest = path.equals(best.path()) ? "" : path.substring(best.path().length() + 1);
    GoMod.Replace rep = null;
    for (GoMod.Replace r : main.replaces()) {
      if (!r.oldPath().equals(best.path())) continue;
      if (r.oldVersion() != null && !r.oldVersion().equals(best.version())) continue;
      if (rep == null || r.oldVersion() != null) rep = r; // a versioned replacement wins
    }
    Path modDir;
    if (rep != null && rep.isLocal()) {
      modDir = main.root().resolve(rep.newPath()).normalize();
      if (!Files.isDirectory(modDir)) {
        throw new NotFound(best.path() + "@" + best.version() + ": replacement directory " + rep.newPath() + " does not exist");
      }
    } else {
      String mod = rep != null ? rep.newPath() : best.path();
      String ver = rep != null ? rep.newVersion() : best.version();
      if (modCache == null) throw new NotFound("no module cache for " + mod + "@" + ver);
      modDir = modCache.resolve(escapePath(mod) + "@" + escapePath(ver));
      if (!Files.isDirectory(modDir)) {
        throw new NotFound("missing module " + mod + "@" + ver + " (not in the module cache " + modCache
            + "; run 'go mod download " + mod + "')");
      }
    }
    Path d = rest.isEmpty() ? modDir : modDir.resolve(rest);
    if (!hasAnyGoFile(d)) {
      throw new NotFound("module " + best.path() + "@" + best.version() + " found, but does not contain package " + path);
    }
    return new Resolved(path, d, false);
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
