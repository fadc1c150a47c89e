package gava.cmd;

import gava.loader.BuildContext;
import gava.loader.FileHeader;
import gava.loader.PackageDir;
import gava.syntax.Source;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code gava test [-run re] [-v] [-count n] [-short] [packages]}, as {@code go test} in package
 * list mode: for each package (a directory such as {@code .} or {@code ./x}, or a standard import
 * path such as {@code strings}) loads it with its {@code _test.go} files (those of the package join
 * it; an external {@code P_test} package is a package of its own importing P), generates the main
 * package ({@link TestMain}), builds it like {@code gava run}, and runs it in a child JVM in the
 * package's directory. Prints {@code ok  \tP\t0.123s}, or the test output and {@code FAIL\tP\t...};
 * with {@code -v} the output always. Exit status 1 when a package fails, 2 on a usage error.
 */
final class TestCommand {
  private TestCommand() {}

  static String testUsage() {
    return """
        usage: gava test [build/test flags] [packages] [build/test flags & test binary flags]

        'Gava test' automates testing the packages named by the import paths, as
        go test does. It prints a summary of the test results in the format:

        \tok   archive/tar   0.011s
        \tFAIL  archive/zip   0.022s
        \tok   compress/gzip 0.033s
        \t...

        followed by detailed output for each failed package.

        Each package's _test.go files join it (package P) or form the external
        package P_test; the functions TestXxx, BenchmarkXxx, FuzzXxx (run on their
        seed corpus: f.Add values and testdata/fuzz/FuzzXxx) and ExampleXxx with an
        "// Output:" or "// Unordered output:" comment are run by package testing
        in a test program compiled by gava and run in its own JVM, in the package's
        directory. See 'gava help testfunc'.

        Gava test runs in two modes, as go test: without package arguments (local
        directory mode) it tests the package in the current directory and shows
        its whole output; with package arguments ("./...", "std", import paths:
        see 'gava help packages') it prints only the final 'ok' line of a passing
        package (its output with -v, -bench), and caches successful results: a
        package whose test program and flags are unchanged prints
        "ok  <path> (cached)" instead of running again. Only the flags -run, -v,
        -short, -failfast, -parallel, -cpu, -benchtime, -timeout, -list, -skip
        are cacheable; -count=1 is the idiomatic way to bypass the cache.

        The -json flag prints the output as go test -json does: the events of
        GOROOT's test2json (compiled by gava) for each package's -test.v output.

        The test flags are those of 'gava help testflag': -run, -v, -count, -short,
        -timeout, -bench, -benchmem, -benchtime, -cpu, -parallel, -failfast,
        -skip, -list, -shuffle.

        Exit status 1 when a package fails, 2 on a usage error.
        """;
  }

  /** A package to test: its directory and import path. */
  record Pkg(Path dir, String importPath) {}

  static int test(String[] args, PrintStream out, PrintStream err) {
    return test(args, null, out, err);
  }

