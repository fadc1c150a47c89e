package gava.cmd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gava.codegen.CompiledProgram;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build cache: hits, invalidation by a changed source, corrupted and foreign entries, clean. */
class BuildCacheTest {
  static final String PROG = "package main\n\nfunc main() {\n\tprintln(\"v1\")\n}\n";

  static Build.Result build(Path file, BuildCache cache) {
    ProgramBuild.Options o = ProgramBuild.Options.defaults().withCache(cache);
    return ProgramBuild.build(ProgramBuild.Target.files(List.of(file)), o);
  }

  static List<Path> entries(Path cacheDir) throws Exception {
    try (Stream<Path> s = Files.walk(cacheDir)) {
      return s.filter(p -> p.getFileName().toString().endsWith("-p")).sorted().toList();
    }
  }

  @Test
  void hitThenMissAfterChange(@TempDir Path dir) throws Exception {
    Path src = dir.resolve("prog.go");
    Files.writeString(src, PROG);
    BuildCache cache = new BuildCache(dir.resolve("cache"));
    Build.Result first = build(src, cache);
    assertTrue(first.ok(), first.errorText());
    assertEquals(0, cache.hits.get());
    assertEquals(1, cache.puts.get());
    Build.Result second = build(src, cache);
    assertTrue(second.ok());
    assertEquals(1, cache.hits.get(), "an unchanged program comes from the cache");
    assertEquals(first.program().mainClass(), second.program().mainClass());
    assertEquals(first.program().classes().keySet(), second.program().classes().keySet());
    for (var e : first.program().classes().entrySet()) assertArrayEquals(e.getValue(), second.program().classes().get(e.getKey()));

    Files.writeString(src, PROG.replace("v1", "v2"));
    Build.Result third = build(src, cache);
    assertTrue(third.ok());
    assertEquals(1, cache.hits.get(), "a changed source is compiled again");
    assertEquals(2, cache.puts.get());
    assertEquals(2, entries(cache.dir()).size());
  }

  @Test
  void indexFindsTheProgramWithoutLoading(@TempDir Path dir) throws Exception {
    Path src = dir.resolve("prog.go");
    Files.writeString(src, PROG);
    FileTime old = FileTime.from(Instant.now().minusSeconds(3600));
    Files.setLastModifiedTime(src, old);
    BuildCache cache = new BuildCache(dir.resolve("cache"));
    assertTrue(build(src, cache).ok());
    assertTrue(build(src, cache).ok());
    assertEquals(0, cache.indexHits.get(), "a file changed less than 2 s ago is not trusted for an index");
    long racy = CacheIndex.racyNanos;
    CacheIndex.racyNanos = 0;
    try {
      assertTrue(build(src, cache).ok());
      assertTrue(build(src, cache).ok());
      assertEquals(1, cache.indexHits.get(), "the index entry vouches for the unchanged source");

      Files.writeString(src, PROG.replace("v1", "v2")); // same size
      Files.setLastModifiedTime(src, old); // and the same modification time: the ctime tells
      assertTrue(build(src, cache).ok());
      assertEquals(1, cache.indexHits.get());
      assertEquals(2, cache.puts.get(), "the changed program is compiled again");
      assertTrue(build(src, cache).ok());
      assertEquals(2, cache.indexHits.get(), "the index entry was rewritten");
    } finally {
      CacheIndex.racyNanos = racy;
    }
  }

  @Test
  void failedBuildsAreNotCached(@TempDir Path dir) throws Exception {
    Path src = dir.resolve("bad.go");
    Files.writeString(src, "package main\n\nfunc main() { undefined() }\n");
    BuildCache cache = new BuildCache(dir.resolve("cache"));
    assertFalse(build(src, cache).ok());
    assertFalse(build(src, cache).ok());
    assertEquals(0, cache.puts.get());
    assertEquals(0, cache.hits.get());
  }

  @Test
  void corruptedEntryIsIgnoredAndReplaced(@TempDir Path dir) throws Exception {
    Path src = dir.resolve("prog.go");
    Files.writeString(src, PROG);
    BuildCache cache = new BuildCache(dir.resolve("cache"));
    assertTrue(build(src, cache).ok());
    Path entry = entries(cache.dir()).get(0);
    byte[] b = Files.readAllBytes(entry);
    b[b.length / 2] ^= 0x55;
    Files.write(entry, b);
    assertTrue(build(src, cache).ok());
    assertEquals(0, cache.hits.get(), "a corrupted entry is not used");
    Files.write(entry, new byte[] {1, 2, 3}); // truncated
    assertTrue(build(src, cache).ok());
    assertEquals(0, cache.hits.get());
    assertTrue(build(src, cache).ok());
    assertEquals(1, cache.hits.get(), "the entry was written again");
  }

  @Test
  void entryFormat() throws Exception {
    CompiledProgram p = new CompiledProgram(Map.of("a/Main", new byte[] {1, 2}, "a/B", new byte[0]), "a/Main");
    String key = new BuildCache.Key().add("x").hex();
    byte[] e = BuildCache.encode(key, p);
    CompiledProgram back = BuildCache.decode(e, key);
    assertNotNull(back);
    assertEquals("a/Main", back.mainClass());
    assertArrayEquals(new byte[] {1, 2}, back.classes().get("a/Main"));
    assertNull(BuildCache.decode(e, new BuildCache.Key().add("y").hex()), "an entry answers only its own key");
    assertNull(BuildCache.decode(new byte[0], key));
    assertFalse(key.equals(new BuildCache.Key().add("x").add("").hex()), "keys are unambiguous");
  }

  @Test
  void directoryFromEnvironmentAndClean(@TempDir Path dir) throws Exception {
    assertNull(BuildCache.directory(Map.of("GAVA_CACHE", "off", "HOME", "/h")));
    assertEquals(Path.of("/c"), BuildCache.directory(Map.of("GAVA_CACHE", "/c", "HOME", "/h")));
    assertEquals(Path.of("/x/gava"), BuildCache.directory(Map.of("XDG_CACHE_HOME", "/x", "HOME", "/h")));
    assertEquals(Path.of("/h/.cache/gava"), BuildCache.directory(Map.of("HOME", "/h")));
    Path src = dir.resolve("prog.go");
    Files.writeString(src, PROG);
    BuildCache cache = new BuildCache(dir.resolve("cache"));
    assertTrue(build(src, cache).ok());
    assertEquals(1, entries(cache.dir()).size());
    assertTrue(BuildCache.clean(cache.dir()));
    assertEquals(0, entries(cache.dir()).size());
    assertTrue(build(src, cache).ok());
    assertEquals(0, cache.hits.get());
  }
}
