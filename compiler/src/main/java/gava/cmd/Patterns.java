package gava.cmd;

import gava.loader.GoMod;
import gava.loader.Goroot;
import gava.loader.ImportResolver;
import gava.loader.PackageDir;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The package patterns of the go command's build, test, list, vet and fmt, expanded as cmd/go's
 * module-mode loader does: none means {@code .}; a directory ({@code .}, {@code ./x}, {@code ../x},
 * {@code /abs}) names the package there; a {@code ...} wildcard matches every package below its
 * directory prefix (not {@code testdata}, {@code vendor}, names starting with {@code .} or {@code _},
 * nor nested modules); {@code std} is every standard package, {@code all} the main module's packages
 * and everything they (and their tests) import; an import path names a standard package, a package of
 * the main module or of a required module. Problems are worded as go words them:
 * <pre>
 *   pattern ./...: directory prefix . does not contain main module or its selected dependencies
 *   no Go files in /abs/dir
 *   package foo is not in GOROOT (/usr/lib/go-1.19/src/foo)
 *   go: warning: "./x/..." matched no packages
 * </pre>
 * Use {@link #expand}; {@link Result#pkgs} are in go's order (each pattern's matches sorted, the
 * patterns in command-line order, duplicates dropped).
 */
public final class Patterns {
  private Patterns() {}

  /**
   * A matched package: its import path and directory; {@code error} is the go command's message when
   * the pattern names no usable package (the package is then still listed, as go list -e does).
   */
  public record Pkg(String importPath, Path dir, boolean standard, List<String> match, String error) {}

  /**
   * The expansion: the packages (some with an error), fatal messages for patterns that match nothing
   * usable ({@code errors}, printed before anything else runs, exit status 1) and warnings (printed,
   * not fatal).
   */
  public record Result(List<Pkg> pkgs, List<String> errors, List<String> warnings) {
    /** The messages of the packages that have one. */
    public List<String> pkgErrors() {
      return pkgs.stream().filter(p -> p.error() != null).map(Pkg::error).toList();
    }

    /** Every problem: the fatal messages, then the packages' errors. */
    public List<String> allErrors() {
      List<String> all = new ArrayList<>(errors);
      all.addAll(pkgErrors());
      return all;
    }
  }

  /** The environment of an expansion: working directory, GOROOT (null if missing), main module (or null). */
  public record Env(Path cwd, Path goroot, GoMod main, String mainError) {
    /** From the process: the working directory, GOROOT as gava finds it, the go.mod above cwd. */
    public static Env current() {
      Path cwd = Path.of("").toAbsolutePath().normalize();
      Path goroot;
      try {
        goroot = Goroot.find().toAbsolutePath().normalize();
      } catch (Goroot.NotFound e) {
        goroot = null;
      }
      return of(cwd, goroot);
    }

    /** For the working directory {@code cwd} (its go.mod or a parent's is the main module). */
    public static Env of(Path cwd, Path goroot) {
      Path gm = "off".equals(System.getenv("GO111MODULE")) ? null : GoMod.findGoMod(cwd);
      if (gm == null) return new Env(cwd, goroot, null, null);
      try {
        return new Env(cwd, goroot, GoMod.read(gm), null);
      } catch (IOException | GoMod.Malformed e) {
        return new Env(cwd, goroot, null, "go: errors parsing " + gm + ":\n" + e.getMessage());
      }
    }

    /** GOROOT/src's path of {@code p} when it is in GOROOT/src (also through GOROOT's real path), else null. */
    Path relToSrc(Path p) {
      if (goroot == null) return null;
      Path src = goroot.resolve("src");
      if (p.startsWith(src)) return src.relativize(p);
      try {
        Path real = src.toRealPath();
        if (p.startsWith(real)) return real.relativize(p);
      } catch (IOException e) {
        // no GOROOT/src
      }
      return null;
    }

    ImportResolver resolver() {
      return new ImportResolver(goroot == null ? Path.of("/nonexistent-goroot") : goroot, main,
          ImportResolver.defaultModCache(System.getenv()));
    }
  }

  static final String NO_GO_MOD = "go: go.mod file not found in current directory or any parent directory; see 'go help modules'";

  /** Expands {@code patterns} in the process's environment. */
  public static Result expand(List<String> patterns) {
    return expand(patterns, Env.current());
  }

