package gava.harness;

import gava.cmd.Build;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.stream.Stream;

/**
 * One program checked against its expected output: compile it in this JVM ({@link Build}), write the
 * classes to a temporary directory, run them in a child JVM ({@link ChildJvm}) and compare the merged
 * output, plus go run's {@code exit status N} line for a non-zero exit, with the expectation. A
 * program that does not compile is compared by its error lines (as go run prints them) when the
 * expectation is a compile failure, else it fails. Never throws: every problem is a failed outcome.
 */
public final class ProgramCheck {
  private ProgramCheck() {}

  /**
   * What to check. {@code expected}: the expected output bytes. {@code normalize}: apply
   * {@link Normalize} to both sides (with {@code testdataDir}). {@code workDir}: the program's
   * current directory; {@code displayBase}: the directory compile errors are shown relative to.
   */
  public record Spec(String name, List<Path> files, Path displayBase, Path workDir, byte[] expected,
      boolean normalize, Path testdataDir, Duration compileTimeout, Duration runTimeout) {}

  /** The verdict; {@code reason} is one line, {@code detail} a diff or the full errors. */
  public record Outcome(String name, boolean passed, String reason, String detail, long compileMs, long runMs) {
    static Outcome pass(String name, long c, long r) {
      return new Outcome(name, true, "ok", "", c, r);
    }

    static Outcome fail(String name, String reason, String detail, long c, long r) {
      return new Outcome(name, false, reason, detail, c, r);
    }
  }

  public static Outcome check(Spec spec, Semaphore childSlots) {
    long t0 = System.nanoTime();
    long compileMs = 0;
    try {
      Build.Options bo = Build.Options.defaults()
          .withDisplayBase(spec.displayBase()).withTimeout(spec.compileTimeout()).withVerify(true);
      // as gava run builds: imported packages (the std from GOROOT with its overlays) included
      Build.Result r = gava.cmd.ProgramBuild.build(gava.cmd.ProgramBuild.Target.files(spec.files()), new gava.cmd.ProgramBuild.Options(bo, true));
      compileMs = (System.nanoTime() - t0) / 1_000_000;
      String expected = latin1(spec.expected());
      if (!r.ok()) {
        String actual = latin1(r.errorText().getBytes(StandardCharsets.UTF_8));
        if (expected.startsWith(Build.HEADER) && same(spec, expected, actual)) return Outcome.pass(spec.name(), compileMs, 0);
        return Outcome.fail(spec.name(), "compile: " + firstError(r.errors()), r.errorText(), compileMs, 0);
      }
      Path tmp = Files.createTempDirectory("gava-prog-");
      try {
        Build.writeClasses(r.program(), tmp);
        ChildJvm.Run run;
        childSlots.acquire();
        try {
          run = ChildJvm.run(tmp, Build.mainClassName(r.program()), spec.workDir(), spec.runTimeout(), List.of());
        } finally {
          childSlots.release();
        }
        String actual = latin1(run.output());
        if (run.timedOut()) {
          return Outcome.fail(spec.name(), "timeout: still running after " + spec.runTimeout().toSeconds() + "s",
              utf8(actual), compileMs, run.millis());
        }
        if (run.exitCode() != 0) actual += "exit status " + run.exitCode() + "\n";
        if (same(spec, expected, actual)) return Outcome.pass(spec.name(), compileMs, run.millis());
        String exp = spec.normalize() ? Normalize.output(expected, spec.testdataDir()) : expected;
        String act = spec.normalize() ? Normalize.output(actual, spec.testdataDir()) : actual;
        String diff = TextDiff.diff(utf8(exp), utf8(act), 2, 30);
        return Outcome.fail(spec.name(), runReason(run, utf8(exp), utf8(act)),
            "--- expected\n+++ actual" + (run.truncated() ? " (output truncated)" : "") + "\n" + diff,
            compileMs, run.millis());
      } finally {
        deleteTree(tmp);
      }
    } catch (Throwable e) {
      return Outcome.fail(spec.name(), "harness: " + e, String.valueOf(e), compileMs, 0);
    }
  }

  private static boolean same(Spec spec, String expected, String actual) {
    if (!spec.normalize()) return expected.equals(actual);
    return Normalize.output(expected, spec.testdataDir()).equals(Normalize.output(actual, spec.testdataDir()));
  }

  private static String firstError(List<String> errors) {
    for (String e : errors) {
      if (!e.equals(Build.HEADER)) return e;
    }
    return "failed";
  }

  private static String runReason(ChildJvm.Run run, String exp, String act) {
    if (run.exitCode() != 0 && !exp.contains("exit status " + run.exitCode())) {
      String first = act.lines().filter(l -> l.startsWith("panic: ") || l.startsWith("fatal error: ")
          || l.startsWith("Exception") || l.startsWith("Error") || l.contains("Error:")).findFirst()
          .orElse(act.lines().findFirst().orElse(""));
      return "exit status " + run.exitCode() + ": " + clip(first);
    }
    String[] a = exp.split("\n", -1), b = act.split("\n", -1);
    int k = 0;
    while (k < a.length && k < b.length && a[k].equals(b[k])) k++;
    return "output differs at line " + (k + 1) + ": want " + quote(k < a.length ? a[k] : null)
        + ", got " + quote(k < b.length ? b[k] : null);
  }

  private static String quote(String s) {
    return s == null ? "<end>" : "\"" + clip(s) + "\"";
  }

  private static String clip(String s) {
    return s.length() > 120 ? s.substring(0, 120) + "..." : s;
  }

  static String latin1(byte[] b) {
    return new String(b, StandardCharsets.ISO_8859_1);
  }

  static String utf8(String latin1) {
    return new String(latin1.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
  }

  static void deleteTree(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    } catch (IOException e) {
      // best effort
    }
  }
}
