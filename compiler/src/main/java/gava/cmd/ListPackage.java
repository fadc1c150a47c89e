package gava.cmd;

import gava.loader.FileHeader;
import gava.loader.GoMod;
import gava.loader.ImportResolver;
import gava.loader.PackageDir;
import gava.syntax.Source;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What {@code gava list} knows of a package, the fields of cmd/go's {@code Package} struct that it
 * fills (as a map from field name to value: String, Boolean, List or a nested Map), read from the
 * package's file headers under gava's build context (linux/amd64): Dir, ImportPath, Name, Root,
 * Module, Match, Goroot, Standard, GoFiles, IgnoredGoFiles, EmbedPatterns, EmbedFiles, Imports, Deps, TestGoFiles, TestImports,
 * XTestGoFiles, XTestImports, Error.
 */
final class ListPackage {
  private ListPackage() {}

  /** The imports of the package in {@code dir} (sorted, unique), with its tests' when {@code tests}. */
  static List<String> imports(Path dir, boolean tests) {
    if (dir == null) return List.of();
    TreeSet<String> s = new TreeSet<>();
    PackageDir pd = PackageDir.read(dir, GoFiles.CONTEXT, Path::toString);
    for (PackageDir.GoFile f : pd.files()) f.header().imports().forEach(i -> s.add(i.path()));
    if (tests) {
      for (FileHeader h : testHeaders(dir, pd).values()) h.imports().forEach(i -> s.add(i.path()));
    }
    return List.copyOf(s);
  }

  /** Whether the build context keeps one of the package's _test.go files. */
  static boolean hasTestFiles(Path dir, PackageDir pd, gava.loader.BuildContext ctx) {
    return !testHeaders(dir, pd, ctx).isEmpty();
  }

  /** The headers of the package's _test.go files that the build context keeps, by file name. */
  private static Map<String, FileHeader> testHeaders(Path dir, PackageDir pd) {
    return testHeaders(dir, pd, GoFiles.CONTEXT);
  }

  private static Map<String, FileHeader> testHeaders(Path dir, PackageDir pd, gava.loader.BuildContext ctx) {
    Map<String, FileHeader> out = new LinkedHashMap<>();
    for (String n : pd.testFiles().stream().sorted().toList()) {
      if (!ctx.goodOSArchFile(n)) continue;
      try {
        FileHeader h = FileHeader.read(new Source(n, Files.readAllBytes(dir.resolve(n))));
        if (PackageDir.shouldBuild(h, ctx) && h.packageName() != null) out.put(n, h);
      } catch (IOException e) {
        // unreadable: skipped
      }
    }
    return out;
  }

