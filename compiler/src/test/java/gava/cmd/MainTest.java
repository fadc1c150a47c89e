package gava.cmd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The command line paths that do not need the compiler stages. */
class MainTest {
  record Ran(int code, String out, String err) {}

  static Ran run(String... args) {
    ByteArrayOutputStream o = new ByteArrayOutputStream(), e = new ByteArrayOutputStream();
    int code = Main.run(args, new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8));
    return new Ran(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
  }

  @Test
  void version() {
    Ran r = run("version");
    assertEquals(0, r.code());
    assertTrue(r.out().startsWith("gava version go1."), r.out());
    assertTrue(r.out().strip().endsWith("linux/jvm"), r.out());
  }

  @Test
  void unknownCommandAndHelp() {
    Ran r = run("frob");
    assertEquals(2, r.code());
    assertEquals("gava frob: unknown command\nRun 'gava help' for usage.\n", r.err());
    assertEquals(2, run().code());
    assertEquals(0, run("help").code());
    assertEquals(0, run("help", "run").code());
  }

  @Test
  void runErrorsWordedAsGo() {
    assertEquals(new Ran(1, "", "stat nosuch.go: no such file or directory\n"), run("run", "nosuch.go"));
    assertEquals(new Ran(1, "", "gava: no go files listed\n"), run("run"));
    Ran r = run("run", "-race", "x.go");
    assertEquals(2, r.code());
    assertTrue(r.err().startsWith("flag provided but not defined: -race"), r.err());
  }
}
