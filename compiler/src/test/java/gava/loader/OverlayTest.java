package gava.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gava.syntax.Decl;
import gava.syntax.Diagnostics;
import gava.syntax.File;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged overlays: found as resources, applied by the loader, merged when parsing. */
class OverlayTest {
  @TempDir Path tmp;

  @Test
  void runtimeIsReplacedByItsOverlay() throws Exception {
    assertNotNull(Overlay.root(), "the overlays are resources of the compiler (gava/stdlib/overlay)");
    assertNotNull(Overlay.dir("runtime"));
    Diagnostics diags = new Diagnostics();
    Program p = Loader.standard(diags).loadImportPaths(List.of("runtime"), tmp);
    assertFalse(diags.hasErrors(), () -> String.join("\n", diags.render()));
    LoadedPackage rt = p.byPath().get("runtime");
    assertEquals("runtime", rt.name());
    // a replacement package: no GOROOT file, and none of gc's runtime imports (internal/abi, ...)
    assertFalse(rt.files().isEmpty());
    assertEquals(rt.files(), rt.overlayFiles());
    assertEquals(List.of(), rt.imports());
    assertEquals(List.of("runtime"), p.packages().stream().map(LoadedPackage::importPath).toList());

    List<File> files = Overlay.parse(rt, diags);
    assertFalse(diags.hasErrors(), () -> String.join("\n", diags.render()));
    Decl.Func gosched = files.stream().flatMap(f -> f.decls.stream())
        .filter(d -> d instanceof Decl.Func f && f.name.name.equals("Gosched")).map(d -> (Decl.Func) d)
        .findFirst().orElseThrow();
    assertEquals("gava.runtime.Go.gosched", gosched.javaMethod);
    assertTrue(gosched.pos.path().contains("stdlib/overlay/runtime/"), gosched.pos.path());
  }

  @Test
  void omittedFilesAndOverlayFilesUnderConstraints() throws Exception {
    Path pkg = tmp.resolve("goroot/src/p");
    java.nio.file.Files.createDirectories(pkg);
    java.nio.file.Files.writeString(pkg.resolve("a.go"), "package p\n\nimport \"errors\"\n\nvar E = errors.New(\"a\")\n");
    java.nio.file.Files.writeString(pkg.resolve("b.go"), "package p\n\nimport \"unsafe\"\n\nconst S = unsafe.Sizeof(0)\n");
    Path ov = tmp.resolve("overlay/p");
    java.nio.file.Files.createDirectories(ov);
    java.nio.file.Files.writeString(ov.resolve("b_gava.go"), "//gava:omit b.go\n\npackage p\n\nimport \"math\"\n\nconst S = 8\nvar M = math.Pi\n");
    java.nio.file.Files.writeString(ov.resolve("x_other.go"), "//go:build !jvm\n\npackage p\n\nvar X = 1\n");
    BuildContext ctx = BuildContext.defaults(19);
    PackageDir pd = Overlay.apply(ov, PackageDir.read(pkg, ctx, Path::toString), ctx);
    assertEquals(List.of("a.go", "b_gava.go"), pd.files().stream().map(f -> f.path().getFileName().toString()).toList());
    assertTrue(pd.ignored().contains("b.go"));
    assertEquals(null, pd.error());
    // the overlay's imports are the package's; the omitted file's are not
    List<String> imports = pd.files().stream().flatMap(f -> f.header().imports().stream()).map(FileHeader.ImportSpec::path).toList();
    assertEquals(List.of("errors", "math"), imports);

    java.nio.file.Files.writeString(ov.resolve("c.go"), "package q\n");
    PackageDir bad = Overlay.apply(ov, PackageDir.read(pkg, ctx, Path::toString), ctx);
    assertNotNull(bad.error());
  }

  @Test
  void sharedFilesOfAnotherOverlayTakeThisPackagesName() throws Exception {
    Path pkg = tmp.resolve("goroot/src/a/p");
    java.nio.file.Files.createDirectories(pkg);
    Path q = tmp.resolve("overlay/internal/q");
    java.nio.file.Files.createDirectories(q);
    java.nio.file.Files.writeString(q.resolve("k.go"), "// Shared.\npackage q\n\ntype Kind uint\n");
    Path ov = tmp.resolve("overlay/a/p");
    java.nio.file.Files.createDirectories(ov);
    java.nio.file.Files.writeString(ov.resolve("p.go"), "//gava:replace-package\n//gava:share internal/q k.go\n\npackage p\n\nvar K Kind\n");
    BuildContext ctx = BuildContext.defaults(19);
    PackageDir pd = Overlay.apply(ov, PackageDir.read(pkg, ctx, Path::toString), ctx);
    assertEquals(null, pd.error());
    assertEquals(List.of("p.go", "k.go"), pd.files().stream().map(f -> f.path().getFileName().toString()).toList());
    PackageDir.GoFile k = pd.files().get(1);
    assertEquals(q.resolve("k.go"), k.path());
    assertEquals("// Shared.\npackage p\n\ntype Kind uint\n", new String(k.source().bytes(), java.nio.charset.StandardCharsets.UTF_8));

    java.nio.file.Files.writeString(ov.resolve("p.go"), "//gava:replace-package\n//gava:share internal/q missing.go\n\npackage p\n");
    assertNotNull(Overlay.apply(ov, PackageDir.read(pkg, ctx, Path::toString), ctx).error());
  }