  /** {@code gava test} with package patterns relative to {@code env} (null: the process's working directory). */
  static int test(String[] args, Patterns.Env env, PrintStream out, PrintStream err) {
    List<String> testArgs = new ArrayList<>();
    List<String> pkgs = new ArrayList<>();
    boolean verbose = false;
    boolean json = false;
    String timeout = "10m0s";
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (!a.startsWith("-") || a.equals("-")) {
        pkgs.add(a);
        continue;
      }
      FlagArg flag = FlagArg.parse(a);
      String name = flag.name();
      String value = flag.value();
      switch (name) {
        case "json" -> {
          // (as go test -json: the test binary runs with -test.v, its output converted by test2json)
          if (value == null || value.equals("true")) json = true;
        }
        case "v", "short", "failfast", "benchmem" -> {
          if (value == null || value.equals("true")) {
            testArgs.add("-test." + name + "=true");
            if (name.equals("v")) verbose = true;
          }
        }
        case "run", "count", "timeout", "bench", "benchtime", "cpu", "parallel", "skip", "list", "shuffle" -> {
          if (value == null) {
            if (i + 1 >= args.length) return usage("flag needs an argument: -" + name, err);
            value = args[++i];
          }
          if (name.equals("timeout")) timeout = value;
          else testArgs.add("-test." + name + "=" + value);
        }
        case "h", "help" -> {
          err.print(testUsage());
          return 2;
        }
        default -> {
          return usage("flag provided but not defined: -" + name, err);
        }
      }
    }
    if (json && !verbose) {
      testArgs.add(0, "-test.v=true");
      verbose = true;
    }
    testArgs.add("-test.timeout=" + timeout);
    // (as go test: without package arguments, "local directory mode" shows the test output and caches nothing)
    boolean local = pkgs.isEmpty();
    Patterns.Result expanded = Patterns.expand(pkgs, env == null ? Patterns.Env.current() : env);
    expanded.warnings().forEach(err::println);
    if (!expanded.allErrors().isEmpty()) {
      expanded.allErrors().forEach(err::println);
      return 1; // (as go test: nothing runs)
    }
    if (expanded.pkgs().isEmpty()) {
      err.println("no packages to test");
      return 1;
    }
    int status = 0;
    boolean failed = false;
    for (Patterns.Pkg p : expanded.pkgs()) {
      // (as go test: output is streamed without package arguments, with -bench or -fuzz; else shown
      // for a failing package, or with -v)
      boolean stream = local || testArgs.stream().anyMatch(a -> a.startsWith("-test.bench=") || a.startsWith("-test.fuzz="));
      int s;
      if (json) {
        s = testJson(new Pkg(p.dir(), p.importPath()), testArgs, !local, out, err);
      } else {
        s = testPackage(new Pkg(p.dir(), p.importPath()), testArgs, new Show(stream || verbose, verbose || stream, null), !local, out, err);
      }
      if (s > 0) failed = true;
      status = Math.max(status, Math.abs(s));
    }
    Test2Json.cleanup();
    if (failed && !json) out.println("FAIL");
    return status;
  }

  private static int usage(String msg, PrintStream err) {
    err.println(msg);
    err.println("usage: gava test [build/test flags] [packages] [build/test flags & test binary flags]");
    err.println("Run 'gava help test' for details.");
    return 2;
  }

  /** The package's test files under the build context: those of package {@code name}, and of {@code name_test}. */
  record TestFiles(List<PackageDir.GoFile> internal, List<PackageDir.GoFile> external, List<TestMain.Func> funcs) {}

  static TestFiles testFiles(PackageDir pd, BuildContext ctx) {
    List<PackageDir.GoFile> internal = new ArrayList<>();
    List<PackageDir.GoFile> external = new ArrayList<>();
    List<TestMain.Func> funcs = new ArrayList<>();
    List<String> names = new ArrayList<>(pd.testFiles());
    names.sort(Comparator.naturalOrder());
    for (String n : names) {
      if (!ctx.goodOSArchFile(n)) continue;
      Path p = pd.dir().resolve(n);
      byte[] bytes;
      try {
        bytes = Files.readAllBytes(p);
      } catch (IOException e) {
        continue;
      }
      Source src = new Source(p.toAbsolutePath().normalize().toString(), bytes);
      FileHeader h = FileHeader.read(src);
      if (!PackageDir.shouldBuild(h, ctx) || h.packageName() == null) continue;
      boolean ext = h.packageName().equals(pd.name() + "_test");
      if (!ext && !h.packageName().equals(pd.name())) continue;
      (ext ? external : internal).add(new PackageDir.GoFile(p, src, h));
      funcs.addAll(TestMain.scan(new String(bytes, StandardCharsets.UTF_8), ext));
    }
    return new TestFiles(internal, external, funcs);
  }

  /** The package name of a directory with only test files: the first one's, without {@code _test}. */
  static String testPackageName(PackageDir pd, BuildContext ctx) {
    List<String> names = new ArrayList<>(pd.testFiles());
    names.sort(Comparator.naturalOrder());
    for (String n : names) {
      if (!ctx.goodOSArchFile(n)) continue;
      Path p = pd.dir().resolve(n);
      try {
        FileHeader h = FileHeader.read(new Source(p.toString(), Files.readAllBytes(p)));
        if (!PackageDir.shouldBuild(h, ctx) || h.packageName() == null) continue;
        String name = h.packageName();
        return name.endsWith("_test") ? name.substring(0, name.length() - "_test".length()) : name;
      } catch (IOException e) {
        // try the next file
      }
    }
    return null;
  }

  /** Tests one package: 0 ok, 1 or 2 (build failed) when it failed. */
  /**
   * How the test binary's output is shown: as it comes ({@code stream}), and for a passing package
   * ({@code pass}); {@code plain}: where go test -json prints a build failure (null: the output).
   */
  record Show(boolean stream, boolean pass, PrintStream plain) {}

  /** Tests one package with its output converted to JSON events by test2json ({@link Test2Json}). */
  static int testJson(Pkg pkg, List<String> testArgs, boolean cache, PrintStream out, PrintStream err) {
    if (!Test2Json.prepare(err)) return 2;
    try (Test2Json conv = Test2Json.start(pkg.importPath(), out)) {
      int s = testPackage(pkg, testArgs, new Show(true, true, out), cache, conv.in, err);
      conv.in.flush();
      return s;
    } catch (IOException e) {
      err.println("gava test: cannot run test2json: " + e.getMessage());
      return 1;
    }
  }

  static int testPackage(Pkg pkg, List<String> testArgs, Show show, boolean cache, PrintStream out, PrintStream err) {
    Path tmp;
    try {
      tmp = Files.createTempDirectory("gava-test");
    } catch (IOException e) {
      err.println("gava test: cannot create a temporary directory: " + e.getMessage());
      return 1;
    }
    try {
      return testIn(pkg, tmp, testArgs, show, cache, out, err);
    } finally {
      deleteTree(tmp);
    }
  }

  private static int testIn(Pkg pkg, Path tmp, List<String> testArgs, Show show, boolean cache, PrintStream out,
      PrintStream err) {
    boolean[] noTests = {false};
    String[] loadError = {null};
    // (the generated main lives in a directory fixed per package so that the build cache, keyed by
    // file paths and contents, finds an unchanged test program again)
    Path mainDir = Path.of(System.getProperty("java.io.tmpdir"), "gava-test-" + System.getProperty("user.name"),
        Integer.toHexString((pkg.dir() + "\n" + pkg.importPath()).hashCode()));
    Path mainFile = mainDir.resolve("testmain.go");
    ProgramBuild.Target target = ProgramBuild.Target.loaded(pkg.dir(), loader -> {
      BuildContext ctx = loader.context();
      PackageDir pd = PackageDir.read(pkg.dir(), ctx, p -> p.toAbsolutePath().normalize().toString());
      boolean testOnly = false;
      if (pd.name() == null && pd.files().isEmpty() && !pd.testFiles().isEmpty()) {
        // only _test.go files: go test builds the package from its internal test files alone
        String name = testPackageName(pd, ctx);
        if (name != null) {
          pd = new PackageDir(pd.dir(), name, List.of(), pd.ignored(), pd.testFiles(), null);
          testOnly = true;
        }
      }
      if (pd.name() == null) {
        loadError[0] = pd.error() == null ? "no Go files in " + pkg.dir() : pd.error();
        return new gava.loader.Program(List.of(), List.of(), null);
      }
      TestFiles tf = testFiles(pd, ctx);
      if (tf.internal().isEmpty() && tf.external().isEmpty()) {
        noTests[0] = true;
        return new gava.loader.Program(List.of(), List.of(), null);
      }
      String src = TestMain.generate(pkg.importPath(), true, !tf.external().isEmpty(), tf.funcs());
      try {
        Files.createDirectories(mainDir);
        if (!Files.exists(mainFile) || !Files.readString(mainFile).equals(src)) Files.writeString(mainFile, src);
      } catch (IOException e) {
        loadError[0] = "cannot write " + mainFile + ": " + e.getMessage();
        return new gava.loader.Program(List.of(), List.of(), null);
      }
      PackageDir mainPd = PackageDir.fromFiles(mainDir, List.of(mainFile), ctx, p -> p.toAbsolutePath().normalize().toString());
      Map<String, PackageDir> synthetic = new HashMap<>();
      if (testOnly) {
        // not on disk as a package: given as the internal test files
        synthetic.put(pkg.importPath(), new PackageDir(pkg.dir(), pd.name(), tf.internal(), List.of(), List.of(), null));
      }
      if (!tf.external().isEmpty()) {
        synthetic.put(pkg.importPath() + "_test", new PackageDir(pkg.dir(), pd.name() + "_test", tf.external(),
            List.of(), List.of(), null));
      }
      return loader.loadTest(pkg.dir(), mainPd, synthetic,
          testOnly ? Map.of() : Map.of(pkg.importPath(), tf.internal()));
    });
    Build.Result r = ProgramBuild.build(target, Main.commandOptions());
    if (noTests[0]) {
      out.println("?   \t" + pkg.importPath() + "\t[no test files]");
      return 0;
    }
    if (loadError[0] != null) {
      err.println(loadError[0]);
      return 1;
    }
    if (!r.ok()) {
      out.flush();
      err.print(r.errorText());
      (show.plain() != null ? show.plain() : out).println("FAIL\t" + pkg.importPath() + " [build failed]");
      return 2; // (as go test)
    }
    Path cacheEntry = cache && TestCache.cacheable(testArgs)
        ? TestCache.entry(r.program(), testArgs, pkg.dir(), pkg.importPath()) : null;
    String cached = TestCache.get(cacheEntry);
    if (cached != null) {
      out.print(cached);
      out.println("ok  \t" + pkg.importPath() + "\t(cached)");
      out.flush();
      return 0;
    }
    Path jar = tmp.resolve("test.jar");
    try {
      ProgramJar.write(r.program(), jar);
    } catch (IOException e) {
      err.println("gava test: cannot write " + jar + ": " + e.getMessage());
      return 1;
    }
    long start = System.nanoTime();
    List<String> cmd = new ArrayList<>();
    cmd.add(JarMain.javaCommand());
    cmd.addAll(JarMain.JVM_OPTIONS);
    String opts = System.getenv("GAVA_JAVA_OPTS");
    if (opts != null && !opts.isBlank()) cmd.addAll(List.of(opts.trim().split("\\s+")));
    cmd.add("-Dgava.arg0=" + tmp.resolve(pkg.importPath().replace('/', '_') + ".test"));
    cmd.add("-cp");
    cmd.add(jar.toString());
    cmd.add(Build.mainClassName(r.program()));
    cmd.addAll(testArgs);
    int code;
    String[] shownText = {""};
    try {
      Process p = new ProcessBuilder(cmd).directory(pkg.dir().toFile()).redirectErrorStream(true).start();
      p.getOutputStream().close();
      Thread hook = new Thread(p::destroy);
      Runtime.getRuntime().addShutdownHook(hook);
      try (InputStream in = p.getInputStream()) {
        if (show.stream()) {
          byte[] buf = new byte[8192];
          java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
          for (int n; (n = in.read(buf)) > 0; ) {
            out.write(buf, 0, n);
            out.flush();
            all.write(buf, 0, n);
          }
          shownText[0] = all.toString(StandardCharsets.UTF_8);
        } else {
          byte[] all = in.readAllBytes();
          code = waitFor(p);
          String text = new String(all, StandardCharsets.UTF_8);
          shownText[0] = text;
          // (go test prints a passing package's output only with -v)
          if (code != 0 || show.pass()) out.print(text);
        }
      }
      code = waitFor(p);
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IOException e) {
      err.println("gava test: cannot run the test program: " + e.getMessage());
      return 1;
    }
    double secs = (System.nanoTime() - start) / 1e9;
    String time = String.format("%.3fs", secs);
    if (code == 0) {
      String text = shownText[0];
      TestCache.put(cacheEntry, show.pass() ? text : "");
      if (show.pass() && !text.isEmpty() && !text.endsWith("\n")) out.println();
      String norun = text.startsWith("testing: warning: no tests to run\n") || text.contains("\ntesting: warning: no tests to run\n")
          ? " [no tests to run]" : "";
      out.println("ok  \t" + pkg.importPath() + "\t" + time + norun);
      out.flush();
      return 0;
    }
    if (code != 1 || !(shownText[0].endsWith("\nFAIL\n") || shownText[0].equals("FAIL\n"))) out.println("exit status " + code);
    out.println("FAIL\t" + pkg.importPath() + "\t" + time);
    out.flush();
    return 1;
  }

  private static int waitFor(Process p) {
    while (true) {
      try {
        return p.waitFor();
      } catch (InterruptedException e) {
        // keep waiting: the child decides
      }
    }
  }

  private static void deleteTree(Path dir) {
    try (var s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary directory left behind
    }
  }
}
