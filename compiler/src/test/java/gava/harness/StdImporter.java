package gava.harness;

import gava.loader.BuildContext;
import gava.loader.LoadedPackage;
import gava.loader.Loader;
import gava.loader.Overlay;
import gava.loader.Program;
import gava.syntax.Diagnostics;
import gava.syntax.File;
import gava.types.Checker;
import gava.types.Importer;
import gava.types.Package;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The standard library for the errorcheck tests: an {@link Importer} giving the checked
 * {@link Package} of a std import path, loaded from GOROOT with gava's overlays as {@code gava run}
 * loads it ({@link Loader}, {@link Overlay#parse}) and type checked (no code generation) on first
 * request, together with the packages it imports, each once per JVM. The packages are shared by
 * every test checked afterwards, also by tests checked on parallel threads: a checked package is
 * never modified by the packages that import it except through the checker's own thread-safe lazy
 * completions (instances of generic types, interface method sets). Loading is serialised.
 *
 * <p>A package whose loading or checking reported errors (or one importing such a package) is
 * unavailable: the importer returns null and the checker reports {@code could not import P}; the
 * errors are kept for the failure report ({@link #problems}).
 */
final class StdImporter implements Importer {
  private final Path goroot;
  private final Loader loader;
  private final Diagnostics loadDiags = new Diagnostics();
  /** Checked packages by canonical import path; a null value: it failed. */
  private final Map<String, Package> checked = new HashMap<>();
  /** Why a package is unavailable, by import path as asked for. */
  private final Map<String, String> problems = new HashMap<>();

  StdImporter(Path goroot) {
    this.goroot = goroot;
    this.loader = new Loader(goroot, BuildContext.forGoroot(goroot), loadDiags, Path::toString, Map.of());
  }

  @Override
  public synchronized Package importPackage(String path) {
    if (checked.containsKey(path)) return checked.get(path);
    if (problems.containsKey(path) || !plausible(path)) return null;
    int before = loadDiags.all().size();
    Program prog = loader.loadImportPaths(List.of(path), goroot.resolve("src"));
    if (loadDiags.all().size() > before || prog.main() == null) {
      problems.put(path, "load: " + String.join("; ", loadDiags.render().subList(Math.min(before, loadDiags.render().size()),
          loadDiags.render().size())));
      return null;
    }
    for (LoadedPackage lp : prog.packages()) {
      String ip = lp.importPath();
      if (ip.equals("unsafe") || checked.containsKey(ip)) continue;
      if (lp.imports().stream().anyMatch(i -> !i.equals("unsafe") && checked.get(i) == null)) {
        checked.put(ip, null);
        continue;
      }
      Diagnostics d = new Diagnostics();
      Package pkg = null;
      try {
        List<File> parsed = Overlay.parse(lp, d);
        if (!d.hasSyntaxErrors()) {
          Map<String, String> importMap = lp.importMap();
          pkg = Checker.check(ip, parsed, d, p -> checked.get(importMap.getOrDefault(p, p)));
        }
      } catch (RuntimeException | StackOverflowError e) {
        problems.put(ip, "internal error: " + e);
        checked.put(ip, null);
        continue;
      }
      if (d.hasErrors()) {
        problems.put(ip, "check: " + String.join("; ", d.render().subList(0, Math.min(3, d.render().size()))));
        pkg = null;
      }
      checked.put(ip, pkg);
    }
    Package p = checked.get(prog.main().importPath());
    if (p == null && !problems.containsKey(path)) problems.put(path, "a package it imports failed");
    return p;
  }

  /** Only std-looking paths are loaded (the tests' bad import paths are the checker's to report). */
  private static boolean plausible(String path) {
    if (path.isEmpty() || path.startsWith("/") || path.startsWith(".") || path.contains("//") || path.endsWith("/")) {
      return false;
    }
    for (char c : path.toCharArray()) {
      if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '/' || c == '_' || c == '.' || c == '-')) {
        return false;
      }
    }
    return true;
  }

  /** Why each unavailable package is so (loading or checking errors). */
  synchronized Map<String, String> problems() {
    return Map.copyOf(problems);
  }
}
