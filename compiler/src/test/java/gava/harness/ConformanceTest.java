package gava.harness;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The official suite: every file of GOROOT/test and its subdirectories ken, chan, interface,
 * fixedbugs and typeparam whose first line is exactly {@code // run}. A test passes when it exits
 * 0 and its merged output equals the sibling {@code .out} file (or is empty where there is none).
 * Compiled in this JVM on parallel threads, run in child JVMs ({@value #RUN_SECONDS} s limit, as
 * many at a time as there are cores).
 *
 * <p>Prints {@code conformance GOROOT/test run: N passed, M failed}; writes every failure's reason
 * to {@code compiler/target/conformance-failures.txt}. With {@code -Dgava.conformance.update=true} it
 * rewrites {@code conformance/run-passing.txt}; otherwise it fails when a test listed there does not
 * pass. {@code -Dgava.conformance=REGEX} runs only matching tests (no regression check then),
 * {@code -Dgava.conformance.skip=true} skips the suite. Skipped when GOROOT/test does not exist.
 */
class ConformanceTest {
  /** Per-test run limit: generous, so a test near the limit on a busy 2-core machine does not flap. */
  static final int RUN_SECONDS = 60;
  static final Duration COMPILE_TIMEOUT = Duration.ofSeconds(120);
  static final List<String> DIRS = List.of("", "ken", "chan", "interface", "fixedbugs", "typeparam");
  static final String SUMMARY = "conformance GOROOT/test run: ";
  static final String LIST_HEADER = """
      # The `// run` tests of GOROOT/test (Go 1.19) that gava passes; `mvn test` fails when one of them
      # stops passing. Rewritten by: bin/gava-test -Dgava.conformance.update=true
      """;

  @Test
  void officialRunTests() throws Exception {
    Assumptions.assumeFalse(Boolean.getBoolean("gava.conformance.skip"), "conformance suite skipped (-Dgava.conformance.skip=true)");
    Path goroot = Goroot.find();
    Path testDir = goroot == null ? null : goroot.resolve("test");
    if (testDir == null || !Files.isDirectory(testDir)) {
      String msg = "conformance suite SKIPPED: no GOROOT/test directory (looked at $GOROOT, `go env GOROOT`, "
          + Goroot.DEFAULT + "). Install it with: apt-get install golang-1.19-src golang-1.19-go (or set GOROOT).";
      System.out.println(msg);
      Assumptions.abort(msg);
    }
    String filter = System.getProperty("gava.conformance", "");
    Pattern only = filter.isBlank() ? null : Pattern.compile(filter);
    boolean update = Boolean.getBoolean("gava.conformance.update");
    if (update && only != null) fail("-Dgava.conformance.update=true cannot be combined with -Dgava.conformance=" + filter);

    List<String> names = runTests(testDir, only);
    long start = System.nanoTime();
    long limitMin = Long.getLong("gava.conformance.limit.minutes", 40);
    long deadline = start + TimeUnit.MINUTES.toNanos(limitMin);
    int cores = Runtime.getRuntime().availableProcessors();
    Semaphore children = new Semaphore(Math.max(1, cores));
    ExecutorService pool = DaemonPool.forPrograms("conformance", cores);
    AtomicInteger done = new AtomicInteger();
    AtomicInteger passedSoFar = new AtomicInteger();
    List<Future<ProgramCheck.Outcome>> futures = new ArrayList<>();
    for (String name : names) {
      futures.add(pool.submit(() -> {
        ProgramCheck.Outcome o = System.nanoTime() > deadline
            ? ProgramCheck.Outcome.fail(name, "not run: the suite's " + limitMin + " min limit was reached", "", 0, 0)
            : checkOne(testDir, name, children);
        if (o.passed()) passedSoFar.incrementAndGet();
        int n = done.incrementAndGet();
        if (n % 100 == 0) {
          System.out.printf("conformance: %d/%d done, %d passed, %ds%n", n, names.size(), passedSoFar.get(),
              (System.nanoTime() - start) / 1_000_000_000L);
        }
        return o;
      }));
    }
    pool.shutdown();
    TreeMap<String, ProgramCheck.Outcome> outcomes = new TreeMap<>();
    for (int i = 0; i < names.size(); i++) {
      ProgramCheck.Outcome o;
      try {
        long left = Math.max(1, deadline - System.nanoTime()) + TimeUnit.MINUTES.toNanos(2);
        o = futures.get(i).get(left, TimeUnit.NANOSECONDS);
      } catch (Exception e) {
        futures.get(i).cancel(true);
        o = ProgramCheck.Outcome.fail(names.get(i), "harness: gave up waiting (" + e + ")", "", 0, 0);
      }
      outcomes.put(names.get(i), o);
    }
    long secs = (System.nanoTime() - start) / 1_000_000_000L;

    Set<String> passing = new TreeSet<>();
    StringBuilder report = new StringBuilder();
    for (ProgramCheck.Outcome o : outcomes.values()) {
      if (o.passed()) passing.add(o.name());
      else report.append(o.name()).append(": ").append(o.reason().replace('\n', ' ')).append('\n');
    }
    Path reportFile = Repo.target().resolve("conformance-failures.txt");
    Files.createDirectories(reportFile.getParent());
    Files.writeString(reportFile, report.toString(), StandardCharsets.UTF_8);

    PassingList list = PassingList.read("conformance", "conformance/run-passing.txt", LIST_HEADER, SUMMARY);
    int failed = names.size() - passing.size();
    System.out.println("conformance: " + names.size() + " tests in " + testDir + " ran in " + secs
        + "s; failure reasons in " + reportFile);
    if (update) {
      list.update(passing, failed);
      return;
    }
    list.check(passing, failed, only == null, n -> {
      ProgramCheck.Outcome o = outcomes.get(n);
      if (o == null) return "listed but no longer a `// run` test in " + testDir;
      return o.passed() ? null : o.reason();
    });
  }

  static ProgramCheck.Outcome checkOne(Path testDir, String name, Semaphore children) throws IOException {
    Path file = testDir.resolve(name);
    Path dir = file.getParent();
    Path out = dir.resolve(file.getFileName().toString().replaceFirst("\\.go$", ".out"));
    byte[] want = Files.exists(out) ? Files.readAllBytes(out) : new byte[0];
    return ProgramCheck.check(new ProgramCheck.Spec(name, List.of(file), dir, dir, want, false, null,
        COMPILE_TIMEOUT, Duration.ofSeconds(RUN_SECONDS)), children);
  }

  /** The {@code // run} tests, as paths relative to {@code testDir} ({@code ken/chan.go}), sorted. */
  static List<String> runTests(Path testDir, Pattern only) throws IOException {
    Set<String> out = new TreeSet<>();
    for (String sub : DIRS) {
      Path d = sub.isEmpty() ? testDir : testDir.resolve(sub);
      if (!Files.isDirectory(d)) continue;
      try (Stream<Path> s = Files.list(d)) {
        for (Path p : s.toList()) {
          if (!p.getFileName().toString().endsWith(".go") || !Files.isRegularFile(p)) continue;
          if (!firstLineIsRun(p)) continue;
          String name = testDir.relativize(p).toString();
          if (only == null || only.matcher(name).find()) out.add(name);
        }
      }
    }
    return new ArrayList<>(out);
  }

  static boolean firstLineIsRun(Path p) throws IOException {
    byte[] head;
    try (var in = Files.newInputStream(p)) {
      head = in.readNBytes(16);
    }
    String s = new String(head, StandardCharsets.ISO_8859_1);
    return s.startsWith("// run\n") || s.equals("// run");
  }
}
