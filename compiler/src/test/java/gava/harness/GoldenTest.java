package gava.harness;

import static org.junit.jupiter.api.Assertions.fail;

import gava.cmd.GoFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden programs: each {@code testdata/run/NAME.go} (and each directory {@code testdata/run/D},
 * a program made of its package files, expected output {@code D/D.out}) must print exactly what gc
 * printed into {@code NAME.out} ({@code testdata/regen.sh}), compared after {@link Normalize}.
 * Programs are compiled in this JVM on parallel threads and run in child JVMs; one dynamic test
 * per program. {@code -Dgava.golden=REGEX} runs only the programs whose name matches.
 */
class GoldenTest {
  static final Duration COMPILE_TIMEOUT = Duration.ofSeconds(120);
  static final Duration RUN_TIMEOUT = Duration.ofSeconds(40);

  @TestFactory
  Stream<DynamicTest> golden() throws IOException {
    Path dir = Repo.root().resolve("testdata/run");
    List<ProgramCheck.Spec> specs = specs(dir);
    if (specs.isEmpty()) {
      return Stream.of(DynamicTest.dynamicTest("no golden programs",
          () -> Assumptions.abort("no golden programs in " + dir)));
    }
    int cores = Runtime.getRuntime().availableProcessors();
    Semaphore children = new Semaphore(Math.max(1, cores));
    ExecutorService pool = DaemonPool.forPrograms("golden", cores);
    List<Future<ProgramCheck.Outcome>> futures = new ArrayList<>();
    for (ProgramCheck.Spec s : specs) futures.add(pool.submit(() -> ProgramCheck.check(s, children)));
    pool.shutdown();
    List<DynamicTest> tests = new ArrayList<>();
    for (int i = 0; i < specs.size(); i++) {
      ProgramCheck.Spec s = specs.get(i);
      Future<ProgramCheck.Outcome> f = futures.get(i);
      tests.add(DynamicTest.dynamicTest(s.name(), () -> {
        ProgramCheck.Outcome o;
        try {
          o = f.get(COMPILE_TIMEOUT.plus(RUN_TIMEOUT).toSeconds() * 4, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
          f.cancel(true);
          fail(s.name() + ": the harness gave up waiting (compile or run hangs)");
          return;
        }
        if (!o.passed()) fail(s.name() + ": " + o.reason() + "\n" + o.detail());
      }));
    }
    return tests.stream();
  }

  static List<ProgramCheck.Spec> specs(Path dir) throws IOException {
    List<ProgramCheck.Spec> out = new ArrayList<>();
    if (!Files.isDirectory(dir)) return out;
    String filter = System.getProperty("gava.golden", "");
    Pattern only = filter.isBlank() ? null : Pattern.compile(filter);
    List<Path> entries;
    try (Stream<Path> s = Files.list(dir)) {
      entries = s.sorted().toList();
    }
    for (Path p : entries) {
      String name = p.getFileName().toString();
      if (Files.isDirectory(p)) {
        if (only != null && !only.matcher(name).find()) continue;
        List<Path> files = GoFiles.packageFiles(p);
        if (files.isEmpty()) continue;
        out.add(spec(name + "/", files, p, p.resolve(name + ".out"), dir));
      } else if (name.endsWith(".go")) {
        String base = name.substring(0, name.length() - 3);
        if (only != null && !only.matcher(base).find()) continue;
        out.add(spec(base, List.of(p), dir, dir.resolve(base + ".out"), dir));
      }
    }
    return out;
  }

  private static ProgramCheck.Spec spec(String name, List<Path> files, Path workDir, Path expected, Path testdata)
      throws IOException {
    byte[] want = Files.exists(expected) ? Files.readAllBytes(expected)
        : ("(missing " + expected.getFileName() + ": run testdata/regen.sh " + name + ")\n").getBytes();
    return new ProgramCheck.Spec(name, files, workDir, workDir, want, true, testdata, COMPILE_TIMEOUT, RUN_TIMEOUT);
  }
}