  /** The fields of {@code p}; {@code deps} computes Deps (it reads every dependency's headers). */
  static Map<String, Object> fields(Patterns.Pkg p, Patterns.Env env, boolean deps) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("Dir", p.dir() == null ? "" : p.dir().toString());
    m.put("ImportPath", p.importPath());
    PackageDir pd = p.dir() == null || !Files.isDirectory(p.dir()) ? null : PackageDir.read(p.dir(), GoFiles.CONTEXT, Path::toString);
    String name = pd == null || pd.name() == null ? "" : pd.name();
    Map<String, FileHeader> th = pd == null ? Map.of() : testHeaders(p.dir(), pd);
    if (name.isEmpty()) {
      for (FileHeader h : th.values()) {
        if (!h.packageName().endsWith("_test")) name = h.packageName();
      }
    }
    m.put("Name", name);
    m.put("Doc", pd == null ? "" : doc(pd));
    if (p.dir() == null) {
      // (a package that was not found: no Root)
    } else if (p.standard()) {
      m.put("Target", "");
      m.put("Root", env.goroot() == null ? "" : env.goroot().toString());
    } else if (env.main() != null && p.dir().startsWith(env.main().root())) {
      m.put("Root", env.main().root().toString());
      GoMod gm = env.main();
      Map<String, Object> mod = new LinkedHashMap<>();
      mod.put("Path", gm.module());
      mod.put("Main", true);
      mod.put("Dir", gm.root().toString());
      mod.put("GoMod", gm.file().toAbsolutePath().toString());
      mod.put("GoVersion", gm.go() == null ? "" : gm.go());
      m.put("Module", mod);
    }
    m.put("Match", p.match());
    m.put("Goroot", p.standard() && p.dir() != null);
    m.put("Standard", p.standard() && p.dir() != null);
    List<String> goFiles = new ArrayList<>(), ignored = new ArrayList<>(), tests = new ArrayList<>(), xtests = new ArrayList<>();
    TreeSet<String> imports = new TreeSet<>(), testImports = new TreeSet<>(), xtestImports = new TreeSet<>();
    if (pd != null) {
      for (PackageDir.GoFile f : pd.files()) {
        goFiles.add(f.path().getFileName().toString());
        f.header().imports().forEach(i -> imports.add(i.path()));
      }
      ignored.addAll(pd.ignored());
      String base = name;
      th.forEach((n, h) -> {
        boolean ext = h.packageName().equals(base + "_test");
        (ext ? xtests : tests).add(n);
        h.imports().forEach(i -> (ext ? xtestImports : testImports).add(i.path()));
      });
    }
    m.put("GoFiles", goFiles);
    m.put("IgnoredGoFiles", ignored);
    if (pd != null && !p.standard()) { // //go:embed patterns and the files they match (empty on an error)
      Map<String, List<gava.syntax.Pos>> pats = gava.loader.EmbedPatterns.collect(pd.files());
      m.put("EmbedPatterns", List.copyOf(pats.keySet()));
      m.put("EmbedFiles", pats.isEmpty() ? List.of() : gava.loader.EmbedPatterns.resolve(p.dir(), pats).files());
    }
    m.put("Imports", List.copyOf(imports));
    m.put("Deps", deps ? deps(p, imports, env) : List.of());
    m.put("TestGoFiles", tests);
    m.put("TestImports", List.copyOf(testImports));
    m.put("XTestGoFiles", xtests);
    m.put("XTestImports", List.copyOf(xtestImports));
    if (p.error() != null) {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("Err", p.error());
      m.put("Error", e);
      m.put("Incomplete", true);
    }
    return m;
  }

  /**
   * The package's synopsis, as go/doc's Synopsis: the first sentence of the first file's comment
   * that ends right before the package clause.
   */
  static String doc(PackageDir pd) {
    for (PackageDir.GoFile f : pd.files()) {
      String text = new String(f.source().bytes(), java.nio.charset.StandardCharsets.UTF_8);
      if (f.header().packagePos() == null) continue;
      String[] all = text.split("\n", -1);
      int end = Math.min(f.header().packagePos().line() - 1, all.length); // (the package clause's line, 0-based)
      String[] lines = java.util.Arrays.copyOf(all, end + 1);
      StringBuilder sb = new StringBuilder();
      int i = end - 1;
      if (i >= 0 && lines[i].strip().endsWith("*/")) {
        int j = i;
        while (j >= 0 && !lines[j].contains("/*")) j--;
        if (j < 0) continue;
        for (int k = j; k <= i; k++) sb.append(lines[k].replace("/*", "").replace("*/", "")).append('\n');
      } else {
        int j = i;
        while (j >= 0 && lines[j].strip().startsWith("//") && !lines[j].strip().startsWith("//go:")) j--;
        if (j == i) continue;
        for (int k = j + 1; k <= i; k++) sb.append(lines[k].strip().substring(2)).append('\n');
      }
      String d = sb.toString().strip().replaceAll("\\s+", " ");
      if (d.isEmpty()) continue;
      java.util.regex.Matcher s = java.util.regex.Pattern.compile("[.!?](\\s|$)").matcher(d);
      return s.find() ? d.substring(0, s.start() + 1) : d;
    }
    return "";
  }

  /** The transitive imports of a package (canonical paths, sorted). */
  static List<String> deps(Patterns.Pkg p, Iterable<String> imports, Patterns.Env env) {
    ImportResolver r = env.resolver();
    TreeSet<String> seen = new TreeSet<>();
    Deque<String[]> todo = new ArrayDeque<>();
    for (String i : imports) todo.add(new String[] {i, p.importPath(), Boolean.toString(p.standard())});
    while (!todo.isEmpty()) {
      String[] e = todo.pop();
      if (e[0].equals("C")) continue;
      try {
        ImportResolver.Resolved res = r.resolve(e[0], e[1], Boolean.parseBoolean(e[2]));
        if (!seen.add(res.importPath())) continue;
        if (res.importPath().equals("unsafe")) continue;
        for (String i : imports(res.dir(), false)) todo.add(new String[] {i, res.importPath(), Boolean.toString(res.standard())});
      } catch (ImportResolver.NotFound ex) {
        seen.add(e[0]);
      }
    }
    return List.copyOf(seen);
  }
}
