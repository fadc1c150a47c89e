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

  @Test
  void unsupportedConstructs() {
    assertEquals(List.of("/tmp/gava-test/prog.go:7:6: conversion of slice to array pointer not supported yet"),
        errors("", "s := []int{1}\np := (*[1]int)(s)\nprintln(p[0])"));
    assertTrue(errors("", "s := []int{1}\np := (*[1]int)(s)\nprintln(p[0])").get(0)
        .endsWith("conversion of slice to array pointer not supported yet"));
  }

  @Test
  void genericCodeIsReportedNotCrashed() {
    List<String> es = errors("func Map[T any](xs []T) []T { return xs }", "println(len(Map([]int{1})))");
    assertTrue(es.stream().allMatch(e -> e.contains("not supported yet")), es.toString());
  }

  @Test
  void oneFailingFunctionDoesNotHideOthers() {
    List<String> es = errors("func a() { s := []int{1}; println((*[1]int)(s)[0]) }\nfunc b() { s := []byte{1}; println((*[1]byte)(s)[0]) }", "a()\nb()");
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