  @Test
  void includedFilesIgnoreTheirBuildConstraints() throws Exception {
    Path pkg = tmp.resolve("goroot/src/p");
    java.nio.file.Files.createDirectories(pkg);
    java.nio.file.Files.writeString(pkg.resolve("a.go"), "package p\n\nvar A = 1\n");
    java.nio.file.Files.writeString(pkg.resolve("z_linux_amd64.go"), "//go:build amd64 && linux\n\npackage p\n\nconst Z = 2\n");
    java.nio.file.Files.writeString(pkg.resolve("y_linux_arm.go"), "package p\n\nconst Y = 3\n");
    Path ov = tmp.resolve("overlay/p");
    java.nio.file.Files.createDirectories(ov);
    java.nio.file.Files.writeString(ov.resolve("p_gava.go"), "//gava:include z_linux_amd64.go a.go\n\npackage p\n");
    BuildContext ctx = BuildContext.defaults(19);
    PackageDir pd = Overlay.apply(ov, PackageDir.read(pkg, ctx, Path::toString), ctx);
    // a.go is already there (not twice); the amd64 file joins as a GOROOT file; the arm one stays out
    assertEquals(List.of("a.go", "z_linux_amd64.go", "p_gava.go"),
        pd.files().stream().map(f -> f.path().getFileName().toString()).toList());
    assertFalse(pd.ignored().contains("z_linux_amd64.go"));
    assertTrue(pd.ignored().contains("y_linux_arm.go"));
    assertEquals(null, pd.error());

    java.nio.file.Files.writeString(ov.resolve("p_gava.go"), "//gava:include missing.go\n\npackage p\n");
    PackageDir bad = Overlay.apply(ov, PackageDir.read(pkg, ctx, Path::toString), ctx);
    assertNotNull(bad.error());
    assertTrue(bad.error().contains("missing.go"), bad.error());
  }

  @Test
  void packagesWithoutOverlayAreUnchanged() throws Exception {
    Diagnostics diags = new Diagnostics();
    Program p = Loader.standard(diags).loadImportPaths(List.of("unicode/utf8"), tmp);
    LoadedPackage u = p.byPath().get("unicode/utf8");
    assertEquals(List.of(), u.overlayFiles());
    assertEquals(u.files().size(), Overlay.parse(u, diags).size());
  }
  /** A GOROOT of Go 1.{@code minor} holding {@code files} (path under src, contents). */
  private Loader fakeGoroot(int minor, Diagnostics diags, String... files) throws Exception {
    Path g = tmp.resolve("goroot" + minor);
    for (int i = 0; i < files.length; i += 2) {
      Path f = g.resolve("src").resolve(files[i]);
      java.nio.file.Files.createDirectories(f.getParent());
      java.nio.file.Files.writeString(f, files[i + 1]);
    }
    return new Loader(g, BuildContext.defaults(minor), diags, Path::toString, java.util.Map.of());
  }

  @Test
  void packagesNewerThanGorootAreTheirOverlays() throws Exception {
    Diagnostics diags = new Diagnostics();
    Program p = fakeGoroot(19, diags, "runtime/x.go", "package runtime\n")
        .loadImportPaths(List.of("slices", "maps"), tmp);
    assertFalse(diags.hasErrors(), () -> String.join("\n", diags.render()));
    assertEquals(List.of("cmp", "iter", "slices", "maps"),
        p.packages().stream().map(LoadedPackage::importPath).toList());
    for (LoadedPackage lp : p.packages()) {
      assertTrue(lp.standard(), lp.importPath());
      assertFalse(lp.files().isEmpty(), lp.importPath());
      assertEquals(lp.files(), lp.overlayFiles(), lp.importPath());
    }
    assertEquals("slices", p.byPath().get("slices").name());
  }

  @Test
  void aGorootThatHasThePackageKeepsItsOwn() throws Exception {
    Diagnostics diags = new Diagnostics();
    Program p = fakeGoroot(22, diags, "slices/slices.go", "package slices\n\nimport \"sort\"\n",
        "sort/sort.go", "package sort\n").loadImportPaths(List.of("slices"), tmp);
    assertFalse(diags.hasErrors(), () -> String.join("\n", diags.render()));
    LoadedPackage s = p.byPath().get("slices");
    assertEquals(1, s.files().size());
    assertEquals(List.of(), s.overlayFiles());
    assertEquals(List.of("sort", "slices"), p.packages().stream().map(LoadedPackage::importPath).toList());
  }

  @Test
  void stdPathsWithoutGorootPackageOrOverlayAreMissing() throws Exception {
    Diagnostics diags = new Diagnostics();
    fakeGoroot(19, diags, "runtime/x.go", "package runtime\n").loadImportPaths(List.of("nosuchpkg"), tmp);
    assertTrue(diags.hasErrors());
    assertTrue(String.join("\n", diags.render()).contains("package nosuchpkg is not in GOROOT"),
        () -> String.join("\n", diags.render()));
  }
}
