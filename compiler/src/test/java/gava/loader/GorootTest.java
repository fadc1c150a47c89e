package gava.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GorootTest {
  @TempDir Path tmp;

  Path fakeGoroot(String name) throws IOException {
    Path g = tmp.resolve(name);
    Files.createDirectories(g.resolve("src/runtime"));
    Files.createDirectories(g.resolve("src/fmt"));
    return g;
  }

  @Test
  void goRootVariableWins() throws Exception {
    Path g = fakeGoroot("g");
    assertEquals(g, Goroot.find(Map.of("GOROOT", g.toString()), false));
  }

  @Test
  void goRootWithoutSourcesNamesTheFix() {
    String msg = assertThrows(Goroot.NotFound.class,
        () -> Goroot.find(Map.of("GOROOT", tmp.resolve("none").toString()), false)).getMessage();
    assertTrue(msg.contains("has no Go sources"), msg);
    assertTrue(msg.contains("apt-get install golang-1.19-src"), msg);
  }

  @Test
  void goEnvGorootFromTheGoOnPath() throws Exception {
    Path g = fakeGoroot("fromgo");
    Path bin = Files.createDirectories(tmp.resolve("bin"));
    Path go = bin.resolve("go");
    Files.writeString(go, "#!/bin/sh\n[ \"$1 $2\" = \"env GOROOT\" ] && echo " + g + "\n");
    Files.setPosixFilePermissions(go, PosixFilePermissions.fromString("rwxr-xr-x"));
    assertEquals(g, Goroot.goEnvGoroot(tmp.resolve("nothing") + ":" + bin));
    assertEquals(g, Goroot.find(Map.of("PATH", bin.toString()), true));
  }

  @Test
  void usualPlacesOrNone() {
    try {
      Path g = Goroot.find(Map.of(), false);
      assertTrue(Goroot.hasSources(g));
    } catch (Goroot.NotFound e) {
      assertTrue(e.getMessage().contains("apt-get install golang-1.19-src"), e.getMessage());
    }
  }

  @Test
  void versionFromGoversionOrVersionFile() throws Exception {
    Path a = fakeGoroot("a");
    Files.createDirectories(a.resolve("src/internal/goversion"));
    Files.writeString(a.resolve("src/internal/goversion/goversion.go"), "package goversion\n\nconst Version = 22\n");
    assertEquals(22, Goroot.minorVersion(a));
    Path b = fakeGoroot("b");
    Files.writeString(b.resolve("VERSION"), "go1.21.4\ntime 2023-11-01\n");
    assertEquals(21, Goroot.minorVersion(b));
  }
}
