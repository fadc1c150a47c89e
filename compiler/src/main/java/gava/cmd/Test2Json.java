package gava.cmd;

import gava.loader.Goroot;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code gava test -json}: GOROOT's {@code cmd/test2json} (its {@code cmd/internal/test2json}
 * converter, unchanged), compiled by gava as a program and run in a child JVM per package as
 * {@code test2json -p PKG -t}: what {@code gava test} prints for the package (the test binary's
 * {@code -test.v} output, then the {@code ok}/{@code FAIL} line) goes to its standard input, and its
 * JSON events ({@code run}, {@code output}, {@code pass}, ... with {@code Time} and {@code Elapsed})
 * are copied to standard output as they come, as go test -json does with the converter in process.
 */
final class Test2Json implements AutoCloseable {
  private static Path jar;
  private static String mainClass;

  private final Process process;
  private final Thread pump;
  /** Where the package's plain output goes. */
  final PrintStream in;

  private Test2Json(Process process, Thread pump) {
    this.process = process;
    this.pump = pump;
    this.in = new PrintStream(process.getOutputStream(), true, java.nio.charset.StandardCharsets.UTF_8);
  }

  /** Builds the converter once per gava run; false after printing why it could not be built. */
  static synchronized boolean prepare(PrintStream err) {
    if (jar != null) return true;
    Path dir;
    Path tmpDir;
    try {
      tmpDir = Files.createTempDirectory("gava-test2json");
    } catch (IOException e) {
      err.println("gava test: cannot create a temporary directory: " + e.getMessage());
      return false;
    }
    try {
      dir = Goroot.find().resolve("src/cmd/test2json");
    } catch (Goroot.NotFound e) {
      err.println("gava: " + e.getMessage());
      return false;
    }
    Build.Result r = ProgramBuild.build(ProgramBuild.Target.dir(dir), Main.commandOptions());
    if (!r.ok()) {
      err.println("gava: cannot build cmd/test2json from GOROOT:");
      err.print(r.errorText());
      return false;
    }
    Path j = tmpDir.resolve("test2json.jar");
    try {
      ProgramJar.write(r.program(), j);
    } catch (IOException | RuntimeException e) {
      err.println("gava test: cannot write " + j + ": " + e.getMessage());
      return false;
    }
    jar = j;
    mainClass = Build.mainClassName(r.program());
    return true;
  }

  /** Starts the converter for one package; its events go to {@code out}. */
  static Test2Json start(String importPath, PrintStream out) throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(JarMain.javaCommand());
    cmd.addAll(JarMain.JVM_OPTIONS);
    cmd.add("-Dgava.arg0=test2json");
    cmd.add("-cp");
    cmd.add(jar.toString());
    cmd.add(mainClass);
    cmd.add("-p");
    cmd.add(importPath);
    cmd.add("-t");
    Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    Thread pump = new Thread(() -> {
      try (InputStream events = p.getInputStream()) {
        byte[] buf = new byte[8192];
        for (int n; (n = events.read(buf)) > 0; ) {
          synchronized (out) {
            out.write(buf, 0, n);
            out.flush();
          }
        }
      } catch (IOException e) {
        // the converter ended
      }
    }, "gava-test2json");
    pump.setDaemon(true);
    pump.start();
    return new Test2Json(p, pump);
  }

  /** Ends the input (the converter then writes the package's final event) and waits for the events. */
  @Override
  public void close() {
    in.close();
    try {
      process.waitFor();
      pump.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Deletes the converter's jar (at the end of gava test). */
  static synchronized void cleanup() {
    if (jar == null) return;
    try {
      Files.deleteIfExists(jar);
      Files.deleteIfExists(jar.getParent());
    } catch (IOException e) {
      // a temporary file left behind
    }
    jar = null;
  }
}
