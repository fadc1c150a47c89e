package gava.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gava.harness.Repo;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The module machinery's pieces against what the go command computed: go.sum hashes of a module zip,
 * of its extracted directory and of its go.mod (testdata/modules/mod_cache, filled by gc's {@code go
 * mod download}), semantic version order, vendor/modules.txt parsing and its consistency check.
 */
class ModulesTest {
  static final Path CACHE = Repo.root().resolve("testdata/modules/mod_cache/testdata/gomodcache");

  @Test
  void hashesMatchGoSum() throws Exception {
    GoSum sum = GoSum.read(Repo.root().resolve("testdata/modules/mod_cache"));
    ModCache cache = new ModCache(CACHE, new ModProxy("off"), null);
    String want = sum.h1("example.com/dep", "v1.0.0").get(0);
    assertEquals(want, DirHash.hashZip(cache.download("example.com/dep", "v1.0.0", "zip")));
    assertEquals(want, DirHash.hashDir(cache.dir("example.com/dep", "v1.0.0"), "example.com/dep@v1.0.0"));
    assertEquals(want, cache.zipHash("example.com/dep", "v1.0.0"));
    assertEquals(sum.h1("example.com/Upper/Lib", "v0.1.0/go.mod").get(0),
        DirHash.goModHash(cache.goMod("example.com/Upper/Lib", "v0.1.0")));
    assertTrue(Files.isDirectory(CACHE.resolve("example.com/!upper/!lib@v0.1.0")));
    assertEquals(CACHE.resolve("example.com/!upper/!lib@v0.1.0"), cache.dir("example.com/Upper/Lib", "v0.1.0"));
  }

  @Test
  void goSumWrittenAsGoWritesIt() throws Exception {
    Path dir = Files.createTempDirectory("gava-gosum");
    try {
      String want = Files.readString(Repo.root().resolve("testdata/modules/mod_cache/go.sum"));
      GoSum sum = GoSum.read(dir);
      List<String> lines = want.lines().toList();
      for (int i = lines.size() - 1; i >= 0; i--) { // (added in reverse: the order is go.sum's own)
        String[] f = lines.get(i).split(" ");
        sum.add(f[0], f[1], f[2]);
      }
      assertEquals(want, Files.readString(dir.resolve("go.sum")));
      assertFalse(GoSum.sumdbChecks("example.com/x", java.util.Map.of("GOSUMDB", "off")));
      assertFalse(GoSum.sumdbChecks("example.com/x/y", java.util.Map.of("GONOSUMDB", "example.com/x")));
      assertFalse(GoSum.sumdbChecks("corp.example/x", java.util.Map.of("GOPRIVATE", "*.example,corp.example")));
      assertTrue(GoSum.sumdbChecks("example.com/x", java.util.Map.of("GOPRIVATE", "example.org")));
    } finally {
      try (var s = Files.walk(dir)) {
        s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  @Test
  void semverOrder() {
    List<String> sorted = List.of("v0.0.0-20190101000000-abcdefabcdef", "v0.1.0", "v1.0.0-alpha", "v1.0.0-alpha.1",
        "v1.0.0-beta.2", "v1.0.0-beta.11", "v1.0.0", "v1.2.0", "v1.10.0", "v2.0.0+incompatible");
    for (int i = 0; i < sorted.size(); i++) {
      for (int j = 0; j < sorted.size(); j++) {
        assertEquals(Integer.signum(Integer.compare(i, j)), Integer.signum(Semver.compare(sorted.get(i), sorted.get(j))),
            sorted.get(i) + " vs " + sorted.get(j));
      }
    }
    assertTrue(Modules.canonical("v1.2.3"));
    assertTrue(Modules.canonical("v2.0.0+incompatible"));
    assertFalse(Modules.canonical("v1"));
    assertFalse(Modules.canonical("v1.2"));
    assertFalse(Modules.canonical("master"));
  }

  @Test
  void vendorConsistency() throws Exception {
    Path dir = Files.createTempDirectory("gava-vendor");
    try {
      Files.createDirectories(dir.resolve("vendor"));
      Files.writeString(dir.resolve("vendor/modules.txt"), """
          # example.com/a v1.0.0
          ## explicit; go 1.19
          example.com/a
          example.com/a/b
          # example.com/c v0.2.0 => ../c
          ## explicit
          example.com/c
          # example.com/d v1.0.0
          example.com/d
          """, StandardCharsets.UTF_8);
      GoMod ok = GoMod.parse(dir.resolve("go.mod"), """
          module m
          go 1.19
          require (
          \texample.com/a v1.0.0
          \texample.com/c v0.2.0
          \texample.com/d v1.0.0 // indirect
          )
          replace example.com/c v0.2.0 => ../c
          """);
      assertTrue(Vendor.enabled(ok, null));
      assertFalse(Vendor.enabled(ok, "mod"));
      Vendor v = Vendor.read(ok);
      assertEquals(List.of("example.com/a", "example.com/a/b"), v.modules().get("example.com/a").packages());
      assertEquals("../c", v.modules().get("example.com/c").replacement());
      assertEquals(List.of("example.com/d@v1.0.0: is explicitly required in go.mod, but not marked as explicit in vendor/modules.txt"),
          v.check(ok));
      GoMod bad = GoMod.parse(dir.resolve("go.mod"), "module m\ngo 1.19\nrequire example.com/a v1.1.0\n");
      assertEquals(List.of(
          "example.com/a@v1.1.0: is explicitly required in go.mod, but not marked as explicit in vendor/modules.txt",
          "example.com/a@v1.0.0: is marked as explicit in vendor/modules.txt, but not explicitly required in go.mod",
          "example.com/c@v0.2.0: is marked as explicit in vendor/modules.txt, but not explicitly required in go.mod",
          "example.com/c@v0.2.0: is marked as replaced in vendor/modules.txt, but not replaced in go.mod"), v.check(bad));
      GoMod old = GoMod.parse(dir.resolve("go.mod"), "module m\ngo 1.13\n");
      assertFalse(Vendor.enabled(old, null));
      assertTrue(Vendor.enabled(old, "vendor"));
    } finally {
      try (var s = Files.walk(dir)) {
        s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
