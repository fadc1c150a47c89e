package gava.codegen;

import gava.syntax.Diagnostics;
import gava.syntax.File;
import gava.syntax.Parser;
import gava.syntax.Source;
import gava.types.Checker;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Test support: compiles Go sources in memory (parse, check, {@link Backend#compile}) and runs the
 * program in a child JVM (the runtime exits the JVM), capturing its merged output and exit status.
 */
final class GoProgram {
  /** Diagnostics (rendered) when compilation failed, else the program. */
  record Compiled(List<String> errors, CompiledProgram program) {
    boolean ok() {
      return errors.isEmpty() && program != null;
    }
  }

  /** Merged stdout+stderr of a run (as UTF-8 text and raw bytes) and its exit status. */
  record Run(String output, byte[] raw, int exit) {}

  private GoProgram() {}

  static Compiled compile(String... sources) {
    Diagnostics diags = new Diagnostics();
    List<File> files = new ArrayList<>();
    for (int i = 0; i < sources.length; i++) {
      String path = "/tmp/gava-test/prog" + (i == 0 ? "" : i) + ".go";
      files.add(Parser.parse(new Source(path, sources[i].getBytes(StandardCharsets.UTF_8)), diags));
    }
    if (diags.hasErrors()) return new Compiled(diags.render(), null);
    gava.types.Package pkg = Checker.check("main", files, diags);
    if (diags.hasErrors()) return new Compiled(diags.render(), null);
    CompiledProgram p = Backend.compile(pkg, files, diags);
    return new Compiled(diags.render(), p);
  }

  /** Compiles and runs; fails the test (IllegalStateException) when compilation fails. */
  static Run run(String... sources) {
    Compiled c = compile(sources);
    if (!c.ok()) throw new IllegalStateException("compile errors: " + c.errors());
    return run(c.program());
  }

  static Run run(CompiledProgram p) {
    try {
      Path dir = Files.createTempDirectory("gava-codegen-test");
      try {
        for (Map.Entry<String, byte[]> e : p.classes().entrySet()) {
          Path f = dir.resolve(e.getKey() + ".class");
          Files.createDirectories(f.getParent());
          Files.write(f, e.getValue());
        }
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = dir + java.io.File.pathSeparator + System.getProperty("java.class.path");
        ProcessBuilder pb = new ProcessBuilder(javaBin, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp", cp,
            p.mainClass().replace('/', '.'));
        pb.redirectErrorStream(true);
        Process proc = pb.start();
        byte[] out = proc.getInputStream().readAllBytes();
        if (!proc.waitFor(120, TimeUnit.SECONDS)) {
          proc.destroyForcibly();
          throw new IllegalStateException("timeout");
        }
        return new Run(new String(out, StandardCharsets.UTF_8), out, proc.exitValue());
      } finally {
        try (var walk = Files.walk(dir)) {
          walk.sorted(java.util.Comparator.reverseOrder()).forEach(x -> x.toFile().delete());
        }
      }
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A program whose main is the given body (and optional declarations before it). */
  static String main(String decls, String body) {
    return "package main\n\n" + decls + "\n\nfunc main() {\n" + body + "\n}\n";
  }
}
