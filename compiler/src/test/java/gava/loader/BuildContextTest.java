package gava.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class BuildContextTest {
  static final BuildContext JVM = BuildContext.defaults(19);

  @Test
  void fileNameSuffixes() {
    assertTrue(JVM.goodOSArchFile("a.go"));
    assertTrue(JVM.goodOSArchFile("linux.go")); // no underscore: no suffix
    assertTrue(JVM.goodOSArchFile("amd64.go"));
    assertTrue(JVM.goodOSArchFile("a_linux.go"));
    assertTrue(JVM.goodOSArchFile("a_linux_test.go"));
    assertFalse(JVM.goodOSArchFile("a_windows.go"));
    assertFalse(JVM.goodOSArchFile("a_amd64.go"));
    assertFalse(JVM.goodOSArchFile("a_linux_amd64.go"));
    assertFalse(JVM.goodOSArchFile("a_amd64_test.go"));
    assertTrue(JVM.goodOSArchFile("a_generic.go"));
    assertTrue(JVM.goodOSArchFile("a_jvm.go")); // go/build does not know jvm: no suffix
    assertTrue(JVM.goodOSArchFile("a_linux_jvm.go")); // (nor here: the last element is not a known arch)
  }

  @Test
  void knownListsFollowTheGoVersion() {
    // wasip1 is not a GOOS for Go 1.19, so a_wasip1.go is not special there (included), but it is from 1.21.
    assertTrue(BuildContext.defaults(19).withSyslist(Path.of("/nonexistent")).knownOS().contains("linux"));
    assertFalse(BuildContext.defaults(19).knownOS().contains("wasip1"));
    assertTrue(BuildContext.defaults(19).goodOSArchFile("a_wasip1.go"));
    assertTrue(BuildContext.defaults(21).knownOS().contains("wasip1"));
    assertFalse(BuildContext.defaults(21).goodOSArchFile("a_wasip1.go"));
  }

  @Test
  void matchTag() {
    assertTrue(JVM.matchTag("linux"));
    assertTrue(JVM.matchTag("unix"));
    assertTrue(JVM.matchTag("jvm"));
    assertTrue(JVM.matchTag("gc"));
    assertTrue(JVM.matchTag("purego"));
    assertTrue(JVM.matchTag("go1.19"));
    assertFalse(JVM.matchTag("go1.20"));
    assertFalse(JVM.matchTag("cgo"));
    assertTrue(JVM.withCgo(true).matchTag("cgo"));
    assertTrue(JVM.withGoos("android").matchTag("linux"));
    assertFalse(JVM.withGoos("plan9").matchTag("unix"));
    assertEquals(List.of("go1.1", "go1.2", "go1.3"), BuildContext.releaseTags(3));
  }

  @Test
  void syslistOfTheGoroot() throws Exception {
    Path goroot;
    try {
      goroot = Goroot.find(System.getenv(), false);
    } catch (Goroot.NotFound e) {
      return; // no Go sources on this machine
    }
    if (!Files.exists(goroot.resolve("src/go/build/syslist.go"))) return;
    BuildContext c = BuildContext.forGoroot(goroot);
    assertTrue(c.knownOS().contains("linux"));
    assertTrue(c.knownArch().contains("amd64"));
    assertTrue(c.unixOS().contains("darwin"));
    assertEquals("go1." + Goroot.minorVersion(goroot), c.releaseTags().get(c.releaseTags().size() - 1));
  }
}
