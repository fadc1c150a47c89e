package gava.cmd;

import gava.loader.DirHash;
import gava.loader.GoMod;
import gava.loader.ModCache;
import gava.loader.Modules;
import gava.loader.Semver;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@code gava mod tidy}, as go 1.19's without network: the packages of the main module and what
 * they and their tests import (the pattern {@code all}) decide the requirements. Each module
 * providing one of those packages is required at the version minimal version selection picks
 * ({@link Modules}); the others are dropped. A go 1.17+ go.mod gets a block of direct requirements
 * and one of {@code // indirect} ones (go 1.16 and older: one block, indirect ones marked); the
 * other statements stay as they are. go.sum keeps the lines of the required modules' go.mod files
 * and the module hashes of those providing packages, sorted. A package that no required module
 * provides is reported as go reports it with {@code GOPROXY=off} (gava does not look modules up).
 */
final class ModTidy {
  private ModTidy() {}

  static int tidy(String[] args, PrintStream err) {
    for (String a : args) {
      err.println(a.startsWith("-") ? "flag provided but not defined: " + a : "go mod tidy: no arguments allowed");
      err.println("usage: go mod tidy [-e] [-v] [-go=version] [-compat=version]");
      err.println("Run 'go help mod tidy' for details.");
      return 2;
    }
    System.setProperty("gava.tidy", "true");
    Path gm = GoMod.findGoMod(Path.of("").toAbsolutePath());
    if (gm == null) {
      err.println("go: go.mod file not found in current directory or any parent directory; see 'go help modules'");
      return 1;
    }
    GoMod main;
    Modules ms;
    try {
      main = GoMod.read(gm);
      ms = Modules.load(main, System.getenv(), true);
    } catch (GoMod.Malformed e) {
      err.println("go: errors parsing go.mod:\n" + e.getMessage());
      return 1;
    } catch (IOException e) {
      err.println("go: " + e.getMessage());
      return 1;
    } catch (Modules.Fatal e) {
      err.println(e.getMessage());
      return 1;
    }
    Patterns.Result all = Patterns.expand(List.of("all"));
    if (!all.errors().isEmpty()) {
      all.errors().forEach(err::println);
      return 1;
    }
    // the module of every package outside the main module and the standard library
    Map<String, String> providing = new TreeMap<>(); // module path -> selected version
    TreeSet<String> direct = new TreeSet<>();
    java.util.Set<String> mainImports = new java.util.HashSet<>();
    for (Map.Entry<String, Path> e : Patterns.modulePackages(Patterns.Env.current()).entrySet()) {
      mainImports.addAll(ListPackage.imports(e.getValue(), true));
    }
    for (Patterns.Pkg p : all.pkgs()) {
      if (p.standard() || p.importPath().equals(main.module()) || p.importPath().startsWith(main.module() + "/")) continue;
      String mod = moduleOf(p.importPath(), ms.buildList());
      if (mod == null || p.dir() == null) {
        err.println("go: finding module for package " + p.importPath());
        err.println(main.module() + " imports");
        err.println("\t" + p.importPath() + ": cannot find module providing package " + p.importPath()
            + ": module lookup disabled by GOPROXY=off");
        return 1;
      }
      providing.put(mod, ms.buildList().get(mod));
      if (mainImports.contains(p.importPath())) direct.add(mod);
    }
    try {
      writeGoMod(main, providing, direct);
      writeGoSum(main, ms, providing);
    } catch (IOException | ModCache.Failure e) {
      err.println("go: " + e.getMessage());
      return 1;
    }
    return 0;
  }

  /** The module of the build list providing an import path (the longest module path prefix). */
  static String moduleOf(String importPath, Map<String, String> buildList) {
    String best = null;
    for (String m : buildList.keySet()) {
      if ((importPath.equals(m) || importPath.startsWith(m + "/")) && (best == null || m.length() > best.length())) best = m;
    }
    return best;
  }

  /** go.mod with its require statements replaced by the tidy ones. */
  static void writeGoMod(GoMod main, Map<String, String> reqs, java.util.Set<String> direct) throws IOException {
    String text = Files.readString(main.file());
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) lines.remove(lines.size() - 1);
    List<String> kept = new ArrayList<>();
    int at = -1;
    boolean inBlock = false;
    for (String l : lines) {
      String t = l.strip();
      if (inBlock) {
        if (t.startsWith(")")) inBlock = false;
        continue;
      }
      if (t.startsWith("require ") || t.startsWith("require(") || t.equals("require")) {
        if (at < 0) at = kept.size();
        if (t.replace(" ", "").startsWith("require(") && !t.endsWith(")")) inBlock = true;
        continue;
      }
      kept.add(l);
    }
    boolean pruned = main.go() != null && Semver.compare("v" + main.go() + (main.go().chars().filter(c -> c == '.').count() == 1 ? ".0" : ""), "v1.17.0") >= 0;
    List<String> block = new ArrayList<>();
    if (pruned) {
      Map<String, String> d = new TreeMap<>();
      Map<String, String> ind = new TreeMap<>();
      reqs.forEach((m, v) -> (direct.contains(m) ? d : ind).put(m, v));
      addBlock(block, d, java.util.Set.of());
      addBlock(block, ind, ind.keySet());
    } else {
      addBlock(block, reqs, reqs.keySet().stream().filter(m -> !direct.contains(m)).collect(java.util.stream.Collectors.toSet()));
    }
    // (the requirements go where the first require statement was, else after the other statements)
    if (at < 0) {
      while (!kept.isEmpty() && kept.get(kept.size() - 1).isBlank()) kept.remove(kept.size() - 1);
      at = kept.size();
      if (!block.isEmpty()) kept.add("");
      at = kept.size();
    }
    kept.addAll(at, block);
    // (blank lines: one between statements, none at the end)
    List<String> out = new ArrayList<>();
    for (String l : kept) {
      if (l.isBlank() && (out.isEmpty() || out.get(out.size() - 1).isBlank())) continue;
      out.add(l);
    }
    while (!out.isEmpty() && out.get(out.size() - 1).isBlank()) out.remove(out.size() - 1);
    String result = String.join("\n", out) + "\n";
    if (!result.equals(text)) Files.writeString(main.file(), result);
  }

  /** One require statement (a block for several), each followed by a blank line. */
  private static void addBlock(List<String> out, Map<String, String> reqs, java.util.Set<String> indirect) {
    if (reqs.isEmpty()) return;
    if (reqs.size() == 1) {
      Map.Entry<String, String> e = reqs.entrySet().iterator().next();
      out.add("require " + e.getKey() + " " + e.getValue() + (indirect.contains(e.getKey()) ? " // indirect" : ""));
    } else {
      out.add("require (");
      reqs.forEach((m, v) -> out.add("\t" + m + " " + v + (indirect.contains(m) ? " // indirect" : "")));
      out.add(")");
    }
    out.add("");
  }

  /** go.sum with the lines the tidy requirements need, sorted as go writes it. */
  static void writeGoSum(GoMod main, Modules ms, Map<String, String> reqs) throws IOException, ModCache.Failure {
    TreeMap<String, TreeMap<String, String>> lines = new TreeMap<>();
    for (Map.Entry<String, String> e : reqs.entrySet()) {
      GoMod.Replace rep = ms.replacement(e.getKey(), e.getValue());
      if (rep != null && rep.isLocal()) continue;
      String path = rep != null ? rep.newPath() : e.getKey();
      String version = rep != null ? rep.newVersion() : e.getValue();
      TreeMap<String, String> vs = lines.computeIfAbsent(path, k -> new TreeMap<>((a, b) -> {
        String va = a.replace("/go.mod", "");
        String vb = b.replace("/go.mod", "");
        int c = Semver.compare(va, vb);
        return c != 0 ? c : a.compareTo(b);
      }));
      ms.cache().ensureDir(path, version);
      vs.put(version, ms.cache().zipHash(path, version));
      vs.put(version + "/go.mod", DirHash.goModHash(ms.cache().goMod(path, version)));
    }
    StringBuilder sb = new StringBuilder();
    lines.forEach((p, vs) -> vs.forEach((v, h) -> sb.append(p).append(' ').append(v).append(' ').append(h).append('\n')));
    Path sum = main.root().resolve("go.sum");
    if (sb.isEmpty() && !Files.exists(sum)) return;
    if (!Files.exists(sum) || !Files.readString(sum).equals(sb.toString())) Files.writeString(sum, sb.toString());
  }
}
