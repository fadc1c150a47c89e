package gava.cmd;

import gava.loader.BuildContext;
import gava.loader.Goroot;
import gava.loader.LoadedPackage;
import gava.loader.Loader;
import gava.loader.Overlay;
import gava.loader.PackageDir;
import gava.loader.Program;
import gava.syntax.Diagnostic;
import gava.syntax.Diagnostics;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code gava vet [packages]}, as {@code go vet} with its default analyzers: loads the named
 * packages ({@link PackagePatterns}) and the packages of the module they import, writes them
 * (dependencies first, files selected for linux/amd64 as go vet does) into a JSON configuration,
 * and runs GOROOT's {@code cmd/vet} compiled by gava with gava's overlay
 * ({@code stdlib/overlay/cmd/vet}: its own driver in place of unitchecker, which needs gc's export
 * data for every package): each package is type-checked from source with go/types, the standard
 * library's export data coming from {@code GOROOT/pkg/linux_amd64}, and the analyzers of
 * x/tools (printf, copylocks, loopclosure, unreachable, structtag, stdmethods, ...) run on it.
 * Findings are printed as go vet prints them ({@code # pkg}, then {@code ./x.go:5:2: message}),
 * exit status 2; a clean run prints nothing. vet's flags are go vet's: {@code -NAME} runs only the
 * analyzers so named, {@code -NAME=false} all but those, {@code -NAME.FLAG} (e.g. {@code -printf.funcs},
 * legacy {@code -printfuncs}), {@code -json} (a JSON tree per package, exit status 0), {@code -c=N}.
 */
final class VetCommand {
  private VetCommand() {}

  static String vetUsage() {
    return HelpCommand.VET;
  }

  /** vet's boolean flags (the analyzers, and their legacy names), as its {@code -flags} lists them. */
  static final Set<String> BOOL_FLAGS = Set.of("asmdecl", "assign", "atomic", "bools", "buildtag", "cgocall",
      "composites", "copylocks", "errorsas", "framepointer", "httpresponse", "ifaceassert", "loopclosure",
      "lostcancel", "nilfunc", "printf", "shift", "sigchanyzer", "stdmethods", "stringintconv", "structtag",
      "tests", "testinggoroutine", "unmarshal", "unreachable", "unsafeptr", "unusedresult", "bool", "buildtags",
      "methods", "rangeloops", "composites.whitelist", "compositewhitelist", "json", "source", "v", "all");
  /** vet's flags with a value. */
  static final Set<String> VALUE_FLAGS = Set.of("c", "tags", "printf.funcs", "printfuncs", "unusedresult.funcs",
      "unusedfuncs", "unusedresult.stringmethods", "unusedstringmethods");

  static int vet(String[] args, PrintStream out, PrintStream err) {
    List<String> pkgs = new ArrayList<>();
    List<String> vetFlags = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (!pkgs.isEmpty() || !a.startsWith("-") || a.equals("-")) {
        pkgs.add(a);
        continue;
      }
      if (a.equals("--")) {
        for (i++; i < args.length; i++) pkgs.add(args[i]);
        break;
      }
      FlagArg f = FlagArg.parse(a);
      if (f.name().equals("h") || f.name().equals("help")) {
        err.print(vetUsage());
        return 2;
      }
      if (BOOL_FLAGS.contains(f.name())) {
        if (f.value() != null && parseBool(f.value()) == null) {
          return usage("invalid boolean value " + ListJson.quoted(f.value()) + " for -" + f.name() + ": parse error", err);
        }
        vetFlags.add(a);
      } else if (VALUE_FLAGS.contains(f.name())) {
        vetFlags.add(a);
        if (f.value() == null) {
          if (i + 1 >= args.length) return usage("flag needs an argument: -" + f.name(), err);
          vetFlags.add(args[++i]);
        }
      } else {
        return usage("flag provided but not defined: -" + f.name(), err);
      }
    }
    List<PackagePatterns.Match> matches = PackagePatterns.expand(pkgs, err);
    if (matches == null) return 1;
    Path goroot;
    try {
      goroot = Goroot.find();
    } catch (Goroot.NotFound e) {
      err.println("gava: " + e.getMessage());
      return 1;
    }
    BuildContext ctx = BuildContext.forGoroot(goroot).withGoarch("amd64").withCgo(false);
    Map<String, LoadedPackage> all = new LinkedHashMap<>();
    Set<String> roots = new LinkedHashSet<>();
    boolean loadFailed = false;
    for (PackagePatterns.Match m : matches) {
      if (m.error() != null) {
        err.println(m.error());
        loadFailed = true;
        continue;
      }
      Diagnostics diags = new Diagnostics();
      Loader loader = new Loader(goroot, ctx, diags, PackagePatterns::shortPath, System.getenv());
      List<String> rootPaths = new ArrayList<>();
      Program prog = m.namedFiles() ? loader.loadFiles(m.files()) : loadWithTests(loader, m, rootPaths);
      if (diags.hasErrors()) {
        String last = null;
        for (Diagnostic d : diags.all()) {
          String l = d.pos() == null || d.pos().src() == null ? d.message()
              : Diagnostics.format(d.pos(), true) + ": " + d.message();
          if (!l.equals(last)) err.println(l);
          last = l;
        }
        loadFailed = true;
        continue;
      }
      boolean withTests = !rootPaths.isEmpty();
      if (!withTests) for (LoadedPackage r : prog.roots()) rootPaths.add(r.importPath());
      roots.addAll(rootPaths);
      for (LoadedPackage lp : prog.packages()) {
        if (withTests && prog.roots().contains(lp)) continue; // (the generated main importing the roots)
        if (rootPaths.contains(lp.importPath())) {
          all.put(lp.importPath(), lp); // (a root, with its tests, replaces the package as another imported it)
        } else if (!lp.standard()) {
          all.putIfAbsent(lp.importPath(), lp);
        }
      }
    }
    if (loadFailed) return 1;
    if (roots.isEmpty()) return 0;
    Path cfg;
    try {
      cfg = Files.createTempFile("gava-vet-", ".json");
      Files.writeString(cfg, config(goroot, dependencyOrder(all), roots), StandardCharsets.UTF_8);
    } catch (IOException e) {
      err.println("gava vet: cannot write the configuration: " + e.getMessage());
      return 1;
    }
    // (the tool removes the file after reading it, and ends the JVM with go vet's exit status)
    vetFlags.add(cfg.toString());
    return GoTool.run("cmd/vet", vetFlags.toArray(String[]::new), false, -1, err);
  }

  /** strconv.ParseBool, null when the text is no boolean. */
  static Boolean parseBool(String s) {
    return switch (s) {
      case "1", "t", "T", "true", "TRUE", "True" -> true;
      case "0", "f", "F", "false", "FALSE", "False" -> false;
      default -> null;
    };
  }

  private static int usage(String msg, PrintStream err) {
    err.println(msg);
    err.println("usage: gava vet [-n] [-x] [-vettool prog] [build flags] [vet flags] [packages]");
    err.println("Run 'gava help vet' for details.");
    return 2;
  }

  /**
   * Loads the package in {@code m.dir()} as go vet vets it: with its _test.go files of the package,
   * and its external {@code P_test} package (both then are {@code roots}); without tests, as
   * {@code gava run} loads a directory.
   */
  private static Program loadWithTests(Loader loader, PackagePatterns.Match m, List<String> roots) {
    PackageDir pd = PackageDir.read(m.dir(), loader.context(), PackagePatterns::shortPath);
    TestCommand.TestFiles tf = pd.name() == null || m.importPath() == null
        ? null : TestCommand.testFiles(pd, loader.context());
    if (tf == null || (tf.internal().isEmpty() && tf.external().isEmpty())) return loader.loadDir(m.dir());
    String path = m.importPath();
    roots.add(path);
    StringBuilder src = new StringBuilder("package main\n\nimport _ ").append(TestMain.quote(path)).append('\n');
    Map<String, PackageDir> synthetic = new java.util.HashMap<>();
    if (!tf.external().isEmpty()) {
      roots.add(path + "_test");
      src.append("import _ ").append(TestMain.quote(path + "_test")).append('\n');
      synthetic.put(path + "_test", new PackageDir(m.dir(), pd.name() + "_test", tf.external(), List.of(), List.of(), null));
    }
    // (a main package importing both, so that the loader loads them and what they import)
    gava.syntax.Source main = new gava.syntax.Source(m.dir().resolve("_gava_vet_main.go").toString(),
        src.toString().getBytes(StandardCharsets.UTF_8));
    PackageDir mainPd = new PackageDir(m.dir(), "main",
        List.of(new PackageDir.GoFile(Path.of(main.path()), main, gava.loader.FileHeader.read(main))), List.of(), List.of(), null);
    return loader.loadTest(m.dir(), mainPd, synthetic, Map.of(path, tf.internal()));
  }

  /** The packages with each one after those it imports (otherwise in the given order). */
  static Map<String, LoadedPackage> dependencyOrder(Map<String, LoadedPackage> pkgs) {
    Map<String, LoadedPackage> out = new LinkedHashMap<>();
    Set<String> visiting = new java.util.HashSet<>();
    for (String p : pkgs.keySet()) visit(p, pkgs, visiting, out);
    return out;
  }

  private static void visit(String p, Map<String, LoadedPackage> pkgs, Set<String> visiting, Map<String, LoadedPackage> out) {
    if (out.containsKey(p) || !visiting.add(p)) return;
    LoadedPackage lp = pkgs.get(p);
    for (String dep : lp.importMap().values()) {
      if (pkgs.containsKey(dep)) visit(dep, pkgs, visiting, out);
    }
    out.put(p, lp);
  }

  /** The configuration the vet overlay's driver reads (stdlib/overlay/cmd/vet/driver_gava.go). */
  static String config(Path goroot, Map<String, LoadedPackage> pkgs, Set<String> roots) {
    StringBuilder b = new StringBuilder();
    b.append("{\"Goroot\":").append(ListJson.quoted(goroot.toAbsolutePath().toString())).append(",\"Packages\":[");
    boolean first = true;
    for (LoadedPackage lp : pkgs.values()) {
      if (!first) b.append(',');
      first = false;
      Path dir = lp.dir().toAbsolutePath().normalize();
      b.append("\n{\"ImportPath\":").append(ListJson.quoted(lp.importPath()));
      b.append(",\"Dir\":").append(ListJson.quoted(dir.toString()));
      b.append(",\"ShortDir\":").append(ListJson.quoted(PackagePatterns.shortPath(dir)));
      b.append(",\"GoFiles\":[");
      boolean f1 = true;
      for (PackageDir.GoFile f : lp.files()) {
        if (Overlay.isOverlay(f.path())) continue; // (gava's own files of a std package)
        if (!f1) b.append(',');
        f1 = false;
        b.append(ListJson.quoted(f.path().toAbsolutePath().normalize().toString()));
      }
      b.append("],\"ImportMap\":{");
      boolean i1 = true;
      for (Map.Entry<String, String> e : lp.importMap().entrySet()) {
        if (!i1) b.append(',');
        i1 = false;
        b.append(ListJson.quoted(e.getKey())).append(':').append(ListJson.quoted(e.getValue()));
      }
      b.append("},\"VetxOnly\":").append(!roots.contains(lp.importPath())).append('}');
    }
    return b.append("\n]}\n").toString();
  }
}
