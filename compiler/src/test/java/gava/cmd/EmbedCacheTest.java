package gava.cmd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build cache and {@code //go:embed}: a program's key includes its embedded files, so changing
 * one (or adding a file to an embedded directory) compiles again, also when an index entry would
 * otherwise vouch for the unchanged sources.
 */
class EmbedCacheTest {
  static final String PROG = "package main\n\nimport (\n\t\"embed\"\n\t_ \"embed\"\n)\n\n//go:embed data.txt\nvar s string\n\n"
      + "//go:embed dir\nvar d embed.FS\n\nfunc main() { println(s) }\n";

  static Build.Result build(Path dir, BuildCache cache) {
    ProgramBuild.Options o = ProgramBuild.Options.defaults().withCache(cache);
    return ProgramBuild.build(ProgramBuild.Target.dir(dir), o);
  }

  /** Whether some class of the program holds these bytes (the embedded data is in its string literals). */
  static boolean holds(Build.Result r, String text) {
    byte[] want = text.getBytes(StandardCharsets.UTF_8);
    for (byte[] c : r.program().classes().values()) {
      outer:
      for (int i = 0; i + want.length <= c.length; i++) {
        for (int j = 0; j < want.length; j++) if (c[i + j] != want[j]) continue outer;
        return true;
      }
    }
    return false;
  }

  @Test
  void changedEmbeddedFileIsCompiledAgain(@TempDir Path tmp) throws Exception {
    Path dir = tmp.resolve("prog");
    Files.createDirectories(dir.resolve("dir"));
    Files.writeString(dir.resolve("main.go"), PROG);
    Files.writeString(dir.resolve("data.txt"), "first-version");
    Files.writeString(dir.resolve("dir/a.txt"), "a");
    FileTime old = FileTime.from(Instant.now().minusSeconds(3600));
    for (Path p : List.of(dir.resolve("main.go"), dir.resolve("data.txt"), dir.resolve("dir/a.txt"), dir.resolve("dir"), dir)) {
      Files.setLastModifiedTime(p, old);
    }
    BuildCache cache = new BuildCache(tmp.resolve("cache"));
    long racy = CacheIndex.racyNanos;
    CacheIndex.racyNanos = 0;
    try {
      Build.Result first = build(dir, cache);
      assertTrue(first.ok(), first.errorText());
      assertTrue(holds(first, "first-version"));
      assertTrue(build(dir, cache).ok());
      assertEquals(1, cache.indexHits.get(), "an unchanged program comes from the index");

      Files.writeString(dir.resolve("data.txt"), "other-version");
      Files.setLastModifiedTime(dir.resolve("data.txt"), old); // same size, same mtime: the ctime tells
      Build.Result second = build(dir, cache);
      assertTrue(second.ok(), second.errorText());
      assertTrue(holds(second, "other-version"), "the new content is compiled in");
      assertEquals(1, cache.indexHits.get());
      assertEquals(2, cache.puts.get());

      Files.writeString(dir.resolve("dir/b.txt"), "new-file-in-dir");
      Build.Result third = build(dir, cache);
      assertTrue(third.ok(), third.errorText());
      assertTrue(holds(third, "new-file-in-dir"), "a file added to an embedded directory is embedded");
      assertEquals(3, cache.puts.get());
    } finally {
      CacheIndex.racyNanos = racy;
    }
  }
}
