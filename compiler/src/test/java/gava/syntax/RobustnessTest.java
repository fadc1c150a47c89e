package gava.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The parser never throws: random bytes, token soup, truncated files, extreme nesting. */
class RobustnessTest {
  /** Parses src and checks that a tree came back and no internal error was reported. */
  private static Diagnostics parseOk(String name, byte[] src) {
    Diagnostics d = new Diagnostics();
    File f = Parser.parse(new Source(name, src), d);
    assertNotNull(f);
    assertNotNull(f.pkgName);
    for (Diagnostic x : d.all()) {
      assertFalse(x.message().contains("internal compiler error"), () -> name + ": " + x);
      assertTrue(x.pos().line() >= 1, () -> name + ": " + x);
    }
    return d;
  }

  @Test
  void randomBytes() {
    Random r = new Random(1);
    for (int i = 0; i < 3000; i++) {
      byte[] b = new byte[r.nextInt(300)];
      r.nextBytes(b);
      if (i % 2 == 0) {
        byte[] p = "package p\n".getBytes(StandardCharsets.US_ASCII);
        byte[] c = new byte[p.length + b.length];
        System.arraycopy(p, 0, c, 0, p.length);
        System.arraycopy(b, 0, c, p.length, b.length);
        b = c;
      }
      parseOk("random" + i + ".go", b);
    }
  }

  private static final String[] TOKENS = {
    "(", ")", "{", "}", "[", "]", ",", ";", ":", ".", "...", "=", ":=", "<-", "*", "&", "|", "~", "+",
    "++", "-", "!", "\n", " ", "func", "var", "const", "type", "if", "else", "for", "range", "switch",
    "case", "default", "select", "go", "defer", "return", "break", "continue", "goto", "fallthrough",
    "chan", "map", "struct", "interface", "package", "import", "x", "T", "int", "\"s\"", "`r`", "'c'",
    "1", "0x", "1e", "0b2", "08", "1_", ".5", "/*", "*/", "//", "\"", "'", "`", "\\", "@", "\u0000",
    "\u00ff", "\n//line a.go:3\n", "/*line b.go:4:5*/", "..", "&^", "<<=", "L:", "(type)", "\u263a"
  };

  @Test
  void tokenSoup() {
    Random r = new Random(2);
    for (int i = 0; i < 3000; i++) {
      StringBuilder sb = new StringBuilder(i % 3 == 0 ? "" : "package p\n");
      int n = r.nextInt(120);
      for (int k = 0; k < n; k++) {
        sb.append(TOKENS[r.nextInt(TOKENS.length)]).append(r.nextInt(4) == 0 ? " " : "");
      }
      parseOk("soup" + i + ".go", sb.toString().getBytes(StandardCharsets.UTF_8));
    }
  }

  static final String SAMPLE = """
      package sample

      import (
      \t"fmt"
      \tm "math"
      )

      type Number interface {
      \t~int | ~int64 | ~float64
      }

      type Pair[K comparable, V any] struct {
      \tKey K
      \tVal V `json:"val"`
      }

      type List[T any] = []T

      const (
      \tA = iota * 10
      \tB
      \tC string = "c"
      )

      var x, y = 1, 'y'

      func Sum[T Number](xs ...T) (s T) {
      \tfor _, v := range xs {
      \t\ts += v
      \t}
      \treturn
      }

      func (p *Pair[K, V]) String() string { return fmt.Sprint(p.Key, p.Val) }

      func main() {
      \tch := make(chan int, 1)
      \tgo func() { ch <- 1 }()
      \tselect {
      \tcase v, ok := <-ch:
      \t\t_, _ = v, ok
      \tdefault:
      \t}
      \tfor i := range 10 {
      \t\tif i%2 == 0 {
      \t\t\tcontinue
      \t\t} else if i > 7 {
      \t\t\tbreak
      \t\t}
      \t}
      \tvar i interface{} = m.Pi
      \tswitch t := i.(type) {
      \tcase float64, int:
      \t\t_ = t
      \t}
      L:
      \tfor {
      \t\tbreak L
      \t}
      \tp := &Pair[string, int]{Key: "a", Val: 0x1p-2i}
      \tdefer p.String()
      \ts := []int{1, 2, 3}[1:2:3]
      \t_ = s
      }
      """;