  /** Expands {@code patterns} in {@code env}. */
  public static Result expand(List<String> patterns, Env env) {
    if (patterns.isEmpty()) patterns = List.of(".");
    Map<String, Pkg> out = new LinkedHashMap<>();
    List<String> errors = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    if (env.mainError() != null) {
      errors.add(env.mainError());
      return new Result(List.of(), errors, warnings);
    }
    for (String pat : patterns) {
      List<Pkg> got = new ArrayList<>();
      if (isLocal(pat)) {
        if (pat.contains("...")) {
          String e = localWildcard(pat, env, got);
          if (e != null) {
            errors.add(e);
            continue;
          }
        } else {
          got.add(localDir(pat, env));
        }
      } else if (pat.equals("std") || pat.equals("cmd")) {
        for (Map.Entry<String, Path> e : stdPackages(env, pat.equals("cmd")).entrySet()) {
          got.add(new Pkg(e.getKey(), e.getValue(), true, List.of(pat), null));
        }
      } else if (pat.equals("all")) {
        if (env.main() == null) {
          errors.add("go: cannot match \"all\": go.mod file not found in current directory or any parent directory; see 'go help modules'");
          continue;
        }
        got.addAll(all(env));
      } else if (pat.contains("...")) {
        Pattern re = wildcard(pat);
        Map<String, Path> cands = new TreeMap<>();
        if (env.main() != null) cands.putAll(modulePackages(env));
        cands.putAll(stdPackages(env, pat.startsWith("cmd")));
        cands.forEach((ip, dir) -> {
          if (re.matcher(ip).matches()) got.add(new Pkg(ip, dir, ImportResolver.isStandardImportPath(ip), List.of(pat), null));
        });
      } else {
        got.add(importPath(pat, env));
      }
      if (got.isEmpty() && pat.contains("...")) warnings.add("go: warning: \"" + pat + "\" matched no packages");
      for (Pkg p : got) {
        Pkg old = out.get(p.importPath());
        if (old == null) {
          out.put(p.importPath(), p);
        } else if (!old.match().contains(pat)) {
          List<String> m = new ArrayList<>(old.match());
          m.add(pat);
          out.put(p.importPath(), new Pkg(old.importPath(), old.dir(), old.standard(), List.copyOf(m), old.error()));
        }
      }
    }
    return new Result(List.copyOf(out.values()), errors, warnings);
  }

  /** Whether a pattern names a directory rather than an import path. */
  public static boolean isLocal(String p) {
    return p.equals(".") || p.equals("..") || p.startsWith("./") || p.startsWith("../") || p.startsWith("/");
  }

  /** The package in directory {@code pat}. */
  private static Pkg localDir(String pat, Env env) {
    Path dir = env.cwd().resolve(pat).normalize();
    List<String> match = List.of(pat);
    if (!Files.isDirectory(dir)) {
      return new Pkg(pat, dir, false, match, Files.exists(dir) ? "stat " + dir + ": not a directory" : "stat " + dir + ": directory not found");
    }
    String ip = importPathOfDir(dir, env);
    boolean std = isGorootModule(env);
    if (ip == null) {
      Path rel = env.relToSrc(dir);
      if (rel != null && !rel.toString().isEmpty()) {
        ip = rel.toString();
        std = true;
      } else if (env.main() == null) {
        return new Pkg(pat, dir, false, match, NO_GO_MOD);
      } else {
        return new Pkg(pat, dir, false, match, "directory " + pat + " outside main module or its selected dependencies");
      }
    }
    String err = packageError(dir);
    return new Pkg(ip, dir, std, match, err);
  }

  /** go's message when {@code dir} has no package (no Go files, constraints exclude them ...), else null. */
  static String packageError(Path dir) {
    PackageDir pd = PackageDir.read(dir, GoFiles.CONTEXT, Path::toString);
    if (pd.name() != null) return pd.error();
    if (!pd.testFiles().isEmpty() && pd.ignored().isEmpty()) return null; // (a package of tests only)
    return pd.error();
  }

  /** The main module import path of a directory inside it (not in a nested module), or null. */
  static String importPathOfDir(Path dir, Env env) {
    if (env.main() == null) return null;
    Path root = env.main().root().toAbsolutePath().normalize();
    if (!dir.startsWith(root)) return null;
    Path gm = GoMod.findGoMod(dir);
    if (gm == null || !gm.toAbsolutePath().normalize().getParent().equals(root)) return null;
    String rel = root.relativize(dir).toString();
    if (isGorootModule(env)) {
      // (GOROOT/src's go.mod is module std, GOROOT/src/cmd's module cmd: their paths are not prefixed by "std")
      if (env.main().module().equals("std")) return rel.isEmpty() ? null : rel;
      return rel.isEmpty() ? "cmd" : "cmd/" + rel;
    }
    return rel.isEmpty() ? env.main().module() : env.main().module() + "/" + rel;
  }

