package gava.harness;

import static org.junit.jupiter.api.Assertions.fail;

import gava.syntax.Diagnostics;
import gava.syntax.File;
import gava.syntax.Parser;
import gava.syntax.Source;
import gava.types.Checker;
import gava.types.Importer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The official suite's error tests: every file of GOROOT/test and its subdirectories ken, chan,
 * interface, fixedbugs and typeparam whose first line is {@code // errorcheck} (see
 * {@link #selectTests} for the few with flags that are taken, and the ones skipped). Each file is
 * parsed and, when no syntax error was reported (as gc does), type checked in this JVM on parallel
 * threads, without code generation. Imported std packages are the real ones, loaded from GOROOT with
 * gava's overlays and checked once per run before the tests ({@link StdImporter}), then shared. The errors, printed as {@code go tool compile -C -e} prints
 * them ({@code file:line: message}), are matched against the file's {@code // ERROR "regexp"}
 * comments with run.go's rules ({@link Errorcheck}); a test also needs at least one error.
 *
 * <p>Prints {@code conformance GOROOT/test errorcheck: N passed, M failed}; writes every failure's
 * reasons, and the skipped tests, to {@code compiler/target/errorcheck-failures.txt}. With
 * {@code -Dgava.conformance.update=true} (or {@code -Dgava.errorcheck.update=true}) it rewrites
 * {@code conformance/errorcheck-passing.txt}; otherwise it fails when a test listed there does not
 * pass. {@code -Dgava.errorcheck=REGEX} runs only matching tests (no regression check then);
 * {@code -Dgava.conformance.skip=true} or {@code -Dgava.errorcheck.skip=true} skips it. Skipped when
 * GOROOT/test does not exist.
 */
class ErrorcheckTest {
  static final List<String> DIRS = ConformanceTest.DIRS;
  static final String SUMMARY = "conformance GOROOT/test errorcheck: ";
  static final String LIST = "conformance/errorcheck-passing.txt";
  static final String LIST_HEADER = """
      # The `// errorcheck` tests of GOROOT/test (Go 1.19) that gava passes (parse + type check, errors
      # matched against the ERROR comments as test/run.go does); `mvn test` fails when one of them stops
      # passing. Rewritten by: bin/gava-test -Dgava.conformance.update=true
      """;
  /** Per test; a test that takes longer is failed (its thread is left to finish on its own). */
  static final long TEST_SECONDS = 30;
  /** Stack of the checking threads (deeply nested test inputs). */
  static final long STACK_BYTES = 256L << 20;

  /**
   * Tests gc 1.19 itself fails (run.go's {@code types2Failures}: "files that the compiler cannot
   * errorcheck with the new typechecker"); run.go expects them to fail, so they are skipped here.
   */
  static final Set<String> GC_FAILURES = Set.of("notinheap.go", "shift1.go", "fixedbugs/issue10700.go",
      "fixedbugs/issue18331.go", "fixedbugs/issue18419.go", "fixedbugs/issue20233.go", "fixedbugs/issue20245.go",
      "fixedbugs/issue31053.go");

  /**
   * Tests whose expected errors are valid code in the Go version gava follows (the Go 1.24 spec), with
   * what changed.
   */
  static final Map<String, String> NEWER_GO = Map.of(
      "convert2.go", "expects Go 1.19's rejection of slice-to-array conversions [N]T(s), valid since Go 1.20",
      "typeparam/issue47631.go", "expects Go 1.19's rejection of type declarations inside generic functions, valid since Go 1.20");

  /** A test to run: its name (relative to GOROOT/test) and whether gc's 10-error limit applies (-e=0). */
  record Spec(String name, boolean limit) {}

  record Outcome(String name, boolean passed, String reason) {}

  /** The tests taken, and the skipped ones with the reason. */
  record Selection(List<Spec> tests, Map<String, String> skipped) {}

  @Test
  void officialErrorcheckTests() throws Exception {
    Assumptions.assumeFalse(Boolean.getBoolean("gava.conformance.skip") || Boolean.getBoolean("gava.errorcheck.skip"),
        "errorcheck suite skipped (-Dgava.conformance.skip=true or -Dgava.errorcheck.skip=true)");
    Path goroot = Goroot.find();
    Path testDir = goroot == null ? null : goroot.resolve("test");
    if (testDir == null || !Files.isDirectory(testDir)) {
      String msg = "errorcheck suite SKIPPED: no GOROOT/test directory (looked at $GOROOT, `go env GOROOT`, "
          + Goroot.DEFAULT + "). Install it with: apt-get install golang-1.19-src golang-1.19-go (or set GOROOT).";
      System.out.println(msg);
      Assumptions.abort(msg);
    }
    String filter = System.getProperty("gava.errorcheck", "");
    Pattern only = filter.isBlank() ? null : Pattern.compile(filter);
    boolean update = Boolean.getBoolean("gava.conformance.update") || Boolean.getBoolean("gava.errorcheck.update");
    if (update && only != null) fail("updating " + LIST + " cannot be combined with -Dgava.errorcheck=" + filter);

    Selection sel = selectTests(testDir, only);
    long start = System.nanoTime();
    StdImporter std = new StdImporter(goroot);
    Thread loader = new Thread(null, () -> preload(testDir, sel.tests(), std), "errorcheck-std", STACK_BYTES);
    loader.start();
    loader.join();
    long stdMillis = (System.nanoTime() - start) / 1_000_000L;
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    AtomicInteger seq = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(null, r, "errorcheck-" + seq.incrementAndGet(), STACK_BYTES);
      t.setDaemon(true);
      return t;
    });
    List<Future<Outcome>> futures = new ArrayList<>();
    for (Spec s : sel.tests()) futures.add(pool.submit(() -> checkOne(testDir, s, std)));
    pool.shutdown();
    TreeMap<String, Outcome> outcomes = new TreeMap<>();
    for (int i = 0; i < futures.size(); i++) {
      String name = sel.tests().get(i).name();
      Outcome o;
      try {
        o = futures.get(i).get(TEST_SECONDS, TimeUnit.SECONDS);
      } catch (java.util.concurrent.TimeoutException e) {
        futures.get(i).cancel(true);
        o = new Outcome(name, false, "harness: no result within " + TEST_SECONDS + "s");
      } catch (Exception e) {
        o = new Outcome(name, false, "harness: " + e);
      }
      outcomes.put(name, o);
    }
    pool.shutdownNow();
    long millis = (System.nanoTime() - start) / 1_000_000L;

    Set<String> passing = new TreeSet<>();
    StringBuilder report = new StringBuilder();
    for (Outcome o : outcomes.values()) {
      if (o.passed()) {
        passing.add(o.name());
      } else {
        report.append(o.name()).append(": ").append(o.reason().strip().replace("\n", "\n\t")).append('\n');
      }
    }
    Map<String, String> stdProblems = new TreeMap<>(std.problems());
    if (!stdProblems.isEmpty()) {
      report.append("\n# std packages that could not be imported\n");
      stdProblems.forEach((n, why) -> report.append(n).append(": ").append(why).append('\n'));
    }
    if (!sel.skipped().isEmpty()) {
      report.append("\n# skipped\n");
      sel.skipped().forEach((n, why) -> report.append(n).append(": skipped: ").append(why).append('\n'));
    }
    Path reportFile = Repo.target().resolve("errorcheck-failures.txt");
    Files.createDirectories(reportFile.getParent());
    Files.writeString(reportFile, report.toString(), StandardCharsets.UTF_8);

    PassingList list = PassingList.read("errorcheck", LIST, LIST_HEADER, SUMMARY);
    int failed = outcomes.size() - passing.size();
    System.out.println("errorcheck: " + outcomes.size() + " tests in " + testDir + " checked in " + millis + "ms (std packages loaded and checked in " + stdMillis + "ms; "
        + sel.skipped().size() + " skipped); failure reasons in " + reportFile);
    if (update) {
      list.update(passing, failed);
      return;
    }
    list.check(passing, failed, only == null, n -> {
      Outcome o = outcomes.get(n);
      if (o == null) return "listed but no longer a selected `// errorcheck` test in " + testDir;
      return o.passed() ? null : o.reason().strip().replace("\n", "\n      ");
    });
  }

  /**
   * Loads (in this thread, before the tests run in parallel) the std packages the tests import, so
   * that no test's time limit includes checking a large part of the std.
   */
  static void preload(Path testDir, List<Spec> tests, StdImporter std) {
    for (Spec s : tests) {
      File f;
      try {
        Path p = testDir.resolve(s.name());
        f = Parser.parse(new Source(p.getFileName().toString(), Files.readAllBytes(p)), new Diagnostics());
      } catch (Exception | StackOverflowError e) {
        continue; // the test itself reports it
      }
      if (f == null) continue;
      for (gava.syntax.Decl d : f.decls) {
        if (!(d instanceof gava.syntax.Decl.Import im) || im.path == null) continue;
        gava.types.Constant c = gava.types.ConstOps.literal(gava.syntax.Expr.LitKind.STRING, im.path.text);
        if (c != null && !c.stringValue().equals("unsafe")) std.importPackage(c.stringValue());
      }
    }
  }

  /** Runs one test: parse, type check unless there were syntax errors, match the errors. */
  static Outcome checkOne(Path testDir, Spec spec, Importer std) {
    String name = spec.name();
    try {
      Path file = testDir.resolve(name);
      byte[] bytes = Files.readAllBytes(file);
      String shortName = file.getFileName().toString();
      Diagnostics diags = new Diagnostics();
      File f = Parser.parse(new Source(shortName, bytes), diags);
      if (f != null && !diags.hasSyntaxErrors()) Checker.check("p", List.of(f), diags, std);
      // gc's output with -C -e (no columns, no error limit), or -C -e=0 (limit)
      String out = String.join("\n", diags.render(false, spec.limit()));
      if (!diags.hasErrors()) return new Outcome(name, false, "compilation succeeded unexpectedly");
      List<String> problems = Errorcheck.check(Errorcheck.splitOutput(out, false),
          Errorcheck.wantedErrors(new String(bytes, StandardCharsets.UTF_8), shortName));
      return problems.isEmpty() ? new Outcome(name, true, "") : new Outcome(name, false, String.join("\n", problems));
    } catch (StackOverflowError e) {
      return new Outcome(name, false, "internal error: stack overflow");
    } catch (Throwable e) {
      StackTraceElement[] st = e.getStackTrace();
      String where = st.length > 0 ? " at " + st[0] : "";
      return new Outcome(name, false, "internal error: " + e + where);
    }
  }

  /**
   * Flags after {@code // errorcheck} that do not change what the test checks: {@code -d=panic}
   * (an internal compiler error panics), {@code -t N} (a time limit), {@code -e} (no error limit,
   * which run.go sets anyway), {@code -e=0} (gc's limit of 10 errors, applied). Tests with other
   * flags (optimisation diagnostics {@code -0 -m -l -live -d=...}, {@code -lang=}, {@code -std},
   * {@code -+}, {@code -complete}, {@code -race}, ...) are skipped, as are the
   * {@code errorcheckdir}, {@code errorcheckoutput}, {@code errorcheckwithauto} and
   * {@code errorcheckandrundir} tests, tests whose build constraints exclude linux/amd64 (run.go
   * skips those too), {@link #GC_FAILURES} and {@link #NEWER_GO}.
   */
  static Selection selectTests(Path testDir, Pattern only) throws IOException {
    TreeMap<String, Spec> tests = new TreeMap<>();
    Map<String, String> skipped = new TreeMap<>();
    for (String sub : DIRS) {
      Path d = sub.isEmpty() ? testDir : testDir.resolve(sub);
      if (!Files.isDirectory(d)) continue;
      try (Stream<Path> s = Files.list(d)) {
        for (Path p : s.toList()) {
          if (!p.getFileName().toString().endsWith(".go") || !Files.isRegularFile(p)) continue;
          String name = testDir.relativize(p).toString();
          if (only != null && !only.matcher(name).find()) continue;
          String first = firstLine(p);
          String[] f = first.strip().split("\\s+");
          if (f.length < 2 || !f[0].equals("//") || !f[1].startsWith("errorcheck")) continue;
          if (!f[1].equals("errorcheck")) {
            skipped.put(name, f[1] + " test");
            continue;
          }
          boolean limit = false;
          String bad = null;
          for (int i = 2; i < f.length; i++) {
            switch (f[i]) {
              case "-d=panic", "-e" -> {}
              case "-e=0" -> limit = true;
              case "-t" -> i++;
              default -> bad = bad == null ? f[i] : bad + " " + f[i];
            }
          }
          if (bad != null) {
            skipped.put(name, "flags " + bad);
            continue;
          }
          if (NEWER_GO.containsKey(name)) {
            skipped.put(name, NEWER_GO.get(name));
            continue;
          }
          if (GC_FAILURES.contains(name)) {
            skipped.put(name, "gc 1.19 fails it too (run.go types2Failures)");
            continue;
          }
          String why = BuildConstraints.excludes(Files.readString(p, StandardCharsets.ISO_8859_1));
          if (why != null) {
            skipped.put(name, "build constraint " + why);
            continue;
          }
          tests.put(name, new Spec(name, limit));
        }
      }
    }
    return new Selection(new ArrayList<>(tests.values()), new LinkedHashMap<>(skipped));
  }

  static String firstLine(Path p) throws IOException {
    byte[] head;
    try (var in = Files.newInputStream(p)) {
      head = in.readNBytes(200);
    }
    String s = new String(head, StandardCharsets.ISO_8859_1);
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
