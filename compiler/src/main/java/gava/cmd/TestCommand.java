package gava.cmd;

import gava.loader.BuildContext;
import gava.loader.FileHeader;
import gava.loader.GoMod;
import gava.loader.Goroot;
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
        usage: gava test [-run regexp] [-v] [-count n] [-short] [-timeout d] [packages]

        Test compiles and runs the tests of the named packages (directories such
        as "." or "./x", or standard import paths such as "strings") as go test
        does: the package's _test.go files join it (package P) or form the external
        package P_test; Test, Benchmark, Fuzz (seed corpus only) and Example
        functions with an "// Output:" comment are run by package testing.
        Each package prints "ok  <path> <time>", or its test output and
        "FAIL <path> <time>"; -v shows every test's output. Exit status 1 when a
        package fails. The test binary runs in the package's directory.
        """;
  }

  /** A package to test: its directory and import path. */
  record Pkg(Path dir, String importPath) {}

  static int test(String[] args, PrintStream out, PrintStream err) {
    List<String> testArgs = new ArrayList<>();
    List<String> pkgs = new ArrayList<>();
    boolean verbose = false;
    String timeout = "10m0s";
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (!a.startsWith("-") || a.equals("-")) {
        pkgs.add(a);
        continue;
      }
      String name = a.replaceFirst("^--?", "");
      String value = null;
      int eq = name.indexOf('=');
      if (eq >= 0) {
        value = name.substring(eq + 1);
        name = name.substring(0, eq);
      }
      switch (name) {
        case "v", "short", "failfast" -> {
          if (value == null || value.equals("true")) {
            testArgs.add("-test." + name + "=true");
            if (name.equals("v")) verbose = true;
          }
        }
        case "run", "count", "timeout", "bench", "benchtime", "cpu", "parallel", "skip" -> {
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
    testArgs.add("-test.timeout=" + timeout);
    if (pkgs.isEmpty()) pkgs.add(".");
    int status = 0;
    boolean failed = false;
    for (String p : pkgs) {
      int s = testPackage(p, testArgs, verbose, out, err);
      if (s > 0) failed = true;
      status = Math.max(status, Math.abs(s));
    }
    if (failed) out.println("FAIL");
    return status;
  }

  private static int usage(String msg, PrintStream err) {
    err.println(msg);
    err.println("usage: gava test [-run regexp] [-v] [-count n] [-short] [packages]");
    err.println("Run 'gava help test' for details.");
    return 2;
  }

  /** The directory and import path of a package argument, or null (reported). */
  static Pkg resolve(String arg, PrintStream err) {
    boolean local = arg.equals(".") || arg.equals("..") || arg.startsWith("./") || arg.startsWith("../") || arg.startsWith("/");
    if (!local) {
      Path goroot;
      try {
        goroot = Goroot.find();
      } catch (Goroot.NotFound e) {
        err.println("package " + arg + " is not in GOROOT (no Go sources found)");
        return null;
      }
      Path dir = goroot.resolve("src").resolve(arg);
      if (!Files.isDirectory(dir)) {
        err.println("package " + arg + " is not in GOROOT (" + dir + ")");
        return null;
      }
      return new Pkg(dir, arg);
    }
    Path dir = Path.of(arg).toAbsolutePath().normalize();
    if (!Files.isDirectory(dir)) {
      err.println("stat " + arg + ": directory not found");
      return null;
    }
    Path gm = GoMod.findGoMod(dir);
    if (gm == null) {
      try {
        Path src = Goroot.find().toAbsolutePath().resolve("src");
        if (dir.startsWith(src)) return new Pkg(dir, src.relativize(dir).toString());
      } catch (Goroot.NotFound e) {
        // not in GOROOT either
      }
      err.println("go: go.mod file not found in current directory or any parent directory; see 'go help modules'");
      return null;
    }
    try {
      GoMod m = GoMod.read(gm);
      String rel = m.root().relativize(dir).toString();
      return new Pkg(dir, rel.isEmpty() ? m.module() : m.module() + "/" + rel);
    } catch (IOException | GoMod.Malformed e) {
      err.println("go: errors parsing " + gm + ": " + e.getMessage());
      return null;
    }
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

  /** Tests one package: 0 ok, 1 or 2 (build failed) when it failed, -1 when the argument names no package. */
  static int testPackage(String arg, List<String> testArgs, boolean verbose, PrintStream out, PrintStream err) {
    Pkg pkg = resolve(arg, err);
    if (pkg == null) return -1; // (reported; no FAIL line, as go)
    Path tmp;
    try {
      tmp = Files.createTempDirectory("gava-test");
    } catch (IOException e) {
      err.println("gava test: cannot create a temporary directory: " + e.getMessage());
      return 1;
    }
    try {
      return testIn(pkg, tmp, testArgs, verbose, out, err);
    } finally {
      deleteTree(tmp);
    }
  }

  private static int testIn(Pkg pkg, Path tmp, List<String> testArgs, boolean verbose, PrintStream out, PrintStream err) {
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
      if (!tf.external().isEmpty()) {
        synthetic.put(pkg.importPath() + "_test", new PackageDir(pkg.dir(), pd.name() + "_test", tf.external(),
            List.of(), List.of(), null));
      }
      return loader.loadTest(pkg.dir(), mainPd, synthetic, Map.of(pkg.importPath(), tf.internal()));
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
      out.println("FAIL\t" + pkg.importPath() + " [build failed]");
      return 2; // (as go test)
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
        if (verbose) {
          byte[] buf = new byte[8192];
          StringBuilder tail = new StringBuilder();
          for (int n; (n = in.read(buf)) > 0; ) {
            out.write(buf, 0, n);
            out.flush();
            tail.append(new String(buf, 0, n, StandardCharsets.ISO_8859_1));
            if (tail.length() > 64) tail.delete(0, tail.length() - 64);
          }
          shownText[0] = tail.toString();
        } else {
          byte[] all = in.readAllBytes();
          code = waitFor(p);
          String text = new String(all, StandardCharsets.UTF_8);
          if (code != 0 || !text.equals("PASS\n")) {
            // (go test prints a passing package's output only when it printed more than PASS)
            String shown = code == 0 && text.endsWith("PASS\n") ? text.substring(0, text.length() - 5) : text;
            out.print(shown);
            shownText[0] = shown;
          }
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
      out.println("ok  \t" + pkg.importPath() + "\t" + time);
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