  /** Whether the main module is GOROOT's std or cmd module. */
  static boolean isGorootModule(Env env) {
    return env.main() != null && (env.main().module().equals("std") || env.main().module().equals("cmd"))
        && env.relToSrc(env.main().root().toAbsolutePath().normalize()) != null;
  }

  /** {@code ./x/...}: the packages below the directory prefix; returns a fatal message or null. */
  private static String localWildcard(String pat, Env env, List<Pkg> got) {
    int i = pat.indexOf("...");
    String prefix = pat.substring(0, i);
    int slash = prefix.lastIndexOf('/');
    String dirPart = slash < 0 ? prefix : prefix.substring(0, slash + 1);
    Path base = env.cwd().resolve(dirPart.isEmpty() ? "." : dirPart).normalize();
    if (!Files.isDirectory(base)) {
      return "pattern " + pat + ": lstat " + dirPart + ": no such file or directory";
    }
    boolean inStd = env.relToSrc(base) != null;
    Path root = env.main() == null ? null : env.main().root().toAbsolutePath().normalize();
    boolean inMain = root != null && base.startsWith(root);
    if (!inMain && !inStd) {
      String shown = dirPart.endsWith("/") && dirPart.length() > 1 ? dirPart.substring(0, dirPart.length() - 1) : dirPart;
      return "pattern " + pat + ": directory prefix " + (shown.isEmpty() ? "." : shown) + " does not contain main module or its selected dependencies";
    }
    // match the directory path, made relative as the pattern is written, against the pattern
    Pattern re = wildcard(pat.endsWith("/...") ? pat.substring(0, pat.length() - 4) + "(/...)?" : pat);
    for (Path d : walk(base, inMain ? root : base)) {
      String rel = base.relativize(d).toString();
      String written = dirPart.isEmpty() ? (rel.isEmpty() ? "." : rel) : dirPart + rel;
      if (dirPart.isEmpty() && !rel.isEmpty() && pat.startsWith(".")) written = "./" + rel;
      if (written.endsWith("/")) written = written.substring(0, written.length() - 1);
      if (!re.matcher(written).matches() && !re.matcher(written + "/").matches()) continue;
      if (!hasPackage(d)) continue;
      String ip = inStd && !inMain ? env.relToSrc(d).toString() : importPathOfDir(d, env);
      if (ip == null || ip.isEmpty()) continue;
      got.add(new Pkg(ip, d, inStd, List.of(pat), packageError(d)));
    }
    got.sort((a, b) -> a.importPath().compareTo(b.importPath()));
    return null;
  }

