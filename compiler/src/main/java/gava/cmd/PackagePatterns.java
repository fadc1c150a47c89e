package gava.cmd;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The packages a command line of {@code gava fmt} or {@code gava vet} names: {@code .go} files of
 * one directory (one package of those files), else package patterns as {@link Patterns} expands
 * them (directories, import paths, {@code ...} wildcards; none means {@code .}).
 */
final class PackagePatterns {
  private PackagePatterns() {}

  /**
   * A matched package: its directory and import path, or the named files (then {@code dir} is their
   * directory, {@code importPath} null); {@code error} is the go command's message when the directory holds no usable package.
   */
  record Match(Path dir, List<Path> files, String importPath, String error) {
    boolean namedFiles() {
      return files != null;
    }
  }

  /** The matches, or null after printing a problem (exit status 1). */
  static List<Match> expand(List<String> args, PrintStream err) {
    List<Match> out = new ArrayList<>();
    if (args.isEmpty()) args = List.of(".");
    if (args.get(0).endsWith(".go")) {
      List<Path> files = new ArrayList<>();
      for (String a : args) {
        if (!a.endsWith(".go")) {
          err.println("named files must be .go files: " + a);
          return null;
        }
        Path p = Path.of(a);
        if (!Files.isRegularFile(p)) {
          err.println(Files.isDirectory(p) ? "gava: " + a + " is a directory, not a .go file" : "stat " + a + ": no such file or directory");
          return null;
        }
        files.add(p.toAbsolutePath().normalize());
      }
      Path dir = files.get(0).getParent();
      for (Path f : files) {
        if (!f.getParent().equals(dir)) {
          err.println("named files must all be in one directory; have " + dir + "/ and " + f.getParent() + "/");
          return null;
        }
      }
      out.add(new Match(dir, files, null, null));
      return out;
    }
    Patterns.Result r = Patterns.expand(args);
    for (String e : r.errors()) err.println(e);
    if (!r.errors().isEmpty()) return null;
    for (String w : r.warnings()) err.println(w);
    for (Patterns.Pkg p : r.pkgs()) out.add(new Match(p.dir(), null, p.importPath(), p.error()));
    return out;
  }

  /**
   * Every .go file of a directory that go/build lists for its package (whatever the build
   * constraints, tests included): not starting with {@code .} or {@code _}; sorted.
   */
  static List<Path> goFiles(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> {
        String n = p.getFileName().toString();
        return n.endsWith(".go") && !n.startsWith(".") && !n.startsWith("_") && !Files.isDirectory(p);
      }).sorted().toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  /** The go command's base.ShortPath: relative to the working directory when that is shorter. */
  static String shortPath(Path p) {
    Path abs = p.toAbsolutePath().normalize();
    Path cwd = Path.of("").toAbsolutePath().normalize();
    String rel = cwd.relativize(abs).toString();
    if (rel.isEmpty()) rel = ".";
    return rel.length() < abs.toString().length() ? rel : abs.toString();
  }
}
