package gava.cmd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoFilesTest {
  static boolean holds(String header) {
    // (go/build honours // +build lines only when a blank line separates them from the package clause)
    return GoFiles.constraintsHold((header + "\n\npackage main\n").getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void buildConstraints() {
    assertTrue(holds("// a comment"));
    assertFalse(holds("//go:build ignore"));
    assertTrue(holds("//go:build linux && (amd64 || arm64)"));
    assertFalse(holds("//go:build !linux"));
    assertTrue(holds("//go:build go1.18 && !windows"));
    assertFalse(holds("//go:build go1.99"));
    assertFalse(holds("// +build ignore"));
    assertTrue(holds("// +build linux,amd64 windows"));
    assertFalse(holds("// +build !linux\n// +build amd64"));
    assertTrue(holds("//go:build linux\n// +build ignore")); // //go:build wins
    assertTrue(GoFiles.constraintsHold("package main\n//go:build ignore\n".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void fileNameSuffixes() {
    assertTrue(GoFiles.nameMatches("a.go"));
    assertTrue(GoFiles.nameMatches("a_linux.go"));
    assertFalse(GoFiles.nameMatches("a_windows.go"));
    assertTrue(GoFiles.nameMatches("a_linux_amd64.go"));
    assertFalse(GoFiles.nameMatches("a_linux_arm.go"));
    assertTrue(GoFiles.nameMatches("linux.go")); // no underscore: not a suffix
  }

  @Test
  void packageFiles(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("b.go"), "package main\n");
    Files.writeString(dir.resolve("a.go"), "package main\n");
    Files.writeString(dir.resolve("a_test.go"), "package main\n");
    Files.writeString(dir.resolve("_x.go"), "package main\n");
    Files.writeString(dir.resolve("gen.go"), "//go:build ignore\n\npackage main\n");
    Files.writeString(dir.resolve("w_windows.go"), "package main\n");
    Files.writeString(dir.resolve("notes.txt"), "x");
    assertEquals(List.of(dir.resolve("a.go"), dir.resolve("b.go")), GoFiles.packageFiles(dir));
  }

  @Test
  void displayPathsLikeGc() {
    Path base = Path.of("/work/p");
    assertEquals("./x.go", Build.displayPath(Path.of("/work/p/x.go"), base));
    assertEquals("d/x.go", Build.displayPath(Path.of("/work/p/d/x.go"), base));
    assertEquals("../q/x.go", Build.displayPath(Path.of("/work/q/x.go"), base));
    assertEquals("/w/x.go", Build.displayPath(Path.of("/w/x.go"), base)); // ../../w is not shorter
  }
}
