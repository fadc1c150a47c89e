package gava.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import gava.cmd.Build;
import gava.cmd.Main;
import gava.cmd.ProgramBuild;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Programs of several packages: each directory {@code testdata/modules/NAME} is a module (go.mod at
 * its root) with a go command line in {@code run.args} ({@code run .}, {@code run ./cmd/x},
 * {@code run main.go}), and what gc 1.19's go command printed for it (stdout and stderr merged) in
 * {@code expect.out}, its exit status in {@code expect.code} ({@code testdata/modules/regen.sh}).
 * The test builds the program as {@code gava run} does ({@link ProgramBuild}, in the module
 * directory), runs it in a child JVM, and compares output (after {@link Normalize}; the module
 * directory's path is normalised too) and exit status. {@code -Dgava.modules=REGEX} selects tests.
 */
class ModuleTest {
  static final Duration COMPILE_TIMEOUT = Duration.ofSeconds(120);
  static final Duration RUN_TIMEOUT = Duration.ofSeconds(20);
  private static final Pattern MODULES_DIR = Pattern.compile("(?:/[^/\\s:]+)*/testdata/modules/");

  @TestFactory
  Stream<DynamicTest> modules() throws IOException {
    Path dir = Repo.root().resolve("testdata/modules");
    List<Path> tests = new ArrayList<>();
    if (Files.isDirectory(dir)) {
      Pattern select = Pattern.compile(System.getProperty("gava.modules", ".*"));
      try (Stream<Path> s = Files.list(dir)) {
        s.filter(p -> Files.isRegularFile(p.resolve("run.args")) && select.matcher(p.getFileName().toString()).find())
            .sorted().forEach(tests::add);
      }
    }
    if (tests.isEmpty()) {
      return Stream.of(DynamicTest.dynamicTest("no module tests", () -> Assumptions.abort("no module tests in " + dir)));
    }
    return tests.stream().map(t -> DynamicTest.dynamicTest(t.getFileName().toString(), () -> check(t)));
  }

  private static void check(Path module) throws Exception {
    List<String> lines = Files.readString(module.resolve("run.args")).strip().lines().filter(l -> !l.isBlank()).toList();
    if (lines.size() > 1 || !lines.get(0).strip().startsWith("run ") || Files.exists(module.resolve("env"))) {
      checkCommand(module, lines);
      return;
    }
    String[] args = Files.readString(module.resolve("run.args")).strip().split("\\s+");
    if (args.length < 2 || !args[0].equals("run")) fail("run.args must be \"run TARGET [args...]\": " + Arrays.toString(args));
    List<Path> files = new ArrayList<>();
    int i = 1;
    while (i < args.length && args[i].endsWith(".go")) files.add(module.resolve(args[i++]));
    ProgramBuild.Target target = files.isEmpty() ? ProgramBuild.Target.dir(module.resolve(args[i++])) : ProgramBuild.Target.files(files);
    List<String> progArgs = List.of(Arrays.copyOfRange(args, i, args.length));
    Build.Options bo = Build.Options.defaults().withDisplayBase(module).withTimeout(COMPILE_TIMEOUT).withVerify(true);
    Build.Result r = ProgramBuild.build(target, new ProgramBuild.Options(bo, true));
    String actual;
    int code;
    if (!r.ok()) {
      actual = r.errorText();
      code = Main.failureStatus(r);
    } else {
      Path tmp = Files.createTempDirectory("gava-module-");
      try {
        Build.writeClasses(r.program(), tmp);
        ChildJvm.Run run = ChildJvm.run(tmp, Build.mainClassName(r.program()), module, RUN_TIMEOUT, progArgs);
        if (run.timedOut()) fail("still running after " + RUN_TIMEOUT.toSeconds() + "s");
        actual = new String(run.output(), StandardCharsets.UTF_8);
        code = 0;
        if (run.exitCode() != 0) {
          actual += "exit status " + run.exitCode() + "\n";
          code = 1;
        }
      } finally {
        deleteTree(tmp);
      }
    }
    String expected = Files.readString(module.resolve("expect.out"));
    int expectedCode = Integer.parseInt(Files.readString(module.resolve("expect.code")).strip());
    assertEquals(normalize(expected), normalize(actual), module.getFileName() + ": output");
    assertEquals(expectedCode, code, module.getFileName() + ": exit status");
  }

  /** Runs each command line with the gava command in a child JVM and compares as {@link #check}. */
  private static void checkCommand(Path original, List<String> lines) throws Exception {
    Path tmp = Files.createTempDirectory("gava-module-");
    try {
      Path module = tmp.resolve(original.getFileName().toString());
      copyTree(original, module);
      checkCommand(original, module, lines);
    } finally {
      try (Stream<Path> s = Files.walk(tmp)) {
        s.forEach(p -> p.toFile().setWritable(true)); // (the module cache's directories are read-only)
      }
      deleteTree(tmp);
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path q = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) Files.createDirectories(q);
        else Files.copy(p, q);
      }
    }
  }

  private static void checkCommand(Path original, Path module, List<String> lines) throws Exception {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("GO111MODULE", "on");
    env.put("GOFLAGS", "");
    env.put("GOPROXY", "off");
    env.put("GOWORK", "off");
    env.put("GAVA_CACHE", "off");
    Path envFile = module.resolve("env");
    if (Files.exists(envFile)) {
      for (String l : Files.readAllLines(envFile)) {
        int eq = l.indexOf('=');
        if (l.isBlank() || l.startsWith("#") || eq < 0) continue;
        env.put(l.substring(0, eq).strip(), l.substring(eq + 1).strip().replace("$DIR", module.toAbsolutePath().toString()));
      }
    }
    StringBuilder actual = new StringBuilder();
    int code = 0;
    for (String line : lines) {
      List<String> cmd = new ArrayList<>();
      cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      cmd.addAll(Arrays.asList(ChildJvm.DEFAULT_OPTS.split("\\s+")));
      cmd.add("-cp");
      cmd.add(System.getProperty("java.class.path"));
      cmd.add("gava.cmd.Main");
      cmd.addAll(Arrays.asList(line.strip().split("\\s+")));
      ProcessBuilder pb = new ProcessBuilder(cmd).directory(module.toFile()).redirectErrorStream(true)
          .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
      pb.environment().putAll(env);
      Process p = pb.start();
      byte[] out;
      try (var in = p.getInputStream()) {
        out = in.readAllBytes();
      }
      if (!p.waitFor(COMPILE_TIMEOUT.toSeconds() + RUN_TIMEOUT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS)) {
        p.destroyForcibly();
        fail(line + ": still running");
      }
      actual.append(new String(out, StandardCharsets.UTF_8).replace(module.toString(), original.toAbsolutePath().toString()));
      code = p.exitValue();
    }
    String expected = Files.readString(original.resolve("expect.out"));
    int expectedCode = Integer.parseInt(Files.readString(original.resolve("expect.code")).strip());
    assertEquals(normalizeCommand(expected, module), normalizeCommand(actual.toString(), module), module.getFileName() + ": output");
    assertEquals(expectedCode, code, module.getFileName() + ": exit status");
  }

  /**
   * {@link #normalize}, and test times ({@code 0.012s}, {@code (cached)}) at the end of ok/FAIL lines
   * as X, also in go test -json's events (with their Time and Elapsed).
   */
  static String normalizeCommand(String s, Path module) {
    s = s.replaceAll("(?m)^((?:ok  |FAIL)\t\\S+)\t(?:\\d+\\.\\d+s|\\(cached\\))$", "$1\tX");
    // (go test -json: event times, elapsed seconds, and the ok/FAIL line's time inside an Output string)
    s = s.replaceAll("\"Time\":\"[^\"]*\"", "\"Time\":\"X\"");
    s = s.replaceAll("\"Elapsed\":[0-9.e+-]+", "\"Elapsed\":X");
    s = s.replaceAll("(--- (?:PASS|FAIL|SKIP): \\S+) \\(\\d+\\.\\d+s\\)", "$1 (X)");
    s = s.replaceAll("((?:ok  |FAIL)\\\\t[^\\\\\"]+)\\\\t(?:\\d+\\.\\d+s|\\(cached\\))", "$1\\\\tX");
    return normalize(s);
  }

  static String normalize(String s) {
    return Normalize.output(MODULES_DIR.matcher(s).replaceAll(Normalize.TESTDATA.replace("$", "\\$") + "/"), null);
  }

  private static void deleteTree(Path p) throws IOException {
    if (!Files.exists(p)) return;
    try (Stream<Path> s = Files.walk(p)) {
      for (Path q : s.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) Files.deleteIfExists(q);
    }
  }
}
