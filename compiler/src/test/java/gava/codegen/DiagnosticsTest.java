package gava.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Constructs code generation does not support yet are reported at their position, never thrown. */
class DiagnosticsTest {
  private static List<String> errors(String decls, String body) {
    GoProgram.Compiled c = GoProgram.compile(GoProgram.main(decls, body));
    assertFalse(c.ok(), "expected errors");
    for (String e : c.errors()) assertFalse(e.contains("internal compiler error"), e);
    return c.errors();
  }

  /** Two struct types with identical fields: converting pointers between them is not supported yet. */
  private static final String STRUCTS = "type A struct{ x int }\ntype B struct{ x int }";

  @Test
  void unsupportedConstructs() {
    assertEquals(List.of("/tmp/gava-test/prog.go:8:6: pointer conversion between struct types not supported yet"),
        errors(STRUCTS, "a := &A{1}\nb := (*B)(a)\nprintln(b.x)"));
  }

  @Test
  void instantiationCycleIsReportedNotLooping() {
    List<String> es = errors("func F[T any](x T, n int) int { if n == 0 { return 0 }; return F(&x, n-1) }", "println(F(1, 3))");
    assertTrue(es.stream().anyMatch(e -> e.contains("instantiation cycle")), es.toString());
  }

  @Test
  void oneFailingFunctionDoesNotHideOthers() {
    List<String> es = errors(STRUCTS + "\nfunc a() { println((*B)(&A{}).x) }\nfunc b() { println((*A)(&B{}).x) }", "a()\nb()");
    assertEquals(2, es.size(), es.toString());
  }

  @Test
  void hugeFunctionIsNotSupportedNotCrash() {
    StringBuilder body = new StringBuilder("x := 0\n");
    for (int i = 0; i < 9000; i++) body.append("x += ").append(i).append(" * x\n");
    body.append("println(x)\n");
    List<String> es = errors("", body.toString());
    assertEquals(1, es.size(), es.toString());
    assertTrue(es.get(0).endsWith("not supported yet"), es.get(0));
  }
}
