package gava.cmd;

import gava.codegen.CompiledProgram;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * gava test's result cache, as go test's: a passing package's output is kept, keyed by the compiled
 * test program (its classes, so every source file of the package and its dependencies), the test
 * binary's flags, gava's build id, the package directory and its {@code testdata} tree (names, sizes
 * and modification times: go instead records the files and variables the test used); a later run
 * with the same key prints the output again and {@code ok  \tpkg\t(cached)}. Only runs whose flags
 * are all cacheable are cached ({@link #CACHEABLE}: -count, -bench, -benchmem and the rest are not,
 * so {@code -count=1} forces a run). The results live in the build cache directory under
 * {@code test/}; no cache when the build cache is off.
 */
final class TestCache {
  private TestCache() {}

  /** go's cacheable test flags (cmd/go/internal/test: testFlagDefn's cacheable set). */
  static final Set<String> CACHEABLE = Set.of("benchtime", "cpu", "list", "parallel", "run", "short", "timeout",
      "failfast", "v", "skip");

  /** Whether every flag of the test binary (as -test.NAME=value) is cacheable. */
  static boolean cacheable(List<String> testArgs) {
    for (String a : testArgs) {
      String n = a.replaceFirst("^-test\\.", "").replaceFirst("=.*", "");
      if (!CACHEABLE.contains(n)) return false;
    }
    return true;
  }

  /** The cache file for a run, or null when there is no cache. */
  static Path entry(CompiledProgram program, List<String> testArgs, Path pkgDir, String importPath) {
    Path dir = BuildCache.directory(System.getenv());
    if (dir == null) return null;
    MessageDigest md;
    try {
      md = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      return null;
    }
    put(md, "gava test 1\n" + BuildCache.buildId() + "\n" + importPath + "\n" + pkgDir + "\n");
    for (String a : testArgs) put(md, "arg " + a + "\n");
    for (Map.Entry<String, byte[]> c : new TreeMap<>(program.classes()).entrySet()) {
      put(md, "class " + c.getKey() + " " + c.getValue().length + "\n");
      md.update(c.getValue());
    }
    Path td = pkgDir.resolve("testdata");
    if (Files.isDirectory(td)) {
      try (Stream<Path> s = Files.walk(td)) {
        for (Path p : s.sorted().toList()) {
          put(md, "file " + td.relativize(p) + " " + Files.size(p) + " " + Files.getLastModifiedTime(p).toMillis() + "\n");
        }
      } catch (IOException e) {
        return null;
      }
    }
    String key = HexFormat.of().formatHex(md.digest());
    return dir.resolve("test").resolve(key.substring(0, 2)).resolve(key + "-t");
  }

  private static void put(MessageDigest md, String s) {
    md.update(s.getBytes(StandardCharsets.UTF_8));
  }

  /** The cached output of a passing run, or null. */
  static String get(Path entry) {
    if (entry == null || !Files.isRegularFile(entry)) return null;
    try {
      return Files.readString(entry, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return null;
    }
  }

  /** Records a passing run's output (best effort: written aside, then renamed). */
  static void put(Path entry, String output) {
    if (entry == null) return;
    try {
      Files.createDirectories(entry.getParent());
      Path tmp = entry.resolveSibling(entry.getFileName() + "." + ProcessHandle.current().pid());
      Files.writeString(tmp, output, StandardCharsets.UTF_8);
      Files.move(tmp, entry, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      // no caching then
    }
  }
}