  @Test
  void everyPrefixOfSample() {
    byte[] src = SAMPLE.getBytes(StandardCharsets.UTF_8);
    assertEquals(List.of(), parseOk("sample.go", src).all());
    for (int i = 0; i <= src.length; i++) {
      parseOk("sample.go", java.util.Arrays.copyOf(src, i));
    }
  }

  @Test
  void everyPrefixOfGorootFiles() throws IOException {
    Path goroot = SyntaxTestSupport.goroot();
    org.junit.jupiter.api.Assumptions.assumeTrue(goroot != null, "Go 1.19 sources not installed");
    for (String f : List.of("src/sort/search.go", "src/container/list/list.go", "src/strings/replace.go")) {
      Path p = goroot.resolve(f);
      if (!Files.exists(p)) continue;
      byte[] src = Files.readAllBytes(p);
      // every prefix of the first 8K, then every 7th byte
      for (int i = 0; i <= src.length; i += i < 8192 ? 1 : 7) {
        parseOk(f, java.util.Arrays.copyOf(src, i));
      }
    }
  }

  private static String nest(String open, String middle, String close, int n) {
    return open.repeat(n) + middle + close.repeat(n);
  }

  private static final int DEPTH = 10_000;

  private static final String[] DEEP = {
    "package p\nvar x = " + nest("(", "1", ")", DEPTH) + "\n",
    "package p\nvar x " + "[]".repeat(DEPTH) + "int\n",
    "package p\nvar x = a" + "[0]".repeat(DEPTH) + "\n",
    "package p\nvar x = " + nest("[]int{", "", "}", DEPTH) + "\n",
    "package p\nfunc f() {\n" + nest("{", "", "}", DEPTH) + "\n}\n",
    "package p\nfunc f() {\n" + "if x {} else ".repeat(DEPTH) + "{}\n}\n",
    "package p\nvar x = " + nest("func() {", "", "}", DEPTH) + "\n",
    "package p\nvar x = " + "^".repeat(DEPTH) + "1\n",
    "package p\nvar x = 1" + " + 1".repeat(100 * DEPTH) + "\n",
    "package p\nvar x = " + "(".repeat(DEPTH) + "\n",
  };

  /** With a large stack (as the command gives the compiler), deep nesting simply works, as in gc. */
  @Test
  void deepNestingWithLargeStack() {
    SyntaxTestSupport.withStack(1L << 30, () -> {
      for (int i = 0; i < DEEP.length; i++) {
        Diagnostics d = parseOk("deep" + i + ".go", DEEP[i].getBytes(StandardCharsets.UTF_8));
        if (i == DEEP.length - 1) {
          assertEquals(List.of("deep9.go:3:1: syntax error: unexpected EOF, expecting expression"), d.render());
        } else {
          assertEquals(List.of(), d.all(), "deep" + i);
        }
      }
    });
  }

  /** With a small stack, too deep nesting is a diagnostic, not a StackOverflowError. */
  @Test
  void deepNestingWithSmallStack() {
    SyntaxTestSupport.withStack(256 << 10, () -> {
      for (int i = 0; i < DEEP.length; i++) {
        Diagnostics d = parseOk("deep" + i + ".go", DEEP[i].getBytes(StandardCharsets.UTF_8));
        boolean tooDeep = d.all().stream().anyMatch(x -> x.message().equals("syntax error: nesting too deep"));
        if (i == 0 || i == 4) {
          assertTrue(tooDeep, "deep" + i);
        }
      }
    });
  }
}
