package gava.cmd;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The package a command line names, as {@code go run} and {@code go build} take it: the leading
 * arguments ending in {@code .go} (files of one directory), else one directory ({@code .},
 * {@code ./x}, {@code /abs}) or import path ({@code example.com/m/cmd/x}, resolved by
 * {@link Patterns}); what follows is
 * {@code rest} (the program's arguments for run). Problems are printed worded like the go command.
 *
 * @param files the named files, or the package's files of {@code dir}
 * @param dir the named directory, or null for named files
 * @param rest the arguments after the package
 */
record PackageArgs(List<Path> files, Path dir, String[] rest) {

  /** The build target. */
  ProgramBuild.Target target() {
    return dir != null ? ProgramBuild.Target.dir(dir) : ProgramBuild.Target.files(files);
  }

  /**
   * Parses {@code args} from index {@code i}; on a problem prints it on {@code err} and returns null
   * (exit status 1). {@code cmd} names the command in messages ("run", "build").
   */
  static PackageArgs parse(String cmd, String[] args, int i, PrintStream err) {
    List<Path> files = new ArrayList<>();
    List<String> given = new ArrayList<>();
    Path dirArg = null;
    if (i < args.length && args[i].endsWith(".go")) {
      while (i < args.length && args[i].endsWith(".go")) {
        given.add(args[i]);
        files.add(Path.of(args[i]));
        i++;
      }
      for (String g : given) {
        Path p = Path.of(g);
        if (!Files.exists(p)) {
          err.println("stat " + g + ": no such file or directory");
          return null;
        }
        if (Files.isDirectory(p)) {
          err.println("gava: " + g + " is a directory, not a .go file");
          return null;
        }
        if (g.endsWith("_test.go")) {
          err.println("gava: cannot " + cmd + " *_test.go files (" + g + ")");
          return null;
        }
      }
      Path dir0 = parentOf(files.get(0));
      for (Path p : files) {
        Path d = parentOf(p);
        if (!d.equals(dir0)) {
          err.println("named files must all be in one directory; have " + dirName(files.get(0)) + " and " + dirName(p));
          return null;
        }
      }
    } else if (i < args.length) {
      String d = args[i++];
      if (!Patterns.isLocal(d)) {
        // (as go: an argument that is neither .go files nor a directory path is an import path)
        Patterns.Result r = Patterns.expand(List.of(d));
        r.warnings().forEach(err::println);
        if (!r.allErrors().isEmpty()) {
          err.println(r.allErrors().get(0));
          return null;
        }
        if (r.pkgs().size() != 1) {
          err.println("gava: pattern " + d + " matches " + r.pkgs().size() + " packages; " + cmd + " needs one");
          return null;
        }
        d = r.pkgs().get(0).dir().toString();
      }
      dirArg = Path.of(d);
      Path dir = Path.of(d);
      if (!Files.isDirectory(dir)) {
        err.println(Files.exists(dir)
            ? "gava: " + d + " is neither a .go file nor a directory"
            : "stat " + d + ": directory not found");
        return null;
      }
      try {
        files.addAll(GoFiles.packageFiles(dir));
      } catch (IOException e) {
        err.println("gava: cannot read directory " + d + ": " + e.getMessage());
        return null;
      }
      if (files.isEmpty()) {
        err.println("no Go files in " + dir.toAbsolutePath().normalize());
        return null;
      }
    } else {
      err.println("gava: no go files listed");
      return null;
    }
    return new PackageArgs(files, dirArg, Arrays.copyOfRange(args, i, args.length));
  }

  static Path parentOf(Path p) {
    Path d = p.toAbsolutePath().normalize().getParent();
    return d == null ? Path.of("/") : d;
  }

  private static String dirName(Path p) {
    Path d = p.getParent();
    return d == null ? "./" : d + "/";
  }
}
