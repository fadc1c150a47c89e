package gava.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Run-time panics: gc's messages, exit status 2, and Go frames with Go line numbers. */
class PanicTest {
  private static GoProgram.Run run(String decls, String body) {
    return GoProgram.run(GoProgram.main(decls, body));
  }

  private static void expectPanic(GoProgram.Run r, String firstLine) {
    assertEquals(2, r.exit(), r.output());
    assertEquals(firstLine, r.output().lines().findFirst().orElse(""), r.output());
  }

  @Test
  void indexOutOfRangeWithTraceback() {
    GoProgram.Run r = run("func f(s []int, i int) int {\n\treturn s[i]\n}", "s := []int{1, 2, 3}\nprintln(f(s, 1))\nprintln(f(s, 5))");
    assertEquals(2, r.exit());
    String[] lines = r.output().split("\n");
    assertEquals("2", lines[0]);
    assertEquals("panic: runtime error: index out of range [5] with length 3", lines[1]);
    assertEquals("goroutine 1 [running]:", lines[3]);
    assertTrue(lines[4].startsWith("main.f("), r.output());
    assertEquals("\t/tmp/gava-test/prog.go:4", lines[5]);
    assertTrue(lines[6].startsWith("main.main("), r.output());
    assertEquals("\t/tmp/gava-test/prog.go:10", lines[7]);
  }

  @Test
  void runtimeErrors() {
    expectPanic(run("", "var m map[string]int\nm[\"a\"] = 1"), "panic: assignment to entry in nil map");
    expectPanic(run("func div(a, b int) int { return a / b }", "println(div(1, 0))"), "panic: runtime error: integer divide by zero");
    expectPanic(run("type T struct{ x int }", "var p *T\nprintln(p.x)"), "panic: runtime error: invalid memory address or nil pointer dereference");
    expectPanic(run("", "a := [3]int{}\ni := -1\nprintln(a[i])"), "panic: runtime error: index out of range [-1]");
    expectPanic(run("", "s := []int{1, 2, 3}\nj := 1\nprintln(len(s[2:j]))"), "panic: runtime error: slice bounds out of range [2:1]");
    expectPanic(run("", "s := \"abc\"\ni := 10\nprintln(s[i])"), "panic: runtime error: index out of range [10] with length 3");
    expectPanic(run("", "x := 1\nn := -1\nprintln(x << n)"), "panic: runtime error: negative shift amount");
    expectPanic(run("", "var big int64 = 1 << 40\na := [4]int{}\nprintln(a[big])"), "panic: runtime error: index out of range [1099511627776] with length 4");
  }

  @Test
  void panicValues() {
    expectPanic(run("", "panic(\"boom\")"), "panic: boom");
    expectPanic(run("", "panic(42)"), "panic: 42");
    expectPanic(run("type Code int", "panic(Code(-3))"), "panic: main.Code(-3)");
    expectPanic(run("type E struct{ msg string }\nfunc (e *E) Error() string { return \"E: \" + e.msg }", "panic(&E{\"disk\"})"), "panic: E: disk");
  }
}