  /** A regexp for a pattern: {@code ...} matches any string; {@code x/...} also matches {@code x}. */
  static Pattern wildcard(String pat) {
    StringBuilder sb = new StringBuilder();
    String p = pat;
    boolean optSuffix = false;
    if (p.endsWith("/...")) {
      p = p.substring(0, p.length() - 4);
      optSuffix = true;
    } else if (p.endsWith("(/...)?")) {
      p = p.substring(0, p.length() - 7);
      optSuffix = true;
    }
    String[] parts = p.split("\\.\\.\\.", -1);
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) sb.append(".*");
      sb.append(Pattern.quote(parts[i]));
    }
    if (optSuffix) sb.append("(/.*)?");
    return Pattern.compile(sb.toString());
  }

  /** Whether go would list a package in {@code dir} (it has Go files, tests count, of one package or not). */
  static boolean hasPackage(Path dir) {
    return hasPackage(dir, GoFiles.CONTEXT);
  }

  /** go list's context for std: gava's, but compiler gc (as the std's files for gc are what gava compiles). */
  private static final gava.loader.BuildContext STD_LIST = GoFiles.CONTEXT.withCompiler("gc");

  static boolean hasPackage(Path dir, gava.loader.BuildContext ctx) {
    PackageDir pd = PackageDir.read(dir, ctx, Path::toString);
    return pd.name() != null || (pd.error() != null && pd.error().startsWith("found packages"))
        || !pd.testFiles().isEmpty() && ListPackage.hasTestFiles(dir, pd, ctx);
  }

  /**
   * The directories below {@code start} (itself included) that a {@code ...} walk visits: not testdata,
   * vendor, names starting with '.' or '_', nor directories of another module than {@code moduleRoot}'s.
   */
  static List<Path> walk(Path start, Path moduleRoot) {
    List<Path> out = new ArrayList<>();
    Deque<Path> todo = new ArrayDeque<>();
    todo.push(start);
    while (!todo.isEmpty()) {
      Path d = todo.pop();
      out.add(d);
      List<Path> subs;
      try (Stream<Path> s = Files.list(d)) {
        subs = s.filter(Files::isDirectory).sorted().toList();
      } catch (IOException e) {
        continue;
      }
      for (int i = subs.size() - 1; i >= 0; i--) {
        Path sub = subs.get(i);
        String n = sub.getFileName().toString();
        if (n.startsWith(".") || n.startsWith("_") || n.equals("testdata") || n.equals("vendor")) continue;
        if (Files.isRegularFile(sub.resolve("go.mod")) && !sub.equals(moduleRoot)) continue;
        todo.push(sub);
      }
    }
    out.sort(null);
    return out;
  }

  /** The standard packages (import path to directory), {@code cmd} or else the rest of GOROOT/src. */
  static Map<String, Path> stdPackages(Env env, boolean cmd) {
    Map<String, Path> out = new TreeMap<>();
    if (env.goroot() == null) return out;
    Path src = env.goroot().resolve("src");
    if (!Files.isDirectory(src)) return out;
    List<Path> dirs = new ArrayList<>(walk(src, null));
    if (!cmd && Files.isDirectory(src.resolve("vendor"))) dirs.addAll(walk(src.resolve("vendor"), null));
    for (Path d : dirs) {
      if (d.equals(src) || d.equals(src.resolve("vendor"))) continue;
      String ip = src.relativize(d).toString();
      boolean isCmd = ip.equals("cmd") || ip.startsWith("cmd/");
      if (isCmd != cmd) continue;
      if (ip.equals("builtin")) continue;
      if (!hasPackage(d) && !hasPackage(d, STD_LIST)) continue;
      out.put(ip, d);
    }
    return out;
  }

  /** The main module's packages (import path to directory). */
  static Map<String, Path> modulePackages(Env env) {
    Map<String, Path> out = new TreeMap<>();
    Path root = env.main().root().toAbsolutePath().normalize();
    for (Path d : walk(root, root)) {
      if (!hasPackage(d)) continue;
      String ip = importPathOfDir(d, env);
      if (ip != null) out.put(ip, d);
    }
    return out;
  }

  /** An import path pattern without wildcards. */
  private static Pkg importPath(String pat, Env env) {
    ImportResolver r = env.resolver();
    try {
      ImportResolver.Resolved res = r.resolve(pat, null, false);
      return new Pkg(res.importPath(), res.dir(), res.standard(), List.of(pat), packageError(res.dir()));
    } catch (ImportResolver.NotFound e) {
      String msg = e.getMessage();
      if (env.main() == null && !ImportResolver.isStandardImportPath(pat)) {
        msg = "no required module provides package " + pat + ": go.mod file not found in current directory or any parent directory; see 'go help modules'";
      }
      return new Pkg(pat, null, ImportResolver.isStandardImportPath(pat), List.of(pat), msg);
    }
  }

  /** {@code all}: the main module's packages and, transitively, what they and their tests import. */
  private static List<Pkg> all(Env env) {
    Map<String, Path> main = modulePackages(env);
    ImportResolver r = env.resolver();
    Map<String, Pkg> seen = new TreeMap<>();
    Deque<String[]> todo = new ArrayDeque<>();
    main.forEach((ip, d) -> {
      seen.put(ip, new Pkg(ip, d, false, List.of("all"), packageError(d)));
      for (String imp : ListPackage.imports(d, true)) todo.add(new String[] {imp, ip});
    });
    while (!todo.isEmpty()) {
      String[] e = todo.pop();
      String imp = e[0];
      if (imp.equals("C") || imp.equals("unsafe") && seen.containsKey("unsafe")) continue;
      Pkg importer = seen.get(e[1]);
      try {
        ImportResolver.Resolved res = r.resolve(imp, importer == null ? null : importer.importPath(),
            importer != null && importer.standard());
        if (seen.containsKey(res.importPath())) continue;
        seen.put(res.importPath(), new Pkg(res.importPath(), res.dir(), res.standard(), List.of("all"), null));
        for (String i2 : ListPackage.imports(res.dir(), false)) todo.add(new String[] {i2, res.importPath()});
      } catch (ImportResolver.NotFound ex) {
        if (!seen.containsKey(imp)) seen.put(imp, new Pkg(imp, null, ImportResolver.isStandardImportPath(imp), List.of("all"), ex.getMessage()));
      }
    }
    return new ArrayList<>(seen.values());
  }

  /** Sorted unique strings. */
  static List<String> sorted(Iterable<String> xs) {
    TreeSet<String> s = new TreeSet<>();
    xs.forEach(s::add);
    return List.copyOf(s);
  }
}
