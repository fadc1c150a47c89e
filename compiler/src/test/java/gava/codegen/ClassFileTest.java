package gava.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassModel;
import java.lang.classfile.MethodModel;
import java.lang.classfile.attribute.LineNumberTableAttribute;
import java.lang.classfile.attribute.SourceFileAttribute;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Class layout and naming (design.md "Names"), debug attributes and verifiability. */
class ClassFileTest {
  private static final String PROGRAM = """
      package main

      type T struct{ x int }

      func (t T) Get() int { return t.x }
      func (t *T) Set(v int) { t.x = v }

      func f() func() int {
      	return func() int {
      		g := func() int { return 1 }
      		return g()
      	}
      }

      func init() {}

      func main() {
      	var t T
      	t.Set(f()())
      	println(t.Get())
      }
      """;

  @Test
  void namesFollowTheDesign() {
    GoProgram.Compiled c = GoProgram.compile(PROGRAM);
    assertTrue(c.ok(), c.errors().toString());
    assertEquals("gop/main/$Package", c.program().mainClass());
    assertTrue(c.program().classes().containsKey("gop/main/T"));
    ClassModel pkg = ClassFile.of().parse(c.program().classes().get("gop/main/$Package"));
    Set<String> names = new TreeSet<>();
    for (MethodModel m : pkg.methods()) names.add(m.methodName().stringValue());
    for (String n : new String[] {"main", "f", "T·Get", "(*T)·Set", "f·func1", "f·func1·1", "init", "init·0"}) {
      assertTrue(names.contains(n), n + " missing in " + names);
    }
  }

  @Test
  void sourceFileAndGoLineNumbers() {
    GoProgram.Compiled c = GoProgram.compile(PROGRAM);
    ClassModel pkg = ClassFile.of().parse(c.program().classes().get("gop/main/$Package"));
    assertEquals("/tmp/gava-test/prog.go", pkg.findAttribute(java.lang.classfile.Attributes.sourceFile())
        .map(SourceFileAttribute::sourceFile).orElseThrow().stringValue());
    MethodModel main = pkg.methods().stream()
        .filter(m -> m.methodName().equalsString("main") && m.methodType().equalsString("()V")).findFirst().orElseThrow();
    Set<Integer> lines = new TreeSet<>();
    main.code().orElseThrow().findAttributes(java.lang.classfile.Attributes.lineNumberTable())
        .forEach(a -> ((LineNumberTableAttribute) a).lineNumbers().forEach(l -> lines.add(l.lineNumber())));
    assertTrue(lines.containsAll(Set.of(18, 19, 20)), lines.toString());
  }

  @Test
  void programRuns() {
    assertEquals("1\n", GoProgram.run(PROGRAM).output());
  }
}
