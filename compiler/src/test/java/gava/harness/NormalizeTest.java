package gava.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class NormalizeTest {
  @Test
  void gcTraceAndGavaTraceNormaliseAlike() {
    String gc = """
        before
        panic: boom [recovered]
        \tpanic: again
        [signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x457c76]

        goroutine 1 [running]:
        panic({0x45c8a0, 0x4a3f88})
        \t/usr/lib/go-1.19/src/runtime/panic.go:838 +0x207
        main.(*T).m(0xc000012345, {0x4a1b2c, 0x1})
        \t/home/ci/gava/testdata/run/p.go:12 +0x3d
        main.main.func1(...)
        \t/home/ci/gava/testdata/run/p.go:20
        runtime.goexit()
        \t/usr/lib/go-1.19/src/runtime/asm_amd64.s:1594 +0x1
        created by main.main
        \t/home/ci/gava/testdata/run/p.go:30 +0x25
        exit status 2
        """;
    String gava = """
        before
        panic: boom [recovered]
        \tpanic: again
        [signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]

        goroutine 1 [running]:
        main.(*T).m(...)
        \t/work/main/testdata/run/p.go:12
        main.main.func1()
        \t/work/main/testdata/run/p.go:20 +0x0
        exit status 2
        """;
    String want = """
        before
        panic: boom [recovered]
        \tpanic: again
        [signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]

        goroutine 1 [running]:
        main.(*T).m(...)
        \t$TESTDATA/p.go:12
        main.main.func1(...)
        \t$TESTDATA/p.go:20
        exit status 2
        """;
    assertEquals(want, Normalize.output(gc, null));
    assertEquals(want, Normalize.output(gava, Path.of("/work/main/testdata/run")));
  }

  @Test
  void givenDirectoryIsReplacedAndOtherTextKept() {
    String s = "x +0x12 (a, b)\n\tnot a trace +0x1\n";
    assertEquals(s, Normalize.output(s, Path.of("/elsewhere/run")));
    assertEquals("at $TESTDATA/f.go:3\n", Normalize.output("at /elsewhere/run/f.go:3\n", Path.of("/elsewhere/run")));
  }

  @Test
  void panicValueAddresses() {
    assertEquals("panic: (main.Point) 0x0 [recovered]\n\tpanic: (main.T) 0x0\nx (main.T) 0x12\n",
        Normalize.output("panic: (main.Point) 0xc000082000 [recovered]\n\tpanic: (main.T) 0xc0000a\nx (main.T) 0x12\n", null));
  }

  @Test
  void frameArgs() {
    assertEquals("main.f(...)", Normalize.frameArgs("main.f(0x1, {0x2, 0x3})"));
    assertEquals("main.G[...](...)", Normalize.frameArgs("main.G[...](0x1)"));
    assertEquals("main.main()", Normalize.frameArgs("main.main()").replace("(...)", "()"));
    assertEquals("no parens", Normalize.frameArgs("no parens"));
  }

  @Test
  void diffShowsChangedLines() {
    String d = TextDiff.diff("a\nb\nc\n", "a\nB\nc\n", 1, 50);
    assertTrue(d.contains("-b") && d.contains("+B"), d);
  }
}
