package gava.loader;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the Go installation whose {@code src/} gava compiles the standard library from: $GOROOT,
 * then {@code go env GOROOT} (when a go binary is on PATH), then the usual install places
 * ({@code /usr/lib/go}, the newest {@code /usr/lib/go-1.*}, {@code /usr/local/go}). A GOROOT
 * counts only when it has the Go sources ({@code src/runtime}).
 */
public final class Goroot {
  private Goroot() {}

  /** No usable GOROOT; the message says how to install the Go sources. */
  public static final class NotFound extends Exception {
    public NotFound(String message) {
      super(message);
    }
  }

  /** The GOROOT for this process's environment. */
  public static Path find() throws NotFound {
    return find(System.getenv(), true);
  }

  /**
   * The GOROOT for an environment: {@code GOROOT}, then (when {@code askGo}) {@code go env GOROOT}
   * with the go binary found on the environment's PATH, then the usual places.
   */
  public static Path find(Map<String, String> env, boolean askGo) throws NotFound {
    String set = env.get("GOROOT");
    if (set != null && !set.isBlank()) {
      Path p = Path.of(set);
      if (hasSources(p)) return p;
      throw new NotFound("GOROOT=" + set + " has no Go sources (no " + p.resolve("src/runtime") + "); "
          + installHint());
    }
    if (askGo) {
      Path fromGo = goEnvGoroot(env.get("PATH"));
      if (fromGo != null && hasSources(fromGo)) return fromGo;
    }
    for (Path p : usualPlaces()) {
      if (hasSources(p)) return p;
    }
    throw new NotFound("cannot find GOROOT: set $GOROOT to a Go installation with sources, or " + installHint());
  }

  static String installHint() {
    return "install the Go sources (e.g. apt-get install golang-1.19-src, or unpack a Go release into /usr/local/go)";
  }

  /** Whether {@code p} is a Go installation with the std sources. */
  public static boolean hasSources(Path p) {
    return Files.isDirectory(p.resolve("src/runtime")) && Files.isDirectory(p.resolve("src/fmt"));
  }

  /** /usr/lib/go, /usr/lib/go-1.N (newest first), /usr/local/go. */
  static List<Path> usualPlaces() {
    List<Path> out = new ArrayList<>();
    out.add(Path.of("/usr/lib/go"));
    List<Path> versioned = new ArrayList<>();
    try (Stream<Path> s = Files.list(Path.of("/usr/lib"))) {
      s.filter(p -> p.getFileName().toString().matches("go-1\\.\\d+")).forEach(versioned::add);
    } catch (IOException | RuntimeException e) {
      // no /usr/lib
    }
    versioned.sort(Comparator.comparingInt((Path p) -> Integer.parseInt(p.getFileName().toString().substring(5)))
        .reversed());
    out.addAll(versioned);
    out.add(Path.of("/usr/local/go"));
    return out;
  }

  /** {@code go env GOROOT} using the first go binary on {@code path}, or null. */
  static Path goEnvGoroot(String path) {
    if (path == null) return null;
    Path go = null;
    for (String dir : path.split(File.pathSeparator)) {
      if (dir.isEmpty()) continue;
      Path cand = Path.of(dir, "go");
      if (Files.isExecutable(cand) && !Files.isDirectory(cand)) {
        go = cand;
        break;
      }
    }
    if (go == null) return null;
    try {
      Process p = new ProcessBuilder(go.toString(), "env", "GOROOT")
          .redirectError(ProcessBuilder.Redirect.DISCARD)
          .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
          .start();
      if (!p.waitFor(20, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return null;
      }
      String s = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      return p.exitValue() == 0 && !s.isEmpty() ? Path.of(s) : null;
    } catch (IOException | RuntimeException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  private static final Pattern GOVERSION = Pattern.compile("const\\s+Version\\s*=\\s*(\\d+)");
  private static final Pattern VERSION_FILE = Pattern.compile("^go1\\.(\\d+)");

  /**
   * The N of Go 1.N for a GOROOT: from src/internal/goversion/goversion.go (what go/build uses for
   * its release tags), else the VERSION file; 19 when neither says.
   */
  public static int minorVersion(Path goroot) {
    try {
      Matcher m = GOVERSION.matcher(Files.readString(goroot.resolve("src/internal/goversion/goversion.go")));
      if (m.find()) return Integer.parseInt(m.group(1));
    } catch (IOException | RuntimeException e) {
      // fall through
    }
    try {
      Matcher m = VERSION_FILE.matcher(Files.readString(goroot.resolve("VERSION")).strip());
      if (m.find()) return Integer.parseInt(m.group(1));
    } catch (IOException | RuntimeException e) {
      // fall through
    }
    return 19;
  }
}
