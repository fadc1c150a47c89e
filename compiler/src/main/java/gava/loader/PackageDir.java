package gava.loader;

import gava.syntax.Source;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The files of one directory that make up its package under a build context, decided as go/build's
 * {@code Import} does (tests excluded): {@code .go} files not starting with '_' or '.', whose
 * file-name GOOS/GOARCH suffix and build constraints are satisfied, whose package clause is not
 * {@code documentation}, and which do not import "C" unless cgo is on.
 *
 * @param dir the directory
 * @param name the package name, or null when there are no files
 * @param files the package's files, sorted by name
 * @param ignored names of .go files excluded by the context (constraints, documentation, cgo)
 * @param testFiles names of _test.go files (not loaded)
 * @param error the go command's message when the directory is not a usable package, else null
 */
public record PackageDir(Path dir, String name, List<GoFile> files, List<String> ignored, List<String> testFiles,
    String error) {

  /** One file of a package: its path, the source the command should parse, and its header. */
  public record GoFile(Path path, Source source, FileHeader header) {}

  /** Reads a directory, showing file paths as {@code display} says (e.g. relative to the working directory). */
  public static PackageDir read(Path dir, BuildContext ctx, Function<Path, String> display) {
    List<Path> entries;
    try (Stream<Path> s = Files.list(dir)) {
      entries = s.sorted().toList();
    } catch (IOException e) {
      return new PackageDir(dir, null, List.of(), List.of(), List.of(), "cannot read directory " + dir + ": " + e.getMessage());
    }
    List<Path> gofiles = new ArrayList<>();
    for (Path p : entries) {
      String n = p.getFileName().toString();
      if (n.endsWith(".go") && !Files.isDirectory(p)) gofiles.add(p);
    }
    return fromFiles(dir, gofiles, ctx, display);
  }

  /**
   * The package made of the given files (as for {@code go run a.go b.go}: constraints and names are
   * still applied, as go/build does for the files of a command line).
   */
  public static PackageDir fromFiles(Path dir, List<Path> paths, BuildContext ctx, Function<Path, String> display) {
    String name = null;
    String firstFile = null;
    String error = null;
    List<GoFile> files = new ArrayList<>();
    List<String> ignored = new ArrayList<>();
    List<String> tests = new ArrayList<>();
    for (Path p : paths) {
      String n = p.getFileName().toString();
      if (n.startsWith("_") || n.startsWith(".")) continue; // not reported, as go/build
      if (n.endsWith("_test.go")) {
        tests.add(n);
        continue;
      }
      if (!ctx.goodOSArchFile(n)) {
        ignored.add(n);
        continue;
      }
      byte[] bytes;
      try {
        bytes = Files.readAllBytes(p);
      } catch (IOException e) {
        if (error == null) error = display.apply(p) + ": " + e.getMessage();
        continue;
      }
      Source src = new Source(display.apply(p), bytes);
      FileHeader h = FileHeader.read(src);
      if (!shouldBuild(h, ctx)) {
        ignored.add(n);
        continue;
      }
      if (h.error() != null && h.packageName() == null) {
        if (error == null) error = h.packagePos() + ": " + h.error();
        continue;
      }
      if (h.goBuild() != null && parseError(h.goBuild()) != null && error == null) {
        error = display.apply(p) + ": parsing //go:build line: " + parseError(h.goBuild());
      }
      // (other header syntax errors are left to the parser, which reports them with the rest of the file's)
      if (h.error() != null && h.error().startsWith("multiple //go:build") && error == null) {
        error = display.apply(p) + ": " + h.error();
      }
      String pkg = h.packageName();
      if (pkg.equals("documentation")) {
        ignored.add(n);
        continue;
      }
      if (name == null) {
        name = pkg;
        firstFile = n;
      } else if (!pkg.equals(name)) {
        if (error == null) {
          error = "found packages " + name + " (" + firstFile + ") and " + pkg + " (" + n + ") in " + dir;
        }
        continue;
      }
      boolean cgo = h.imports().stream().anyMatch(i -> i.path().equals("C"));
      if (cgo && !ctx.cgoEnabled()) {
        ignored.add(n);
        continue;
      }
      files.add(new GoFile(p, src, h));
    }
    if (error == null && files.isEmpty()) {
      if (!ignored.isEmpty()) error = "build constraints exclude all Go files in " + dir;
      else if (!tests.isEmpty()) error = "no non-test Go files in " + dir;
      else error = "no Go files in " + dir;
    }
    return new PackageDir(dir, name, List.copyOf(files), List.copyOf(ignored), List.copyOf(tests), error);
  }

  /** go/build's shouldBuild: a //go:build line controls; else every // +build line must hold. */
  public static boolean shouldBuild(FileHeader h, BuildContext ctx) {
    if (h.goBuild() != null) {
      try {
        return ctx.eval(Constraint.parseGoBuild(h.goBuild()));
      } catch (Constraint.SyntaxError e) {
        return true; // kept so that the package reports the error
      }
    }
    boolean ok = true;
    for (String line : h.plusBuild()) {
      if (!ctx.eval(Constraint.parsePlusBuild(line))) ok = false;
    }
    return ok;
  }

  private static String parseError(String goBuild) {
    try {
      Constraint.parseGoBuild(goBuild);
      return null;
    } catch (Constraint.SyntaxError e) {
      return e.getMessage();
    }
  }

  /** The paths of the package's files. */
  public List<Path> paths() {
    return files.stream().map(GoFile::path).toList();
  }
}
