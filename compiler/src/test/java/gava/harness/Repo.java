package gava.harness;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locations in the repository and build, for the harnesses. */
public final class Repo {
  private Repo() {}

  private static volatile Path root;

  /**
   * The repository root: the system property {@code gava.root} (set by the compiler module's
   * Surefire configuration), else the first directory upwards from the current one that has
   * {@code testdata/} and {@code compiler/}.
   */
  public static Path root() {
    Path r = root;
    if (r != null) return r;
    String p = System.getProperty("gava.root");
    if (p != null && !p.isBlank()) {
      r = Path.of(p).toAbsolutePath().normalize();
    } else {
      r = Path.of("").toAbsolutePath();
      for (Path d = r; d != null; d = d.getParent()) {
        if (Files.isDirectory(d.resolve("testdata")) && Files.isDirectory(d.resolve("compiler"))) {
          r = d;
          break;
        }
      }
    }
    root = r;
    return r;
  }

  /** The build output directory for reports: {@code gava.target}, else {@code compiler/target}. */
  public static Path target() {
    String p = System.getProperty("gava.target");
    return p != null && !p.isBlank() ? Path.of(p) : root().resolve("compiler/target");
  }
}
