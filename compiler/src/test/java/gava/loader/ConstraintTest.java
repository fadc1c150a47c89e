package gava.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gava.syntax.Source;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConstraintTest {
  static final BuildContext JVM = BuildContext.defaults(19);

  static boolean goBuild(String expr) throws Exception {
    return JVM.eval(Constraint.parseGoBuild(expr));
  }

  static String syntaxError(String expr) {
    return assertThrows(Constraint.SyntaxError.class, () -> Constraint.parseGoBuild(expr)).getMessage();
  }

  static boolean builds(String file) {
    return PackageDir.shouldBuild(FileHeader.read(new Source("f.go", file.getBytes(StandardCharsets.UTF_8))), JVM);
  }

  @Test
  void goBuildExpressions() throws Exception {
    assertTrue(goBuild("linux"));
    assertTrue(goBuild("jvm && purego && math_big_pure_go && netgo && osusergo"));
    assertTrue(goBuild("unix && gc && go1.19 && go1.1"));
    assertFalse(goBuild("go1.20"));
    assertFalse(goBuild("cgo"));
    assertFalse(goBuild("amd64 || arm64 || 386"));
    assertTrue(goBuild("!amd64 && !arm64"));
    assertTrue(goBuild("(amd64 || jvm) && !(windows || plan9)"));
    assertTrue(goBuild("amd64 && windows || linux"));
    assertFalse(goBuild("ignore"));
    assertFalse(goBuild("goexperiment.regabiargs"));
  }

  @Test
  void goBuildSyntaxErrorsAsGoBuildConstraint() {
    assertEquals("unexpected end of expression", syntaxError(""));
    assertEquals("unexpected end of expression", syntaxError("linux &&"));
    assertEquals("missing close paren", syntaxError("(linux"));
    assertEquals("double negation not allowed", syntaxError("!!linux"));
    assertEquals("invalid syntax at &", syntaxError("linux & amd64"));
    assertEquals("unexpected token )", syntaxError("linux)"));
    assertEquals("unexpected token amd64", syntaxError("linux amd64"));
    assertEquals("invalid syntax at -", syntaxError("linux-amd64"));
  }

  @Test
  void plusBuildLines() {
    assertTrue(JVM.eval(Constraint.parsePlusBuild("linux,jvm windows")));
    assertFalse(JVM.eval(Constraint.parsePlusBuild("!linux")));
    assertFalse(JVM.eval(Constraint.parsePlusBuild("!!linux"))); // "ignore"
    assertTrue(JVM.eval(Constraint.parsePlusBuild("!amd64,!arm")));
    assertEquals("linux,amd64", Constraint.plusBuildText("// +build linux,amd64"));
    assertEquals("x", Constraint.plusBuildText("//+build x"));
    assertNull(Constraint.plusBuildText("// +buildx"));
    assertEquals("a", Constraint.goBuildText("//go:build a"));
    assertNull(Constraint.goBuildText("//go:buildx"));
    assertNull(Constraint.goBuildText("// go:build a"));
  }

  @Test
  void fileHeadersAsGoBuildReadsThem() {
    assertTrue(builds("package p\n"));
    assertFalse(builds("//go:build ignore\n\npackage p\n"));
    assertFalse(builds("// Copyright\n\n//go:build windows\n\npackage p\n"));
    assertFalse(builds("//go:build windows\npackage p\n")); // //go:build needs no blank line
    assertTrue(builds("// +build windows\npackage p\n")); // // +build does
    assertFalse(builds("// +build windows\n\npackage p\n"));
    assertFalse(builds("// +build linux\n// +build amd64\n\npackage p\n")); // every line must hold
    assertTrue(builds("//go:build linux\n// +build windows\n\npackage p\n")); // //go:build controls
    assertTrue(builds("package p\n\n//go:build windows\n")); // after the package clause: not a constraint
    assertTrue(builds("/* a\n//go:build windows\n*/\npackage p\n")); // inside /* */
    assertTrue(builds("/* c */ // +build windows\n\npackage p\n")); // not a // line
  }

  static FileHeader header(String text) {
    return FileHeader.read(new Source("f.go", text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void headerImports() {
    FileHeader h = FileHeader.read(new Source("f.go", """
        // doc
        package p // comment

        import "fmt"
        import (
        \tx "strings"
        \t. "os" ; _ `io`
        \t/* c */ "a/b" // d
        )
        import "C"

        func f() { import_ := 1 }
        """.getBytes(StandardCharsets.UTF_8)));
    assertEquals("p", h.packageName());
    assertNull(h.error());
    assertEquals(List.of("fmt", "strings", "os", "io", "a/b", "C"),
        h.imports().stream().map(FileHeader.ImportSpec::path).toList());
    assertEquals(List.of("x", ".", "_"), h.imports().subList(1, 4).stream().map(FileHeader.ImportSpec::alias).toList());
    assertEquals("f.go:4:8", h.imports().get(0).pos().toString());
    assertEquals("f.go:8:10", h.imports().get(4).pos().toString());
    assertEquals("invalid import path", header("package p\nimport \"\"\n").error());
    assertEquals("invalid import path", header("package p\nimport `a\nb`\n").error());
    assertEquals("expected ';', found ','", header("package p\nimport \"math\" ,\n").error());
    assertNull(header("package p; import \"a\"; import (\"b\"; \"c\")\nvar x = 1").error());
    assertEquals(3, header("package p; import \"a\"; import (\"b\"; \"c\")\nvar x = 1").imports().size());
    FileHeader bad = FileHeader.read(new Source("g.go", "func main() {}\n".getBytes(StandardCharsets.UTF_8)));
    assertNull(bad.packageName());
    assertEquals("expected 'package', found func", bad.error());
  }
}
