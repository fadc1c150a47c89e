package gava.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassModel;
import java.lang.classfile.CodeElement;
import java.lang.classfile.CodeModel;
import java.lang.classfile.Instruction;
import java.lang.classfile.MethodModel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Generic code runs as fast as the same code written for one type: a stencilled instance compiles
 * to exactly the instructions of its hand-written counterpart (no boxing, no dictionaries).
 */
class StencilBytecodeTest {
  private static final String GENERIC = """
      package main

      type Number interface{ ~int | ~float64 }

      type Pair[K comparable, V any] struct {
      	Key K
      	Val V
      }

      func Sum[T Number](xs []T) T {
      	var s T
      	for i := 1; i < len(xs); i++ {
      		if xs[i] < xs[i-1] {
      			s += xs[i]
      		}
      	}
      	return s
      }

      func Swap[K comparable, V any](p *Pair[K, V]) V {
      	v := p.Val
      	p.Val = p.Val
      	return v
      }

      func main() {
      	println(Sum([]int{1, 2}), Swap(&Pair[string, float64]{"a", 1}))
      }
      """;

  private static final String HAND_WRITTEN = """
      package main

      type Pair struct {
      	Key string
      	Val float64
      }

      func Sum(xs []int) int {
      	var s int
      	for i := 1; i < len(xs); i++ {
      		if xs[i] < xs[i-1] {
      			s += xs[i]
      		}
      	}
      	return s
      }

      func Swap(p *Pair) float64 {
      	v := p.Val
      	p.Val = p.Val
      	return v
      }

      func main() {
      	println(Sum([]int{1, 2}), Swap(&Pair{"a", 1}))
      }
      """;

  @Test
  void instancesCompileToTheHandWrittenCode() {
    ClassModel gen = packageClass(GENERIC), hand = packageClass(HAND_WRITTEN);
    assertEquals(code(hand, "Sum"), code(gen, "Sum\u20391\u203a"));
    assertEquals(code(hand, "Swap").replace("gop/main/Pair", "PAIR"), code(gen, "Swap\u20391\u203a").replace("gop/main/Pair\u20391\u203a", "PAIR"));
  }

  private static ClassModel packageClass(String src) {
    GoProgram.Compiled c = GoProgram.compile(src);
    assertTrue(c.ok(), c.errors().toString());
    byte[] bytes = c.program().classes().get("gop/main/$Package");
    assertNotNull(bytes);
    return ClassFile.of().parse(bytes);
  }

  /** The method's instructions, one per line (no constant pool indexes, no line numbers). */
  private static String code(ClassModel cm, String name) {
    for (MethodModel m : cm.methods()) {
      if (!m.methodName().equalsString(name)) continue;
      CodeModel code = m.code().orElseThrow();
      List<String> out = new ArrayList<>();
      for (CodeElement e : code) if (e instanceof Instruction i) out.add(i.toString());
      return String.join("\n", out);
    }
    throw new AssertionError("no method " + name + " in " + cm.thisClass().asInternalName());
  }
}
