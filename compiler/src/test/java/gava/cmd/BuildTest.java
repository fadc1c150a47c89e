package gava.cmd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gava.syntax.Source;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build glue's own errors (those of the go command, before the type checker runs). */
class BuildTest {
  static Source src(String name, String text) {
    return new Source(name, text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void notAMainPackage() {
    Build.Result r = Build.compileSources(List.of(src("a.go", "package foo\n\nfunc main() {}\n")));
    assertFalse(r.ok());
    assertEquals(List.of("package command-line-arguments is not a main package"), r.errors());
  }

  @Test
  void mainPackageWithoutMainFunction() {
    Build.Result r = Build.compileSources(List.of(src("a.go", "package main\n\nfunc f() {}\n")));
    assertFalse(r.ok());
    assertEquals(List.of(Build.HEADER, "runtime.main_main·f: function main is undeclared in the main package"), r.errors());
  }

  @Test
  void twoPackages(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.go"), "package main\n\nfunc main() {}\n");
    Files.writeString(dir.resolve("b.go"), "package other\n");
    Build.Result r = Build.compileFiles(List.of(dir.resolve("a.go"), dir.resolve("b.go")),
        Build.Options.defaults().withDisplayBase(dir));
    assertEquals(List.of("found packages main (a.go) and other (b.go) in " + dir.toAbsolutePath().normalize()), r.errors());
  }

  @Test
  void syntaxErrorsUseTheShortPath(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("x.go"), "package main\n\nfunc main() {\n\tx := \n}\n");
    Build.Result r = Build.compileFiles(List.of(dir.resolve("x.go")), Build.Options.defaults().withDisplayBase(dir));
    assertFalse(r.ok());
    assertEquals(Build.HEADER, r.errors().get(0));
    assertTrue(r.errors().get(1).startsWith("./x.go:"), r.errors().toString());
    assertTrue(r.diagnostics().hasErrors());
  }

  @Test
  void missingFile(@TempDir Path dir) {
    Build.Result r = Build.compileFiles(List.of(dir.resolve("nosuch.go")));
    assertEquals(1, r.errors().size());
    assertTrue(r.errors().get(0).endsWith("nosuch.go: no such file or directory"), r.errors().toString());
  }
}
