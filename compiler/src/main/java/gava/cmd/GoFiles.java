package gava.cmd;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Which files of a directory make up its package, as the go command decides: {@code .go} files not
 * starting with {@code _} or {@code .}, not {@code _test.go}, whose name suffixes
 * ({@code _GOOS}, {@code _GOARCH}, {@code _GOOS_GOARCH}) and build constraints ({@code //go:build}
 * or else {@code // +build} lines before the package clause) are satisfied. gava builds for
 * linux; the satisfied tags are {@link #TAGS} and {@code go1.1} to {@code go1.24}.
 */
public final class GoFiles {
  private GoFiles() {}

  /** Build tags that hold for gava. ("ignore" and everything unknown do not.) */
  public static final Set<String> TAGS = Set.of("linux", "unix", "amd64", "gava");

  static final Set<String> KNOWN_OS = Set.of("aix", "android", "darwin", "dragonfly", "freebsd", "hurd",
      "illumos", "ios", "js", "linux", "nacl", "netbsd", "openbsd", "plan9", "solaris", "wasip1", "windows", "zos");
  static final Set<String> KNOWN_ARCH = Set.of("386", "amd64", "amd64p32", "arm", "armbe", "arm64", "arm64be",
      "loong64", "mips", "mipsle", "mips64", "mips64le", "mips64p32", "mips64p32le", "ppc", "ppc64", "ppc64le",
      "riscv", "riscv64", "s390", "s390x", "sparc", "sparc64", "wasm");

  /** The package's files of {@code dir}, sorted by name. */
  public static List<Path> packageFiles(Path dir) throws IOException {
    List<Path> out = new ArrayList<>();
    try (Stream<Path> s = Files.list(dir)) {
      for (Path p : s.sorted().toList()) {
        String name = p.getFileName().toString();
        if (!name.endsWith(".go") || name.startsWith("_") || name.startsWith(".")) continue;
        if (name.endsWith("_test.go") || !Files.isRegularFile(p)) continue;
        if (!nameMatches(name)) continue;
        if (!constraintsHold(Files.readAllBytes(p))) continue;
        out.add(p);
      }
    }
    return out;
  }

  /** The GOOS/GOARCH file name suffix rule. */
  static boolean nameMatches(String name) {
    String stem = name.substring(0, name.length() - 3);
    String[] parts = stem.split("_", -1);
    int n = parts.length;
    if (n >= 3 && KNOWN_OS.contains(parts[n - 2]) && KNOWN_ARCH.contains(parts[n - 1])) {
      return tag(parts[n - 2]) && tag(parts[n - 1]);
    }
    if (n >= 2) {
      String last = parts[n - 1];
      if (KNOWN_OS.contains(last) || KNOWN_ARCH.contains(last)) return tag(last);
    }
    return true;
  }

  /** Whether the build constraints in the file's header (before the package clause) hold. */
  static boolean constraintsHold(byte[] src) {
    String text = new String(src, StandardCharsets.UTF_8);
    String goBuild = null;
    List<String> plusBuild = new ArrayList<>();
    boolean inBlock = false;
    for (String raw : text.split("\n", -1)) {
      String line = raw.strip();
      if (inBlock) {
        int end = line.indexOf("*/");
        if (end < 0) continue;
        inBlock = false;
        line = line.substring(end + 2).strip();
      }
      if (line.isEmpty()) continue;
      if (line.startsWith("/*")) {
        if (!line.substring(2).contains("*/")) inBlock = true;
        continue;
      }
      if (!line.startsWith("//")) break; // package clause (or anything else) ends the header
      if (line.startsWith("//go:build") && (line.length() == 10 || Character.isWhitespace(line.charAt(10)))) {
        if (goBuild == null) goBuild = line.substring(10).strip();
      } else if (line.startsWith("//") && line.substring(2).strip().startsWith("+build")) {
        String rest = line.substring(2).strip().substring(6);
        if (rest.isEmpty() || Character.isWhitespace(rest.charAt(0))) plusBuild.add(rest.strip());
      }
    }
    if (goBuild != null) {
      try {
        return new Expr(goBuild).parse();
      } catch (IllegalArgumentException e) {
        return false; // go reports a malformed constraint as an error; gava skips the file
      }
    }
    for (String l : plusBuild) {
      boolean any = false;
      for (String alt : l.split("\\s+")) {
        boolean all = true;
        for (String t : alt.split(",")) {
          boolean neg = t.startsWith("!");
          String name = neg ? t.substring(1) : t;
          if (tag(name) == neg) all = false;
        }
        if (all) any = true;
      }
      if (!any) return false;
    }
    return true;
  }

  static boolean tag(String t) {
    if (TAGS.contains(t)) return true;
    if (t.startsWith("go1.")) {
      try {
        int minor = Integer.parseInt(t.substring(4));
        return minor >= 1 && minor <= 24;
      } catch (NumberFormatException e) {
        return false;
      }
    }
    return false;
  }

  /** A //go:build expression: {@code ||}, {@code &&}, {@code !}, parentheses, tags. */
  private static final class Expr {
    final String s;
    int i;

    Expr(String s) {
      this.s = s;
    }

    boolean parse() {
      boolean v = or();
      skip();
      if (i != s.length()) throw new IllegalArgumentException("unexpected " + s.substring(i));
      return v;
    }

    boolean or() {
      boolean v = and();
      while (eat("||")) v = and() | v;
      return v;
    }

    boolean and() {
      boolean v = not();
      while (eat("&&")) v = not() & v;
      return v;
    }

    boolean not() {
      if (eat("!")) return !not();
      if (eat("(")) {
        boolean v = or();
        if (!eat(")")) throw new IllegalArgumentException("missing )");
        return v;
      }
      skip();
      int start = i;
      while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_' || s.charAt(i) == '.')) i++;
      if (start == i) throw new IllegalArgumentException("missing tag");
      return tag(s.substring(start, i));
    }

    boolean eat(String tok) {
      skip();
      if (s.startsWith(tok, i)) {
        i += tok.length();
        return true;
      }
      return false;
    }

    void skip() {
      while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
    }
  }
}
