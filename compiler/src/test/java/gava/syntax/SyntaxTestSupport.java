package gava.syntax;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/** Helpers for the syntax tests: parsing strings, gc-style output, the Go installation. */
final class SyntaxTestSupport {
  private SyntaxTestSupport() {}

  /** The result of parsing one source. */
  record Parsed(File file, Diagnostics diags, List<Diagnostic> raw) {
    /** The errors as gc prints them ({@code path:line:col: msg}), sorted, without the 10-error limit. */
    List<String> gcLines() {
      List<Diagnostic> all = new ArrayList<>(diags.all());
      all.sort(null); // stable
      List<String> out = new ArrayList<>();
      for (Diagnostic d : all) {
        String s = d.toString();
        if (out.isEmpty() || !out.get(out.size() - 1).equals(s)) out.add(s);
      }
      return out;
    }
  }

  static Parsed parse(String path, byte[] src) {
    Diagnostics diags = new Diagnostics();
    List<Diagnostic> raw = new ArrayList<>();
    File f = Parser.parse(new Source(path, src), diags, raw);
    return new Parsed(f, diags, raw);
  }

  static Parsed parse(String src) {
    return parse("x.go", src.getBytes(StandardCharsets.UTF_8));
  }

  /** The Go 1.19 installation ($GOROOT if set, else /usr/lib/go-1.19), or null if absent. */
  static Path goroot() {
    String env = System.getenv("GOROOT");
    if (env != null && !env.isBlank() && Files.isDirectory(Path.of(env, "src"))) return Path.of(env);
    Path p = Path.of("/usr/lib/go-1.19");
    return Files.isDirectory(p.resolve("src")) ? p : null;
  }

  /** All .go files under dir (following symbolic links), sorted; testdata directories skipped if asked. */
  static List<Path> goFiles(Path dir, boolean skipTestdata) throws IOException {
    try (Stream<Path> s = Files.walk(dir, FileVisitOption.FOLLOW_LINKS)) {
      return s.filter(p -> p.toString().endsWith(".go") && Files.isRegularFile(p))
          .filter(p -> !skipTestdata || !dir.relativize(p).toString().matches("(.*/)?testdata/.*"))
          .sorted()
          .toList();
    }
  }

  /** Runs body in a thread with the given stack size, rethrowing what it throws. */
  static void withStack(long stackBytes, Runnable body) {
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread t = new Thread(null, () -> {
      try {
        body.run();
      } catch (Throwable e) {
        failure.set(e);
      }
    }, "syntax-test", stackBytes);
    t.start();
    try {
      t.join();
    } catch (InterruptedException e) {
      throw new RuntimeException(e);
    }
    Throwable e = failure.get();
    if (e instanceof RuntimeException re) throw re;
    if (e instanceof Error er) throw er;
    if (e != null) throw new RuntimeException(e);
  }
}
