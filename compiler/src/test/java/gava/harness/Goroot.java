package gava.harness;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Finds the Go installation whose test/ directory is the conformance suite. */
final class Goroot {
  private Goroot() {}

  static final Path DEFAULT = Path.of("/usr/lib/go-1.19");

  /** $GOROOT, else {@code go env GOROOT}, else {@link #DEFAULT}: the first that has a test/ directory, or null. */
  static Path find() {
    String env = System.getenv("GOROOT");
    if (env != null && !env.isBlank() && Files.isDirectory(Path.of(env, "test"))) return Path.of(env);
    Path fromGo = goEnv();
    if (fromGo != null && Files.isDirectory(fromGo.resolve("test"))) return fromGo;
    if (Files.isDirectory(DEFAULT.resolve("test"))) return DEFAULT;
    return null;
  }

  private static Path goEnv() {
    try {
      Process p = new ProcessBuilder("go", "env", "GOROOT").redirectErrorStream(true)
          .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
      if (!p.waitFor(20, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return null;
      }
      String s = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      return p.exitValue() == 0 && !s.isEmpty() ? Path.of(s) : null;
    } catch (Exception e) {
      return null;
    }
  }
}
