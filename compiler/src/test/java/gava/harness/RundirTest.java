package gava.harness;

import static org.junit.jupiter.api.Assertions.fail;

import gava.cmd.Build;
import gava.cmd.ProgramBuild;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The official suite's programs of several packages: every {@code X.go} of GOROOT/test (and ken,
 * chan, interface, fixedbugs, typeparam) whose first line is exactly {@code // rundir}. As the
 * suite's run.go does, the {@code .go} files of {@code X.dir} (sorted) are grouped by package
 * name into packages, in order of first appearance, the last being package main; a package is
 * imported as {@code "./NAME"}, NAME its first file's base name ({@link ProgramBuild.Target#groups}).
 * A test passes when the program exits 0 and prints exactly {@code X.out} (nothing if absent).
 * Imported standard packages are compiled from GOROOT with gava's overlays, as {@code gava run} and
 * the single-file suite compile them.
 *
 * <p>Prints {@code conformance GOROOT/test rundir: N passed, M failed}, writes failure reasons to
 * {@code compiler/target/rundir-failures.txt}, and fails when a test listed in
 * {@code conformance/rundir-passing.txt} stops passing; {@code -Dgava.conformance.update=true}
 * rewrites that list, {@code -Dgava.rundir=REGEX} selects tests (no regression check then),
 * {@code -Dgava.conformance.skip=true} skips the suite.
 */
class RundirTest {
  static final Duration COMPILE_TIMEOUT = Duration.ofSeconds(60);
  static final Duration RUN_TIMEOUT = Duration.ofSeconds(30);
  static final String SUMMARY = "conformance GOROOT/test rundir: ";
  static final String LIST_HEADER = """
      # The `// rundir` tests of GOROOT/test (Go 1.19; programs of several packages) that gava passes;
      # `mvn test` fails when one of them stops passing. Rewritten by: bin/gava-test -Dgava.conformance.update=true
      """;
  private static final Pattern PACKAGE = Pattern.compile("(?m)^package\\s+(\\w+)");

  @Test
  void officialRundirTests() throws Exception {
    Assumptions.assumeFalse(Boolean.getBoolean("gava.conformance.skip"), "conformance suite skipped (-Dgava.conformance.skip=true)");
    Path goroot = Goroot.find();
    Path testDir = goroot == null ? null : goroot.resolve("test");
    if (testDir == null || !Files.isDirectory(testDir)) {
      Assumptions.abort("rundir suite SKIPPED: no GOROOT/test directory");
      return;
    }
    String filter = System.getProperty("gava.rundir", "");
    Pattern only = filter.isBlank() ? null : Pattern.compile(filter);
    boolean update = Boolean.getBoolean("gava.conformance.update");
    if (update && only != null) fail("-Dgava.conformance.update=true cannot be combined with -Dgava.rundir=" + filter);

    List<String> names = rundirTests(testDir, only);
    int cores = Runtime.getRuntime().availableProcessors();
    Semaphore children = new Semaphore(Math.max(1, cores));
    ExecutorService pool = DaemonPool.forPrograms("rundir", cores);
    List<Future<String>> futures = new ArrayList<>();
    for (String name : names) futures.add(pool.submit(() -> check(testDir, name, children)));
    pool.shutdown();
    Map<String, String> reasons = new TreeMap<>();
    Set<String> passing = new TreeSet<>();
    for (int i = 0; i < names.size(); i++) {
      String why;
      try {
        why = futures.get(i).get(COMPILE_TIMEOUT.plus(RUN_TIMEOUT).toSeconds() * 4, TimeUnit.SECONDS);
      } catch (Exception e) {
        futures.get(i).cancel(true);
        why = "harness: gave up waiting (" + e + ")";
      }
      if (why == null) passing.add(names.get(i));
      else reasons.put(names.get(i), why);
    }
    StringBuilder report = new StringBuilder();
    reasons.forEach((n, why) -> report.append(n).append(": ").append(why.replace('\n', ' ')).append('\n'));
    Path reportFile = Repo.target().resolve("rundir-failures.txt");
    Files.createDirectories(reportFile.getParent());
    Files.writeString(reportFile, report.toString(), StandardCharsets.UTF_8);

    PassingList list = PassingList.read("rundir", "conformance/rundir-passing.txt", LIST_HEADER, SUMMARY);
    if (update) {
      list.update(passing, reasons.size());
      return;
    }
    list.check(passing, reasons.size(), only == null, n -> {
      if (!names.contains(n)) return "listed but no longer a `// rundir` test in " + testDir;
      return reasons.get(n);
    });
  }

  /** Why the test fails, or null when it passes. */
  static String check(Path testDir, String name, Semaphore children) throws IOException, InterruptedException {
    Path file = testDir.resolve(name);
    Path dir = file.resolveSibling(file.getFileName().toString().replaceFirst("\\.go$", ".dir"));
    if (!Files.isDirectory(dir)) return "no directory " + dir;
    Build.Result r = ProgramBuild.build(ProgramBuild.Target.groups(packages(dir)),
        new ProgramBuild.Options(Build.Options.defaults().withDisplayBase(dir).withTimeout(COMPILE_TIMEOUT), true));
    if (!r.ok()) {
      String first = r.errors().stream().filter(l -> !l.startsWith("# ")).findFirst().orElse("failed");
      return "compile: " + first;
    }
    Path tmp = Files.createTempDirectory("gava-rundir-");
    try {
      Build.writeClasses(r.program(), tmp);
      ChildJvm.Run run;
      children.acquire();
      try {
        run = ChildJvm.run(tmp, Build.mainClassName(r.program()), dir, RUN_TIMEOUT, List.of());
      } finally {
        children.release();
      }
      if (run.timedOut()) return "timeout: still running after " + RUN_TIMEOUT.toSeconds() + "s";
      String out = new String(run.output(), StandardCharsets.ISO_8859_1);
      Path expFile = file.resolveSibling(file.getFileName().toString().replaceFirst("\\.go$", ".out"));
      String want = Files.exists(expFile) ? Files.readString(expFile, StandardCharsets.ISO_8859_1) : "";
      if (run.exitCode() != 0) {
        return "exit status " + run.exitCode() + ": " + out.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
      }
      if (!out.equals(want)) return "output differs from " + expFile.getFileName();
      return null;
    } finally {
      try (Stream<Path> s = Files.walk(tmp)) {
        for (Path q : s.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) Files.deleteIfExists(q);
      }
    }
  }

  /** run.go's goDirPackages: the sorted .go files grouped by package name, in order of first appearance. */
  static List<List<Path>> packages(Path dir) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".go") && Files.isRegularFile(p)).sorted().toList();
    }
    Map<String, List<Path>> groups = new LinkedHashMap<>();
    for (Path f : files) {
      Matcher m = PACKAGE.matcher(Files.readString(f, StandardCharsets.ISO_8859_1));
      String pkg = m.find() ? m.group(1) : "";
      groups.computeIfAbsent(pkg, k -> new ArrayList<>()).add(f);
    }
    return new ArrayList<>(groups.values());
  }

  static List<String> rundirTests(Path testDir, Pattern only) throws IOException {
    Set<String> out = new TreeSet<>();
    for (String sub : ConformanceTest.DIRS) {
      Path d = sub.isEmpty() ? testDir : testDir.resolve(sub);
      if (!Files.isDirectory(d)) continue;
      try (Stream<Path> s = Files.list(d)) {
        for (Path p : s.toList()) {
          if (!p.getFileName().toString().endsWith(".go") || !Files.isRegularFile(p)) continue;
          byte[] head;
          try (var in = Files.newInputStream(p)) {
            head = in.readNBytes(16);
          }
          String h = new String(head, StandardCharsets.ISO_8859_1);
          if (!(h.startsWith("// rundir\n") || h.equals("// rundir"))) continue;
          String name = testDir.relativize(p).toString();
          if (only == null || only.matcher(name).find()) out.add(name);
        }
      }
    }
    return new ArrayList<>(out);
  }
}
