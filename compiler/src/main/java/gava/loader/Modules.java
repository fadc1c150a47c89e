package gava.loader;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The main module's dependencies as the go command sees them: the -mod mode ({@code GOFLAGS=-mod=...}
 * or the {@code gava.mod} system property a command sets from its {@code -mod} flag), the vendor
 * directory when vendoring ({@link Vendor}, checked for consistency with go.mod first), else
 * go.sum ({@link GoSum}) and the module cache ({@link ModCache}). The build list is go.mod's
 * requirements (a tidy go 1.17+ go.mod lists every module the build needs), minus excluded
 * versions, each through its replacement. {@link #checkGraph} checks the go.mod of every required
 * module against go.sum as go does when it loads the module graph.
 */
public final class Modules {
  /** A problem that ends the command (go's base.Fatalf); the message is go's. */
  public static final class Fatal extends Exception {
    public Fatal(String message) {
      super(message);
    }
  }

  private final GoMod main;
  private final String modFlag;
  private final Vendor vendor;
  private final GoSum sum;
  private final ModCache cache;
  private final Map<String, String> buildList = new LinkedHashMap<>();
  private Map<String, String> env = Map.of();

  private Modules(GoMod main, String modFlag, Vendor vendor, GoSum sum, ModCache cache) {
    this.main = main;
    this.modFlag = modFlag;
    this.vendor = vendor;
    this.sum = sum;
    this.cache = cache;
    for (GoMod.Require r : main.requires()) {
      boolean excluded = main.excludes().stream().anyMatch(x -> x.path().equals(r.path()) && x.version().equals(r.version()));
      if (excluded) continue;
      String have = buildList.get(r.path());
      if (have == null || Semver.compare(r.version(), have) > 0) buildList.put(r.path(), r.version());
    }
    if (vendor == null && cache != null) selectVersions();
  }

  /**
   * Minimal version selection over the module graph, as go 1.19 loads it: each requirement's go.mod
   * (from the module cache) adds its own requirements; a module whose go.mod says go 1.17 or later
   * is pruned when the main module's is too (its requirements join the graph, their go.mod files are
   * not read), else the whole graph below it is read. Every module gets the highest version the
   * graph requires (excluded versions skipped). A go.mod that cannot be had is left out here (the
   * go.sum check of the build list reports it).
   */
  private void selectVersions() {
    boolean mainPruned = main.go() != null && Vendor.compareGo(main.go(), "1.17") >= 0;
    java.util.Set<String> loaded = new java.util.HashSet<>();
    java.util.ArrayDeque<GoMod.ModuleVersion> work = new java.util.ArrayDeque<>();
    for (Map.Entry<String, String> e : buildList.entrySet()) work.add(new GoMod.ModuleVersion(e.getKey(), e.getValue()));
    while (!work.isEmpty()) {
      GoMod.ModuleVersion mv = work.poll();
      if (!loaded.add(mv.path() + "@" + mv.version())) continue;
      GoMod dep = dependencyGoMod(mv.path(), mv.version());
      if (dep == null) continue;
      boolean pruned = mainPruned && dep.go() != null && Vendor.compareGo(dep.go(), "1.17") >= 0;
      for (GoMod.Require r : dep.requires()) {
        if (r.path().equals(main.module()) || excluded(r.path(), r.version())) continue;
        String have = buildList.get(r.path());
        if (have == null || Semver.compare(r.version(), have) > 0) buildList.put(r.path(), r.version());
        if (!pruned) work.add(new GoMod.ModuleVersion(r.path(), r.version()));
      }
    }
  }

  private boolean excluded(String path, String version) {
    return main.excludes().stream().anyMatch(x -> x.path().equals(path) && x.version().equals(version));
  }

  /** A required module's go.mod (through its replacement), or null when it cannot be read. */
  private GoMod dependencyGoMod(String path, String version) {
    GoMod.Replace rep = replacement(path, version);
    try {
      if (rep != null && rep.isLocal()) {
        java.nio.file.Path f = main.root().resolve(rep.newPath()).resolve("go.mod");
        return GoMod.read(f);
      }
      String p = rep != null ? rep.newPath() : path;
      String v = rep != null ? rep.newVersion() : version;
      return GoMod.parse(java.nio.file.Path.of(p + "@" + v, "go.mod"),
          new String(cache.goMod(p, v), java.nio.charset.StandardCharsets.UTF_8));
    } catch (IOException | GoMod.Malformed | ModCache.Failure | RuntimeException e) {
      return null;
    }
  }

  /** The requirements of go.mod that minimal version selection raised: path to selected version. */
  public Map<String, String> raised() {
    Map<String, String> out = new LinkedHashMap<>();
    for (GoMod.Require r : main.requires()) {
      String sel = buildList.get(r.path());
      if (sel != null && !sel.equals(r.version()) && !excluded(r.path(), r.version())) out.put(r.path(), sel);
    }
    return out;
  }

  /**
   * As go when the selected versions differ from go.mod's requirements: with -mod=mod go.mod is
   * rewritten with the selected versions; otherwise {@code go: updates to go.mod needed}.
   */
  private void updateRequirements() throws Fatal {
    Map<String, String> raised = raised();
    if (raised.isEmpty()) return;
    if (!"mod".equals(modFlag)) throw new Fatal("go: updates to go.mod needed; to update it:\n\tgo mod tidy");
    try {
      List<String> lines = new java.util.ArrayList<>(java.nio.file.Files.readAllLines(main.file()));
      for (int i = 0; i < main.requires().size() && i < main.requireLines().size(); i++) {
        GoMod.Require r = main.requires().get(i);
        String sel = raised.get(r.path());
        if (sel == null) continue;
        int ln = main.requireLines().get(i) - 1;
        if (ln < 0 || ln >= lines.size()) continue;
        lines.set(ln, lines.get(ln).replaceFirst("(" + java.util.regex.Pattern.quote(r.path()) + "\\s+)"
            + java.util.regex.Pattern.quote(r.version()), "$1" + java.util.regex.Matcher.quoteReplacement(sel)));
      }
      java.nio.file.Files.writeString(main.file(), String.join("\n", lines) + "\n");
    } catch (IOException e) {
      throw new Fatal("go: updating go.mod: " + e.getMessage());
    }
  }

  /** The -mod setting of the environment: {@code -mod=X} in GOFLAGS, overridden by the {@code gava.mod} property; else null. */
  public static String modFlag(Map<String, String> env) {
    String p = System.getProperty("gava.mod");
    if (p != null && !p.isEmpty()) return p;
    String flags = env.get("GOFLAGS");
    String mode = null;
    if (flags != null) {
      for (String f : flags.strip().split("\\s+")) {
        if (f.startsWith("-mod=")) mode = f.substring(5);
        else if (f.startsWith("--mod=")) mode = f.substring(6);
      }
    }
    return mode;
  }

  /** Sets up the main module's dependencies; vendor inconsistencies and a bad -mod are fatal. */
  public static Modules load(GoMod main, Map<String, String> env) throws Fatal {
    return load(main, env, Boolean.getBoolean("gava.tidy")); // (set by gava mod tidy)
  }

  /**
   * {@link #load}; {@code tidy}: as go mod tidy sees them (-mod=mod, and go.mod left as it is
   * when minimal version selection raised a requirement: tidy rewrites it).
   */
  public static Modules load(GoMod main, Map<String, String> env, boolean tidy) throws Fatal {
    String flag = tidy ? "mod" : modFlag(env);
    // (as go: GOROOT's own modules std and cmd always build from their vendor directories)
    if ("std".equals(main.module()) || "cmd".equals(main.module())) flag = "vendor";
    if (flag != null && !flag.isEmpty() && !List.of("mod", "readonly", "vendor").contains(flag)) {
      throw new Fatal("-mod=" + flag + " not supported (can be '', 'mod', 'readonly', or 'vendor')");
    }
    ModCache cache = ModCache.fromEnv(env);
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (int i = 0; i < main.requires().size(); i++) {
      GoMod.Require r = main.requires().get(i);
      if (!canonical(r.version())) {
        // (go would ask the proxy what the version means and rewrite go.mod)
        ModProxy proxy = ModProxy.fromEnv(env);
        String why = proxy.off() ? "module lookup disabled by GOPROXY=off"
            : "require " + r.path() + ": version \"" + r.version() + "\" invalid: must be of the form v1.2.3 (gava does not resolve version queries)";
        String where = main.requireLines().size() > i ? main.file() + ":" + main.requireLines().get(i) : main.file().toString();
        throw new Fatal("go: errors parsing " + shortPath(main.file()) + ":\n" + where + ": " + why);
      }
      if (!seen.add(r.path())) throw new Fatal("go: updates to go.mod needed; to update it:\n\tgo mod tidy");
    }
    try {
      if (Vendor.enabled(main, flag)) {
        Vendor v = Vendor.read(main);
        List<String> bad = v.check(main);
        if (!bad.isEmpty()) throw new Fatal(Vendor.inconsistent(main, bad));
        return new Modules(main, flag, v, null, cache);
      }
      Modules ms = new Modules(main, flag, null, GoSum.read(main.root()), cache);
      ms.env = env;
      if (!tidy) ms.updateRequirements();
      return ms;
    } catch (IOException e) {
      throw new Fatal("go: " + e.getMessage());
    }
  }

  /** module.CanonicalVersion(v) == v: a complete semantic version without build metadata (+incompatible allowed). */
  static boolean canonical(String v) {
    if (v == null || !Semver.isValid(v)) return false;
    String core = v.endsWith("+incompatible") ? v.substring(0, v.length() - "+incompatible".length()) : v;
    if (core.contains("+")) return false;
    String nums = core.substring(1).split("-", 2)[0];
    return nums.split("\\.").length == 3;
  }

  /** base.ShortPath: relative to the working directory when that is shorter. */
  static String shortPath(java.nio.file.Path p) {
    try {
      String rel = java.nio.file.Path.of("").toAbsolutePath().relativize(p.toAbsolutePath()).toString();
      return rel.length() < p.toString().length() ? rel : p.toString();
    } catch (IllegalArgumentException e) {
      return p.toString();
    }
  }

  public GoMod main() {
    return main;
  }

  /** The vendor directory's contents when vendoring, else null. */
  public Vendor vendor() {
    return vendor;
  }

  public GoSum sum() {
    return sum;
  }

  public ModCache cache() {
    return cache;
  }

  public String modFlag() {
    return modFlag;
  }

  /** Module path to selected version. */
  public Map<String, String> buildList() {
    return buildList;
  }

  /** The replacement of a module version (a versioned replace wins over an unversioned one), or null. */
  public GoMod.Replace replacement(String path, String version) {
    GoMod.Replace rep = null;
    for (GoMod.Replace r : main.replaces()) {
      if (!r.oldPath().equals(path)) continue;
      if (r.oldVersion() != null && !r.oldVersion().equals(version)) continue;
      if (rep == null || r.oldVersion() != null) rep = r;
    }
    return rep;
  }

  /**
   * With -mod=mod, as go: the hash of a module (or of its go.mod) missing from go.sum is computed
   * from the module cache (downloading if need be) and added to go.sum, unless the checksum
   * database would have to vouch for it (gava does not consult it: the error says so). Returns the
   * hash now recorded, or an empty list when the module cannot be had.
   */
  List<String> addSum(String path, String version, boolean goModOnly) throws ImportResolver.NotFound {
    if (GoSum.sumdbChecks(path, env)) {
      String db = env.getOrDefault("GOSUMDB", "sum.golang.org");
      throw new ImportResolver.NotFound(path + "@" + version + ": verifying " + (goModOnly ? "go.mod" : "module") + ": " + path + "@"
          + version + (goModOnly ? "/go.mod" : "") + ": gava does not consult the checksum database " + (db.isEmpty() ? "sum.golang.org" : db)
          + " (set GOSUMDB=off, or GONOSUMDB for these modules)", true);
    }
    try {
      String modHash = DirHash.goModHash(cache.goMod(path, version));
      if (goModOnly) {
        sum.add(path, version + "/go.mod", modHash);
        return List.of(modHash);
      }
      cache.ensureDir(path, version);
      String h = cache.zipHash(path, version);
      sum.add(path, version, h);
      if (sum.h1(path, version + "/go.mod").isEmpty()) sum.add(path, version + "/go.mod", modHash);
      return List.of(h);
    } catch (ModCache.Failure e) {
      throw new ImportResolver.NotFound(e.getMessage());
    } catch (java.io.IOException e) {
      throw new ImportResolver.NotFound("go: updating go.sum: " + e.getMessage(), true);
    }
  }

  /**
   * As go when it loads the module graph: each required module's go.mod (from the cache, fetched if
   * need be) must have its go.sum line and match it. Local replacements are not checked.
   */
  public void checkGraph() throws Fatal {
    if (vendor != null) return;
    java.util.Set<String> roots = new java.util.HashSet<>();
    for (GoMod.Require r : main.requires()) roots.add(r.path());
    for (Map.Entry<String, String> e : buildList.entrySet()) {
      if (!roots.contains(e.getKey())) continue; // (as go: a pruned graph reads only the requirements' go.mod files)
      GoMod.Replace rep = replacement(e.getKey(), e.getValue());
      if (rep != null && rep.isLocal()) continue;
      String path = rep != null ? rep.newPath() : e.getKey();
      String version = rep != null ? rep.newVersion() : e.getValue();
      List<String> want = sum.h1(path, version + "/go.mod");
      if (want.isEmpty() && "mod".equals(modFlag)) {
        try {
          want = addSum(path, version, true);
        } catch (ImportResolver.NotFound nf) {
          throw new Fatal(nf.fatal() ? nf.getMessage() : "go: " + nf.getMessage());
        }
      }
      if (want.isEmpty()) {
        throw new Fatal("go: " + path + "@" + version + ": missing go.sum entry; to add it:\n\tgo mod download " + path);
      }
      byte[] mod;
      try {
        mod = cache.goMod(path, version);
      } catch (ModCache.Failure f) {
        String m = f.getMessage();
        throw new Fatal("go: " + (m.startsWith(path + "@") ? m : path + "@" + version + ": " + m));
      }
      String got = DirHash.goModHash(mod);
      if (!want.contains(got)) throw new Fatal(GoSum.mismatch(path, version + "/go.mod", got, want.get(0)));
    }
  }
}
