package gava.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link Diagnostics#render} against what gc 1.19 prints ({@code go tool compile}) for errors
 * reported in a given order; each case names the Go input that makes gc report them so.
 */
class RenderTest {
  private static final Source A = new Source("a.go", new byte[0]);
  private static final Source B = new Source("b.go", new byte[0]);

  private static Pos at(Source s, int line, int col) {
    return new Pos(s, line, col);
  }

  @Test
  void filesSortInTheOrderOfTheirFirstError() {
    // a.go: func main() { var x int = "s"; _ = x } / b.go: var y int = "t" -- types2 checks
    // package-level declarations before function bodies, so b.go's error comes first.
    Diagnostics d = new Diagnostics();
    d.error(at(B, 3, 13), "cannot use \"t\" (untyped string constant) as int value in variable declaration");
    d.error(at(A, 4, 14), "cannot use \"s\" (untyped string constant) as int value in variable declaration");
    assertEquals(List.of(
        "b.go:3:13: cannot use \"t\" (untyped string constant) as int value in variable declaration",
        "a.go:4:14: cannot use \"s\" (untyped string constant) as int value in variable declaration"), d.render());
  }

  @Test
  void equalErrorsOnALineAreReportedOnce() {
    // var _ = undefinedX + undefinedX / var _ = undefinedY + undefinedZ
    Diagnostics d = new Diagnostics();
    d.error(at(A, 3, 9), "undefined: undefinedX");
    d.error(at(A, 3, 22), "undefined: undefinedX");
    d.error(at(A, 4, 9), "undefined: undefinedY");
    d.error(at(A, 4, 22), "undefined: undefinedZ");
    assertEquals(List.of("a.go:3:9: undefined: undefinedX", "a.go:4:9: undefined: undefinedY",
        "a.go:4:22: undefined: undefinedZ"), d.render());
    assertEquals(List.of("a.go:3: undefined: undefinedX", "a.go:4: undefined: undefinedY",
        "a.go:4: undefined: undefinedZ"), d.render(false, false));
  }

  @Test
  void oneSyntaxErrorPerLine() {
    Diagnostics d = new Diagnostics();
    d.error(at(A, 3, 5), "syntax error: unexpected x");
    d.error(at(A, 3, 9), "syntax error: unexpected y");
    d.error(at(A, 3, 11), "invalid character U+0040 '@'");
    d.error(at(A, 4, 1), "syntax error: unexpected z");
    assertEquals(List.of("a.go:3:5: syntax error: unexpected x", "a.go:3:11: invalid character U+0040 '@'",
        "a.go:4:1: syntax error: unexpected z"), d.render());
    assertTrue(d.hasSyntaxErrors());
  }

  @Test
  void equalLinesAfterSortingArePrintedOnce() {
    // (FlushErrors drops a line equal to the one before it; with -C also at other columns)
    Diagnostics d = new Diagnostics();
    d.error(at(A, 5, 3), "m");
    d.error(at(A, 6, 1), "o");
    d.error(at(A, 5, 3), "m");
    d.error(at(A, 6, 1), "o2");
    d.error(at(A, 5, 7), "m");
    assertEquals(List.of("a.go:5:3: m", "a.go:5:7: m", "a.go:6:1: o", "a.go:6:1: o2"), d.render());
    assertEquals(List.of("a.go:5: m", "a.go:6: o", "a.go:6: o2"), d.render(false, false));
  }

  @Test
  void tooManyErrorsAtTheTenthReported() {
    // 12 funcs `func fN() { xN := 1 }` then `var a = u1` and `var b = u2`: gc reports u1 and u2
    // first, stops at the 10th error (x7) and prints the sorted errors, then that position.
    Diagnostics d = new Diagnostics();
    d.error(at(A, 15, 9), "undefined: u1");
    d.error(at(A, 16, 9), "undefined: u2");
    for (int i = 0; i < 12; i++) d.error(at(A, 3 + i, 13), "x" + i + " declared but not used");
    List<String> want = new java.util.ArrayList<>();
    for (int i = 0; i < 8; i++) want.add("a.go:" + (3 + i) + ":13: x" + i + " declared but not used");
    want.add("a.go:15:9: undefined: u1");
    want.add("a.go:16:9: undefined: u2");
    want.add("a.go:10:13: too many errors");
    assertEquals(want, d.render());
    assertEquals(14, d.render(true, false).size()); // -e: no limit
    List<String> c = d.render(false, true);
    assertEquals("a.go:10: too many errors", c.get(c.size() - 1));
  }

  @Test
  void filteredErrorsDoNotCount() {
    Diagnostics d = new Diagnostics();
    for (int i = 0; i < 10; i++) d.error(at(A, 3, 1 + i), "syntax error: bad");
    assertEquals(List.of("a.go:3:1: syntax error: bad"), d.render());
  }

  @Test
  void columnsFrom255AreNotShown() {
    // gc keeps columns in 8 bits: 255 and beyond print as unknown
    Diagnostics d = new Diagnostics();
    d.error(at(A, 3, 249), "undefined: x1");
    d.error(at(A, 4, 255), "undefined: x2");
    d.error(at(A, 5, 254), "undefined: x3");
    d.error(at(A, 6, 300), "undefined: x4");
    assertEquals(List.of("a.go:3:249: undefined: x1", "a.go:4: undefined: x2", "a.go:5:254: undefined: x3",
        "a.go:6: undefined: x4"), d.render());
  }

  @Test
  void errorsWithoutPositionComeFirstWithoutOne() {
    Diagnostics d = new Diagnostics();
    d.error(at(A, 3, 1), "first");
    d.error(Pos.NONE, "somewhere");
    assertEquals(List.of("somewhere", "a.go:3:1: first"), d.render());
  }

  @Test
  void lineDirectivesStartNewBases() {
    // gc: positions after a //line directive sort by the file's own order within the directive's
    // base, bases in the order of their first error
    String src = "package main\n\nvar a = @\n//line foo.go:10\nvar x = @\nvar q int = \"s\"\n"
        + "//line bar.go:20:5\nvar y = @\n/*line baz.go:7:3*/ var z = @\n";
    Diagnostics d = new Diagnostics();
    Parser.parse(new Source("l2.go", src.getBytes(StandardCharsets.UTF_8)), d);
    assertEquals(List.of(
        "l2.go:3:9: invalid character U+0040 '@'",
        "foo.go:10: syntax error: unexpected var, expecting expression",
        "foo.go:10: invalid character U+0040 '@'",
        "bar.go:20:13: invalid character U+0040 '@'",
        "baz.go:7:12: invalid character U+0040 '@'"), d.render());
  }

  @Test
  void noErrors() {
    Diagnostics d = new Diagnostics();
    assertEquals(List.of(), d.render());
    assertFalse(d.hasSyntaxErrors());
  }
}
