package gava.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gava.syntax.Decl;
import gava.syntax.Diagnostics;
import gava.syntax.File;
import gava.syntax.Parser;
import gava.syntax.Source;
import gava.types.Checker;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Per-declaration merging of GOROOT files with overlay files, and the overlay directives. */
class OverlayMergeTest {
  final Diagnostics diags = new Diagnostics();

  File parse(String path, String text) {
    File f = Parser.parse(new Source(path, text.getBytes(StandardCharsets.UTF_8)), diags);
    assertFalse(diags.hasErrors(), () -> String.join("\n", diags.render()));
    return f;
  }

  File overlay(String path, String text) {
    File f = parse(path, text);
    OverlayDirectives.scan(f.src).bind(f, diags);
    return f;
  }

  /** Each declaration of the merged files as "file: key", in order. */
  static List<String> summary(List<File> files) {
    List<String> out = new ArrayList<>();
    for (File f : files) {
      for (Decl d : f.decls) {
        String what = d instanceof Decl.Import i ? "import " + OverlayMerge.importName(i) : String.join(",", names(d));
        out.add(f.src.path() + ": " + what);
      }
    }
    return out;
  }

  static List<String> names(Decl d) {
    return switch (d) {
      case Decl.Var v -> v.names.stream().map(n -> n.name).toList();
      case Decl.Const c -> c.names.stream().map(n -> n.name).toList();
      default -> OverlayMerge.keys(d).isEmpty() && d instanceof Decl.Func f ? List.of(f.name.name) : OverlayMerge.keys(d);
    };
  }

  @Test
  void overlayDeclarationsReplaceSameNamedOnes() {
    File g = parse("goroot/a.go", """
        package p

        type T struct{ x int }

        func (t *T) Get() int { return t.x }
        func (t T) Keep() int { return t.x }
        func F() int { return 1 }
        func init() {}
        func G() int
        """);
    File o = overlay("overlay/a_gava.go", """
        package p

        func (t T) Get() int { return 42 }
        func G() int { return F() + 1 }
        func init() {}
        """);
    List<File> merged = OverlayMerge.merge(List.of(g), List.of(o));
    assertEquals(List.of("goroot/a.go: T", "goroot/a.go: T.Keep", "goroot/a.go: F", "goroot/a.go: init",
        "overlay/a_gava.go: T.Get", "overlay/a_gava.go: G", "overlay/a_gava.go: init"), summary(merged));
    Checker.check("p", merged, diags);
    assertFalse(diags.hasErrors(), () -> String.join("\n", diags.render()));
    // positions of overlay code stay in the overlay file
    assertEquals("overlay/a_gava.go", merged.get(1).decls.get(0).pos.path());
  }

  @Test
  void groupMembersAreReplacedOneByOne() {
    File g = parse("goroot/c.go", """
        package p

        const (
        	A = iota
        	B
        	C
        )

        var x, y = 1, 2
        var z int
        """);
    File o = overlay("overlay/c.go", """
        package p

        const B = 100
        var y = "why"
        var z = 3
        """);
    List<File> merged = OverlayMerge.merge(List.of(g), List.of(o));
    assertEquals(List.of("goroot/c.go: A", "goroot/c.go: C", "goroot/c.go: x,_", "overlay/c.go: B", "overlay/c.go: y",
        "overlay/c.go: z"), summary(merged));
    gava.types.Package pkg = Checker.check("p", merged, diags);
    assertFalse(diags.hasErrors(), () -> String.join("\n", diags.render()));
    // C keeps its iota
    assertEquals("2", ((gava.types.Const) pkg.scope.lookupLocal("C")).value.toString());
  }

  @Test
  void importsOnlyRemovedDeclarationsUsedAreDropped() {
    File g = parse("goroot/i.go", """
        package p

        import (
        	"errors"
        	str "strings"
        	"unicode/utf8"
        	_ "embed"
        )

        func F() error { return errors.New(str.ToUpper("x")) }
        func G() int { return utf8.RuneLen('x') }
        func H() error { return errors.New("h") }
        """);
    File o = overlay("overlay/i.go", "package p\n\nfunc F() error { return nil }\nfunc G() int { return 1 }\n");
    List<File> merged = OverlayMerge.merge(List.of(g), List.of(o));
    // errors is still used by H; strings (renamed) and unicode/utf8 only by the replaced F and G
    assertEquals(List.of("goroot/i.go: import errors", "goroot/i.go: import _", "goroot/i.go: H",
        "overlay/i.go: F", "overlay/i.go: G"), summary(merged));
  }

  @Test
  void nothingReplacedKeepsTheFile() {
    File g = parse("goroot/n.go", "package p\n\nimport \"errors\"\n\nvar E = errors.New(\"e\")\n");
    File o = overlay("overlay/n.go", "package p\n\nfunc Extra() {}\n");
    List<File> merged = OverlayMerge.merge(List.of(g), List.of(o));
    assertTrue(merged.get(0) == g);
  }

  @Test
  void directives() {
    Source src = new Source("overlay/d.go", """
        //gava:replace-package
        //gava:omit a.go b_linux.go
        package p

        // Gosched yields.
        //
        //gava:java gava.runtime.Go.gosched
        func Gosched()

        //gava:java gava.runtime.Go.numGoroutine
        func NumGoroutine() int { return 1 }

        //gava:java gava.runtime.Go.gosched

        func Loose()

        //gava:jvaa typo
        //gava:java not-a-name
        func Plain()
        """.getBytes(StandardCharsets.UTF_8));
    OverlayDirectives d = OverlayDirectives.scan(src);
    assertTrue(d.replacePackage());
    assertEquals(List.of("a.go", "b_linux.go"), d.omit());
    File f = Parser.parse(src, diags);
    d.bind(f, diags);
    Decl.Func gosched = (Decl.Func) f.decls.get(0);
    assertEquals("gava.runtime.Go.gosched", gosched.javaMethod);
    assertNull(((Decl.Func) f.decls.get(1)).javaMethod);
    assertNull(((Decl.Func) f.decls.get(2)).javaMethod);
    assertEquals(List.of(
        "overlay/d.go:11:6: can only use //gava:java with a function without body",
        "overlay/d.go:13:1: misplaced //gava:java directive: no function declaration follows",
        "overlay/d.go:17:1: unknown directive //gava:jvaa",
        "overlay/d.go:18:1: usage: //gava:java binary.class.Name.method"), diags.render());
  }
}
