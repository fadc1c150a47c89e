package gava.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gava.syntax.Diagnostics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoaderTest {
  @TempDir Path tmp;
  Path goroot;
  Path mod;
  final Diagnostics diags = new Diagnostics();

  void write(Path p, String text) throws IOException {
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }

  /** A tiny GOROOT (packages without overlays): fmt -> bufio, net -> vendored golang.org/x/net/dns, internal/x. */
  Path fakeGoroot() throws IOException {
    Path g = tmp.resolve("goroot");
    write(g.resolve("src/internal/goversion/goversion.go"), "package goversion\n\nconst Version = 19\n");
    write(g.resolve("src/runtime/runtime.go"), "package runtime\n");
    write(g.resolve("src/bufio/bufio.go"), "package bufio\n\nimport \"internal/x\"\n");
    write(g.resolve("src/internal/x/x.go"), "package x\n");
    write(g.resolve("src/fmt/print.go"), "package fmt\n\nimport (\n\t\"bufio\"\n\t\"runtime\"\n)\n");
    write(g.resolve("src/fmt/print_windows.go"), "package fmt\n\nimport \"syscall\"\n");
    write(g.resolve("src/fmt/doc.go"), "//go:build ignore\n\npackage documentation\n");
    write(g.resolve("src/net/net.go"), "package net\n\nimport \"golang.org/x/net/dns\"\n");
    write(g.resolve("src/vendor/golang.org/x/net/dns/dns.go"), "package dns\n\nimport \"bufio\"\n");
    return g;
  }

  Loader loader() throws IOException {
    goroot = fakeGoroot();
    mod = tmp.resolve("m");
    return new Loader(goroot, BuildContext.defaults(19), diags, p -> mod.relativize(p).toString(), Map.of());
  }

  static List<String> paths(Program p) {
    return p.packages().stream().map(LoadedPackage::importPath).toList();
  }

  @Test
  void modulePackagesInDependencyOrder() throws IOException {
    Loader l = loader();
    write(mod.resolve("go.mod"), "module example.com/m\n\ngo 1.19\n");
    write(mod.resolve("main.go"), "package main\n\nimport (\n\t\"example.com/m/a\"\n\t\"fmt\"\n)\n\nfunc main() {}\n");
    write(mod.resolve("a/a.go"), "package a\n\nimport b2 \"example.com/m/b\"\n");
    write(mod.resolve("a/a_test.go"), "package a\n\nimport \"testing\"\n");
    write(mod.resolve("b/b.go"), "package b\n\nimport \"net\"\n");
    Program p = l.loadDir(mod);
    assertEquals(List.of(), diags.render(), "no errors");
    assertEquals(List.of("internal/x", "bufio", "vendor/golang.org/x/net/dns", "net", "example.com/m/b",
        "example.com/m/a", "runtime", "fmt", "example.com/m"), paths(p));
    LoadedPackage main = p.main();
    assertEquals("example.com/m", main.importPath());
    assertEquals("main", main.name());
    assertEquals(List.of(mod.resolve("main.go")), main.paths());
    assertEquals(List.of("example.com/m/a", "fmt"), main.imports());
    LoadedPackage net = p.byPath().get("net");
    assertTrue(net.standard());
    assertEquals(Map.of("golang.org/x/net/dns", "vendor/golang.org/x/net/dns"), net.importMap());
    assertEquals(List.of("print.go"), p.byPath().get("fmt").files().stream()
        .map(f -> f.path().getFileName().toString()).toList()); // not _windows, not documentation
  }

  @Test
  void importCycle() throws IOException {
    Loader l = loader();
    write(mod.resolve("go.mod"), "module example.com/m\n");
    write(mod.resolve("main.go"), "package main\n\nimport _ \"example.com/m/a\"\n");
    write(mod.resolve("a/a.go"), "package a\n\nimport _ \"example.com/m/b\"\n");
    write(mod.resolve("b/b.go"), "package b\n\nimport _ \"example.com/m/a\"\n");
    l.loadDir(mod);
    assertEquals(List.of("""
        package example.com/m
        \timports example.com/m/a
        \timports example.com/m/b
        \timports example.com/m/a: import cycle not allowed"""), diags.render());
  }

  @Test
  void missingPackagesAsGoReportsThem() throws IOException {
    Loader l = loader();
    write(mod.resolve("go.mod"), "module example.com/m\n");
    write(mod.resolve("main.go"), "package main\n\nimport _ \"example.com/m/a\"\nimport _ \"foo/bar\"\nimport _ \"example.com/m/nope\"\n");
    write(mod.resolve("a/a.go"), "package a\n\nimport \"github.com/x/y\"\n");
    l.loadDir(mod);
    assertEquals(List.of(
        "a/a.go:3:8: no required module provides package github.com/x/y; to add it:\n\tgo get github.com/x/y",
        "main.go:4:8: package foo/bar is not in GOROOT (" + goroot.resolve("src/foo/bar") + ")",
        "main.go:5:8: no required module provides package example.com/m/nope; to add it:\n\tgo get example.com/m/nope"),
        diags.render());
  }

  @Test
  void buildConstraintsExcludeAllFiles() throws IOException {
    Loader l = loader();
    write(mod.resolve("go.mod"), "module example.com/m\n");
    write(mod.resolve("main.go"), "package main\n\nimport _ \"example.com/m/c\"\n");
    write(mod.resolve("c/c.go"), "//go:build ignore\n\npackage c\n");
    l.loadDir(mod);
    assertEquals(List.of("package example.com/m\n\timports example.com/m/c: build constraints exclude all Go files in "
        + mod.resolve("c")), diags.render());
  }

  @Test
  void multiplePackagesInADirectory() throws IOException {
    Loader l = loader();
    write(mod.resolve("go.mod"), "module example.com/m\n");
    write(mod.resolve("main.go"), "package main\n\nimport _ \"example.com/m/c\"\n");
    write(mod.resolve("c/x.go"), "package x\n");
    write(mod.resolve("c/y.go"), "package y\n");
    l.loadDir(mod);
    assertEquals(List.of("main.go:3:8: found packages x (x.go) and y (y.go) in " + mod.resolve("c")), diags.render());
  }

  @Test
  void internalPackagesOfOthersAreNotImportable() throws IOException {
    Loader l = loader();
    write(mod.resolve("go.mod"), "module example.com/m\n");
    write(mod.resolve("main.go"), "package main\n\nimport _ \"internal/x\"\nimport _ \"example.com/m/internal/y\"\n");
    write(mod.resolve("internal/y/y.go"), "package y\n");
    l.loadDir(mod);
    assertEquals(List.of("package example.com/m\n\tmain.go:3:8: use of internal package internal/x not allowed"),
        diags.render());
  }

  @Test
  void replaceWithALocalDirectory() throws IOException {
    Loader l = loader();
    write(mod.resolve("go.mod"), """
        module example.com/m

        require example.com/lib v1.0.0

        replace example.com/lib => ../lib
        """);
    write(mod.resolve("main.go"), "package main\n\nimport \"example.com/lib/util\"\n");
    write(tmp.resolve("lib/go.mod"), "module example.com/lib\n");
    write(tmp.resolve("lib/util/util.go"), "package util\n\nimport \"bufio\"\n");
    Program p = l.loadDir(mod);
    assertEquals(List.of(), diags.render());
    assertEquals(List.of("internal/x", "bufio", "example.com/lib/util", "example.com/m"), paths(p));
    LoadedPackage util = p.byPath().get("example.com/lib/util");
    assertEquals(tmp.resolve("lib/util").toAbsolutePath().normalize(), util.dir());
    assertFalse(util.standard());
  }

  @Test
  void subdirectoryMainAndImportedProgram() throws IOException {
    Loader l = loader();
    write(mod.resolve("go.mod"), "module example.com/m\n");
    write(mod.resolve("cmd/x/main.go"), "package main\n\nimport _ \"example.com/m/cmd/y\"\n");
    write(mod.resolve("cmd/y/main.go"), "package main\n");
    Program p = l.loadDir(mod.resolve("cmd/x"));
    assertEquals("example.com/m/cmd/x", p.main().importPath());
    assertEquals(List.of("cmd/x/main.go:3:8: import \"example.com/m/cmd/y\" is a program, not an importable package"),
        diags.render());
  }

  @Test
  void dotlessModulePathAndFilesInAModule() throws IOException {
    Loader l = loader();
    write(mod.resolve("go.mod"), "module app\n");
    write(mod.resolve("main.go"), "package main\n\nimport _ \"app/util\"\n");
    write(mod.resolve("util/u.go"), "package util\n\nimport _ \"bufio\"\n");
    Program p = l.loadDir(mod);
    assertEquals(List.of(), diags.render());
    assertEquals(List.of("internal/x", "bufio", "app/util", "app"), paths(p));
    Program q = l.loadFiles(List.of(mod.resolve("main.go")));
    assertEquals(List.of("internal/x", "bufio", "app/util", "command-line-arguments"), paths(q));
  }

  @Test
  void filesOutsideAModule() throws IOException {
    Loader l = loader();
    write(mod.resolve("a.go"), "package main\n\nimport \"fmt\"\n");
    write(mod.resolve("b.go"), "package main\n\nimport \"example.com/z\"\n");
    Program p = l.loadFiles(List.of(mod.resolve("a.go"), mod.resolve("b.go")));
    assertEquals("command-line-arguments", p.main().importPath());
    assertEquals(List.of("b.go:3:8: no required module provides package example.com/z: go.mod file not found in "
        + "current directory or any parent directory; see 'go help modules'"), diags.render());
  }

  @Test
  void malformedGoMod() throws IOException {
    Loader l = loader();
    write(mod.resolve("go.mod"), "module m\nfrob x\n");
    write(mod.resolve("main.go"), "package main\n");
    l.loadDir(mod);
    assertEquals(List.of("go: errors parsing go.mod:\n" + mod.resolve("go.mod") + ":2: unknown directive: frob"),
        diags.render());
  }

  /**
   * The real GOROOT under the default context: the std dependency counts go/build gives for
   * GOARCH=jvm, less the 6 packages only gc's runtime imports (gava's overlay replaces runtime),
   * and less what only gc's reflect and internal/reflectlite bring in (gava's replacement overlays
   * of those import only unsafe).
   */
  @Test
  void stdDependenciesFromTheRealGoroot() {
    Path g;
    try {
      g = Goroot.find(System.getenv(), false);
    } catch (Goroot.NotFound e) {
      return; // no Go sources here
    }
    if (Goroot.minorVersion(g) != 19) return; // the counts below are Go 1.19's
    Loader l = new Loader(g, BuildContext.forGoroot(g), diags, Path::toString, Map.of());
    Program fmt = l.loadImportPaths(List.of("fmt"), tmp);
    assertEquals(List.of(), diags.render());
    assertEquals(32, fmt.packages().size(), paths(fmt).toString()); // with syscall's internal/unsafeheader (its mmapper is kept)
    assertEquals("fmt", fmt.packages().get(fmt.packages().size() - 1).importPath());
    assertTrue(paths(fmt).contains("internal/bytealg"));
    assertEquals(39, l.loadImportPaths(List.of("encoding/json"), tmp).packages().size());
    Program http = l.loadImportPaths(List.of("net/http"), tmp);
    assertEquals(113, http.packages().size());
    assertTrue(paths(http).contains("vendor/golang.org/x/net/http/httpguts"));
    assertEquals(List.of(), diags.render());
  }
}
