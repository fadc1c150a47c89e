package gava.codegen;

import static java.lang.constant.ConstantDescs.CD_long;
import static java.lang.constant.ConstantDescs.CD_void;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import gava.cmd.Build;
import gava.loader.OverlayDirectives;
import gava.syntax.Diagnostics;
import gava.syntax.File;
import gava.syntax.Parser;
import gava.syntax.Source;
import gava.types.Checker;
import java.lang.constant.MethodTypeDesc;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Body-less functions: gc's error in user code, //gava:java bindings in overlays. */
class JavaBindingTest {
  static final String BOUND = """
      package main

      //gava:java gava.runtime.Go.numGoroutine
      func count() int

      //gava:java gava.runtime.RuntimePackage.gomaxprocs
      func procs(n int) int

      type Count int

      //gava:java gava.runtime.RuntimePackage.gomaxprocs
      func (c Count) Procs() int

      type Procser interface{ Procs() int }

      func main() {
      	f := count
      	defer println("deferred", procs(0) > 0)
      	println(count(), f())
      	var p Procser = Count(0)
      	println(Count(0).Procs() == p.Procs(), Count(0).Procs() > 0)
      	done := make(chan bool)
      	go func() { println(count()); done <- true }()
      	<-done
      }
      """;

  @Test
  void userCodeGetsGcsError() {
    Build.Result r = Build.compileSources(List.of(new Source("./x.go", BOUND.getBytes(StandardCharsets.UTF_8))));
    assertEquals(List.of(Build.HEADER, "./x.go:4:6: missing function body", "./x.go:7:6: missing function body",
        "./x.go:12:6: missing function body"),
        r.errors());
  }

  /** Compiles the source as an overlay file would be (directives bound). */
  static CompiledProgram compileBound(String text, Diagnostics diags) {
    File f = Parser.parse(new Source("/bound.go", text.getBytes(StandardCharsets.UTF_8)), diags);
    OverlayDirectives.scan(f.src).bind(f, diags);
    gava.types.Package pkg = Checker.check("main", List.of(f), diags);
    return Backend.compile(pkg, List.of(f), diags);
  }

  @Test
  void boundFunctionsCallTheJavaMethod() {
    Diagnostics diags = new Diagnostics();
    CompiledProgram p = compileBound(BOUND, diags);
    assertFalse(diags.hasErrors(), () -> String.join("\n", diags.render()));
    GoProgram.Run run = GoProgram.run(p);
    assertEquals("1 1\ntrue true\n2\ndeferred true\n", run.output());
    assertEquals(0, run.exit());
  }

  @Test
  void aMissingMethodOrWrongDescriptorIsReported() {
    Diagnostics diags = new Diagnostics();
    compileBound("""
        package main

        //gava:java gava.runtime.Go.numGoroutine
        func wrong(x int) int

        //gava:java gava.runtime.NoSuchClass.f
        func noClass()

        func main() { wrong(1); noClass() }
        """, diags);
    assertEquals(List.of(
        "/bound.go:4:6: //gava:java gava.runtime.Go.numGoroutine: no public static method numGoroutine(J)J in gava.runtime.Go (has ()J)",
        "/bound.go:7:6: //gava:java gava.runtime.NoSuchClass.f: no class gava.runtime.NoSuchClass"), diags.render());
  }

  @Test
  void descriptorCheck() {
    assertNull(JavaBindings.problem("gava.runtime.Go.gosched", MethodTypeDesc.of(CD_void)));
    assertNull(JavaBindings.problem("gava.runtime.RuntimePackage.gomaxprocs", MethodTypeDesc.of(CD_long, CD_long)));
  }
}
