package gava.cmd;

import gava.loader.PackageDir;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code gava build} and {@code gava install} of several packages ({@code ./...}, or more than one
 * package argument), as the go command: every package is compiled; the results of non-main packages
 * are discarded, and so are those of main packages unless {@code -o DIR/} names a directory to write
 * one jar per main package into ({@code go: cannot write multiple packages to non-directory X},
 * {@code go: no main packages to build} otherwise). The non-main packages are compiled together as
 * one program whose generated main imports them all ({@code import _ "p"}); each main package is
 * compiled as {@code gava build} compiles it. A package's compile errors are printed once even when
 * several programs import it.
 */
final class PackageBuild {
  private PackageBuild() {}

  /** What to do with each main package that compiled: its import path and the program. */
  interface MainSink {
    /** Returns an exit status (0: written). */
    int accept(Patterns.Pkg pkg, Build.Result built);
  }

  /** The packages of the patterns: null after printing the problems (exit status 1). */
  static List<Patterns.Pkg> expand(List<String> patterns, PrintStream err) {
    Patterns.Result r = Patterns.expand(patterns);
    r.warnings().forEach(err::println);
    if (!r.allErrors().isEmpty()) {
      r.allErrors().forEach(err::println);
      return null;
    }
    return r.pkgs();
  }

  /** Whether the package in {@code dir} is a command (package main). */
  static boolean isMain(Patterns.Pkg p) {
    PackageDir pd = PackageDir.read(p.dir(), GoFiles.CONTEXT, q -> q.toAbsolutePath().normalize().toString());
    return "main".equals(pd.name());
  }

  /**
   * Compiles the packages; {@code sink} gets each main package that compiled. Returns the exit
   * status: 2 when a package did not compile, else the sink's worst.
   */
  static int buildAll(List<Patterns.Pkg> pkgs, MainSink sink, PrintStream err) {
    List<Patterns.Pkg> libs = new ArrayList<>();
    List<Patterns.Pkg> mains = new ArrayList<>();
    for (Patterns.Pkg p : pkgs) (isMain(p) ? mains : libs).add(p);
    Set<String> shown = new LinkedHashSet<>();
    int status = 0;
    if (!libs.isEmpty()) {
      Build.Result r = ProgramBuild.build(librariesTarget(libs), Main.commandOptions());
      if (!r.ok()) status = Math.max(status, show(r, shown, err));
    }
    for (Patterns.Pkg p : mains) {
      Build.Result r = ProgramBuild.build(ProgramBuild.Target.dir(p.dir()), Main.commandOptions());
      if (!r.ok()) {
        status = Math.max(status, show(r, shown, err));
        continue;
      }
      status = Math.max(status, sink.accept(p, r));
    }
    err.flush();
    return status;
  }

  /** Prints the build's error blocks ({@code # pkg} and its lines) not printed before; the exit status. */
  private static int show(Build.Result r, Set<String> shown, PrintStream err) {
    List<String> block = new ArrayList<>();
    List<List<String>> blocks = new ArrayList<>();
    for (String e : r.errors()) {
      if (e.startsWith("# ") && !block.isEmpty()) {
        blocks.add(block);
        block = new ArrayList<>();
      }
      block.add(e);
    }
    if (!block.isEmpty()) blocks.add(block);
    for (List<String> b : blocks) {
      if (shown.add(String.join("\n", b))) b.forEach(err::println);
    }
    return Main.failureStatus(r);
  }

  /** A program whose main package imports every one of {@code libs} (to compile them). */
  private static ProgramBuild.Target librariesTarget(List<Patterns.Pkg> libs) {
    Path dir = libs.get(0).dir().toAbsolutePath().normalize();
    return ProgramBuild.Target.loaded(dir, loader -> {
      StringBuilder src = new StringBuilder("package main\n\n");
      for (Patterns.Pkg p : libs) src.append("import _ ").append(TestMain.quote(p.importPath())).append('\n');
      src.append("\nfunc main() {}\n");
      gava.syntax.Source main = new gava.syntax.Source(dir.resolve("_gava_build_main.go").toString(),
          src.toString().getBytes(StandardCharsets.UTF_8));
      PackageDir mainPd = new PackageDir(dir, "main",
          List.of(new PackageDir.GoFile(Path.of(main.path()), main, gava.loader.FileHeader.read(main))),
          List.of(), List.of(), null);
      return loader.loadTest(dir, mainPd, Map.of(), Map.of());
    });
  }

  /** go's name of a command's binary: its import path's last element (not a major version suffix). */
  static String binaryName(String importPath) {
    String last = importPath.substring(importPath.lastIndexOf('/') + 1);
    if (last.matches("v[0-9]+") && importPath.lastIndexOf('/') > 0) {
      String p2 = importPath.substring(0, importPath.lastIndexOf('/'));
      last = p2.substring(p2.lastIndexOf('/') + 1);
    }
    return last;
  }

  /** {@code gava build [-o out] PKGS...} with several packages (or one given by a pattern). */
  static int build(List<Patterns.Pkg> pkgs, String output, PrintStream err) {
    if (pkgs.isEmpty()) return 0;
    Path outDir = null;
    if (output != null) {
      Path o = Path.of(output);
      if (!output.endsWith("/") && !Files.isDirectory(o)) {
        if (pkgs.size() > 1) {
          err.println("go: cannot write multiple packages to non-directory " + output);
          return 1;
        }
        return buildAll(pkgs, (p, r) -> 0, err); // (go would write a non-main package's archive)
      }
      if (pkgs.stream().noneMatch(PackageBuild::isMain)) {
        err.println("go: no main packages to build");
        return 1;
      }
      outDir = o;
    }
    Path dir = outDir;
    return buildAll(pkgs, (p, r) -> {
      if (dir == null) return 0; // (as go: built and discarded)
      Path jar = dir.resolve(binaryName(p.importPath()) + ".jar");
      try {
        Files.createDirectories(dir);
        ProgramJar.write(r.program(), jar);
        return 0;
      } catch (java.io.IOException | RuntimeException e) {
        err.println("gava build: cannot write " + jar + ": " + e.getMessage());
        return 1;
      }
    }, err);
  }
}
