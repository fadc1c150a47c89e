package gava.harness;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a compiled Go program in a child JVM ({@code java -cp <runtime>:<classes> Main args}) with
 * stdout and stderr merged, no stdin, a time limit and a cap on the output kept. JVM options come
 * from the system property {@code gava.child.jvmopts} (default {@link #DEFAULT_OPTS}; as in
 * {@code bin/gava}, every goroutine, the main one included, is a virtual thread on a carrier thread
 * with a 256 MiB stack).
 */
public final class ChildJvm {
  private ChildJvm() {}

  public static final String DEFAULT_OPTS =
      "-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:-UsePerfData -Xshare:auto -Xmx2g -Xss256m -Dgava.main=virtual"
      + " --add-opens=java.base/java.lang=ALL-UNNAMED --add-exports=java.base/jdk.internal.vm=ALL-UNNAMED";

  /** Output beyond this many bytes is dropped (and the result marked truncated). */
  public static final int MAX_OUTPUT = 8 << 20;

  /** What a run did: merged output bytes, exit code (-1 if killed), whether it timed out. */
  public record Run(byte[] output, int exitCode, boolean timedOut, boolean truncated, long millis) {}

  public static Run run(Path classesDir, String mainClass, Path workDir, Duration timeout, List<String> args)
      throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    String opts = System.getProperty("gava.child.jvmopts", DEFAULT_OPTS).trim();
    if (!opts.isEmpty()) cmd.addAll(Arrays.asList(opts.split("\\s+")));
    cmd.add("-cp");
    cmd.add(runtimeClasspath() + File.pathSeparator + classesDir);
    cmd.add(mainClass);
    cmd.addAll(args);
    ProcessBuilder pb = new ProcessBuilder(cmd)
        .directory(workDir.toFile())
        .redirectErrorStream(true)
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    long start = System.nanoTime();
    Process p = pb.start();
    Capture cap = new Capture(p.getInputStream());
    Thread reader = Thread.ofPlatform().daemon().name("child-output").start(cap);
    boolean done = p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    if (!done) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
      p.waitFor(10, TimeUnit.SECONDS);
    }
    reader.join(5000);
    long ms = (System.nanoTime() - start) / 1_000_000;
    return new Run(cap.bytes(), done ? p.exitValue() : -1, !done, cap.truncated, ms);
  }

  private static final class Capture implements Runnable {
    private final InputStream in;
    private final ByteArrayOutputStream buf = new ByteArrayOutputStream();
    volatile boolean truncated;

    Capture(InputStream in) {
      this.in = in;
    }

    @Override
    public void run() {
      byte[] b = new byte[8192];
      try (in) {
        int n;
        while ((n = in.read(b)) > 0) {
          synchronized (buf) {
            int room = MAX_OUTPUT - buf.size();
            if (room > 0) buf.write(b, 0, Math.min(n, room));
            if (n > room) truncated = true;
          }
        }
      } catch (IOException e) {
        // the process was killed
      }
    }

    byte[] bytes() {
      synchronized (buf) {
        return buf.toByteArray();
      }
    }
  }

  private static volatile String runtimeCp;

  /**
   * Where the gava runtime's classes are: the system property {@code gava.runtime.classpath}, else
   * the code source of a runtime class on this JVM's class path (runtime/target/classes or its jar).
   */
  public static String runtimeClasspath() {
    String cp = runtimeCp;
    if (cp != null) return cp;
    cp = System.getProperty("gava.runtime.classpath");
    if (cp == null || cp.isBlank()) {
      for (String name : List.of("gava.runtime.Go", "gava.runtime.GoString", "gava.runtime.GoPanic", "gava.runtime.RuntimeError")) {
        try {
          Class<?> c = Class.forName(name, false, ChildJvm.class.getClassLoader());
          cp = Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
          break;
        } catch (ClassNotFoundException | URISyntaxException | RuntimeException e) {
          // try the next one
        }
      }
    }
    if (cp == null) {
      Path guess = Repo.root().resolve("runtime/target/classes");
      if (!Files.isDirectory(guess)) {
        throw new IllegalStateException("cannot find the gava runtime classes (no gava.runtime class on the class path, "
            + guess + " missing); set -Dgava.runtime.classpath");
      }
      cp = guess.toString();
    }
    runtimeCp = cp;
    return cp;
  }
}
