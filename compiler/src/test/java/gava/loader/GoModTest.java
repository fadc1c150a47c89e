package gava.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoModTest {
  static GoMod parse(String text) throws GoMod.Malformed {
    return GoMod.parse(Path.of("/m/go.mod"), text);
  }

  static String malformed(String text) {
    return assertThrows(GoMod.Malformed.class, () -> parse(text)).getMessage();
  }

  @Test
  void everyDirective() throws Exception {
    GoMod m = parse("""
        // The module.
        module example.com/m // trailing

        go 1.21.3
        toolchain go1.22.0

        require golang.org/x/text v0.3.0
        require (
        \texample.com/a v1.0.0 // indirect
        \t"example.com/b" v1.2.3
        )

        replace example.com/a => ../a
        replace (
        \texample.com/b v1.2.3 => example.com/c v1.0.0
        \texample.com/d => /abs/d
        )
        exclude example.com/x v0.1.0
        retract v0.0.1
        """);
    assertEquals("example.com/m", m.module());
    assertEquals("1.21.3", m.go());
    assertEquals("go1.22.0", m.toolchain());
    assertEquals(List.of(new GoMod.Require("golang.org/x/text", "v0.3.0", false),
        new GoMod.Require("example.com/a", "v1.0.0", true),
        new GoMod.Require("example.com/b", "v1.2.3", false)), m.requires());
    assertEquals(List.of(new GoMod.Replace("example.com/a", null, "../a", null),
        new GoMod.Replace("example.com/b", "v1.2.3", "example.com/c", "v1.0.0"),
        new GoMod.Replace("example.com/d", null, "/abs/d", null)), m.replaces());
    assertTrue(m.replaces().get(0).isLocal());
    assertFalse(m.replaces().get(1).isLocal());
    assertEquals(List.of(new GoMod.ModuleVersion("example.com/x", "v0.1.0")), m.excludes());
    assertEquals(Path.of("/m"), m.root());
  }

  @Test
  void minimal() throws Exception {
    GoMod m = parse("module m\n");
    assertEquals("m", m.module());
    assertNull(m.go());
    assertEquals(List.of(), m.requires());
  }

  @Test
  void errorsAsGoPrintsThem() {
    assertEquals("/m/go.mod:2: unknown directive: frobnicate", malformed("module m\nfrobnicate x\n"));
    assertEquals("/m/go.mod:2: repeated module statement", malformed("module m\nmodule n\n"));
    assertEquals("/m/go.mod:1: invalid go version 'one': must match format 1.23", malformed("go one\n"));
    assertEquals("/m/go.mod:1: usage: require module/path v1.2.3", malformed("require x\n"));
    assertTrue(malformed("replace a => b\n").contains("replacement module without version must be directory path"));
    assertEquals("/m/go.mod:3: syntax error (unterminated block started at /m/go.mod:1:1)", malformed("require (\nx v1\n"));
  }

  @Test
  void findsTheModuleRoot(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("go.mod"), "module m\n");
    Path sub = Files.createDirectories(dir.resolve("a/b"));
    assertEquals(dir.resolve("go.mod").toAbsolutePath().normalize(), GoMod.findGoMod(sub));
  }
}
