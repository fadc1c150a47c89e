package gava.cmd;

import gava.loader.GoMod;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code gava build [-o output] [files|dir]}: compiles the program as {@code gava run} does and
 * writes it as a runnable jar ({@link ProgramJar}) named as go build names its binary (the first
 * file's base name, or the package's directory; at a module's root the module path's last element)
 * plus {@code .jar}; {@code -o} names the file, or a directory (existing, or ending in '/') to write
 * it into. {@code gava clean -cache} empties the build cache ({@link BuildCache}).
 */
final class BuildCommand {
  private BuildCommand() {}

  static String buildUsage() {
    return """
        usage: gava build [-o output] [gofiles... | packages]

        Build compiles the named main package (.go files of one directory, or a
        directory; default ".") with its imports, as gava run does, and writes it
        as one runnable jar: the program's classes and gava's runtime.
        Run it with: java -jar NAME.jar [arguments...]

        The jar is named after the first source file (gava build ed.go rx.go
        writes ed.jar) or the package's directory (or its module path's last
        element), in the current directory. The -o flag names the output file,
        or a directory (existing, or ending in a slash) to write it into.

        Several packages (./..., or more than one argument) are all compiled, as
        go build does, and the results discarded, unless -o names a directory
        (existing, or ending in a slash): each main package's jar is written there.
        A non-main package is compiled and discarded.

        Compiled programs are kept in the build cache (GAVA_CACHE; see gava help
        clean), so building or running an unchanged program again is fast.
        """;
  }

  static String cleanUsage() {
    return """
        usage: gava clean [-cache]

        The -cache flag removes the entire build cache: the compiled programs
        gava run and gava build keep in $GAVA_CACHE (else $XDG_CACHE_HOME/gava,
        else $HOME/.cache/gava). GAVA_CACHE=off disables the cache.
        """;
  }

  static int build(String[] args, PrintStream out, PrintStream err) {
    String output = null;
    int i = 0;
    for (; i < args.length && args[i].startsWith("-") && !args[i].equals("-"); i++) {
      String a = args[i];
      if (a.equals("--")) {
        i++;
        break;
      }
      String flag = a.startsWith("--") ? a.substring(1) : a;
      if (flag.equals("-o")) {
        if (i + 1 >= args.length) return usageError("flag needs an argument: -o", err);
        output = args[++i];
      } else if (flag.startsWith("-o=")) {
        output = flag.substring(3);
      } else if (flag.equals("-h") || flag.equals("-help")) {
        err.print(buildUsage());
        return 2;
      } else {
        return usageError("flag provided but not defined: " + flag, err);
      }
    }
    String[] rest = i < args.length ? java.util.Arrays.copyOfRange(args, i, args.length) : new String[] {"."};
    if (rest[0].endsWith(".go")) {
      for (String r : rest) {
        if (!r.endsWith(".go")) {
          err.println("named files must be .go files: " + r);
          return 1;
        }
      }
    } else {
      // (as go: one main package is written as a jar; several packages, or a non-main one, are
      // compiled and discarded unless -o names a directory)
      List<Patterns.Pkg> pkgs = PackageBuild.expand(List.of(rest), err);
      if (pkgs == null) return 1;
      if (pkgs.size() != 1 || !PackageBuild.isMain(pkgs.get(0))) return PackageBuild.build(pkgs, output, err);
      rest = new String[] {pkgs.get(0).dir().toString()};
    }
    PackageArgs named = PackageArgs.parse("build", rest, 0, err);
    if (named == null) return 1;
    if (output != null && output.isEmpty()) {
      err.println("gava build: -o: empty output name");
      return 1;
    }
    Path jar = outputPath(named, output);
    Build.Result r = ProgramBuild.build(named.target(), Main.commandOptions());
    if (!r.ok()) {
      err.print(r.errorText());
      err.flush();
      return Main.failureStatus(r);
    }
    try {
      ProgramJar.write(r.program(), jar);
    } catch (IOException | RuntimeException e) {
      err.println("gava build: cannot write " + jar + ": " + e.getMessage());
      return 1;
    }
    return 0;
  }

  private static int usageError(String msg, PrintStream err) {
    err.println(msg);
    err.println("usage: gava build [-o output] [gofiles... | dir]");
    err.println("Run 'gava help build' for details.");
    return 2;
  }

  /** Where the jar goes: -o's file, or the default name in -o's directory or the current one. */
  static Path outputPath(PackageArgs named, String output) {
    String name = defaultName(named) + ".jar";
    if (output == null) return Path.of(name);
    Path o = Path.of(output);
    if (output.endsWith("/") || Files.isDirectory(o)) return o.resolve(name);
    return o;
  }

  /** go build's name of a program's binary, without an extension. */
  static String defaultName(PackageArgs named) {
    if (named.dir() == null) {
      String f = named.files().get(0).getFileName().toString();
      return f.substring(0, f.length() - ".go".length());
    }
    Path abs = named.dir().toAbsolutePath().normalize();
    Path mod = GoMod.findGoMod(abs);
    if (mod != null && abs.equals(mod.toAbsolutePath().normalize().getParent())) {
      try {
        String path = GoMod.read(mod).module();
        if (path != null && !path.isEmpty()) {
          String last = path.substring(path.lastIndexOf('/') + 1);
          // go: a major-version suffix ("example.com/m/v2") names the binary after the element before it
          if (last.matches("v[0-9]+") && path.lastIndexOf('/') > 0) {
            String p2 = path.substring(0, path.lastIndexOf('/'));
            last = p2.substring(p2.lastIndexOf('/') + 1);
          }
          return last;
        }
      } catch (IOException | GoMod.Malformed | RuntimeException e) {
        // the build reports it
      }
    }
    Path n = abs.getFileName();
    return n == null ? "main" : n.toString();
  }

  static String installUsage() {
    return """
        usage: gava install [gofiles... | packages]

        Install builds the named main package as gava build does and puts the
        jar, NAME.jar, and a script NAME that runs it (java with gava's settings)
        into $GOBIN, else the bin directory of the first $GOPATH element, else
        $HOME/go/bin. As go install, files named on the command line need GOBIN.
        With several packages (./...) every main package is installed; the
        others are only compiled.
        """;
  }

  /** {@code gava install}: the jar and a launcher script into GOBIN (or GOPATH/bin, ~/go/bin). */
  static int install(String[] args, PrintStream out, PrintStream err) {
    int i = 0;
    if (i < args.length && args[i].equals("--")) i++;
    if (i < args.length && args[i].startsWith("-")) {
      String flag = args[i].startsWith("--") ? args[i].substring(1) : args[i];
      if (flag.equals("-h") || flag.equals("-help")) {
        err.print(installUsage());
        return 2;
      }
      err.println("flag provided but not defined: " + flag);
      err.println("usage: gava install [gofiles... | packages]");
      err.println("Run 'gava help install' for details.");
      return 2;
    }
    String[] rest = i < args.length ? java.util.Arrays.copyOfRange(args, i, args.length) : new String[] {"."};
    java.util.Map<String, String> env = System.getenv();
    String gobin = env.get("GOBIN");
    Path bin;
    if (gobin != null && !gobin.isEmpty()) {
      bin = Path.of(gobin);
    } else if (rest[0].endsWith(".go")) {
      err.println("gava: no install location for .go files listed on command line (GOBIN not set)");
      return 1;
    } else {
      String gopath = env.get("GOPATH");
      String first = gopath == null || gopath.isEmpty() ? null : gopath.split(java.io.File.pathSeparator)[0];
      String home = env.getOrDefault("HOME", System.getProperty("user.home"));
      bin = first != null ? Path.of(first, "bin") : Path.of(home, "go", "bin");
    }
    if (!rest[0].endsWith(".go")) {
      // (as go install: every main package of the patterns is installed, the others only compiled)
      List<Patterns.Pkg> pkgs = PackageBuild.expand(List.of(rest), err);
      if (pkgs == null) return 1;
      if (pkgs.size() != 1 || !PackageBuild.isMain(pkgs.get(0))) {
        Path to = bin;
        return PackageBuild.buildAll(pkgs, (p, r) -> installJar(r, PackageBuild.binaryName(p.importPath()), to, err), err);
      }
      rest = new String[] {pkgs.get(0).dir().toString()};
    }
    PackageArgs named = PackageArgs.parse("install", rest, 0, err);
    if (named == null) return 1;
    if (named.rest().length > 0) {
      err.println("named files must be .go files: " + named.rest()[0]);
      return 1;
    }
    Build.Result r = ProgramBuild.build(named.target(), Main.commandOptions());
    if (!r.ok()) {
      err.print(r.errorText());
      err.flush();
      return Main.failureStatus(r);
    }
    return installJar(r, defaultName(named), bin, err);
  }

  /** Writes the program's jar and its launcher script {@code name} into {@code bin}; the exit status. */
  static int installJar(Build.Result r, String name, Path bin, PrintStream err) {
    Path jar = bin.toAbsolutePath().resolve(name + ".jar");
    Path script = bin.toAbsolutePath().resolve(name);
    try {
      Files.createDirectories(bin);
      ProgramJar.write(r.program(), jar);
      StringBuilder sb = new StringBuilder("#!/bin/sh\n# " + name + ": a Go program built by gava; runs " + jar + "\n");
      sb.append("exec ").append(shellQuote(JarMain.javaCommand()));
      for (String o : JarMain.JVM_OPTIONS) sb.append(' ').append(o);
      sb.append(" -Dgava.arg0=\"$0\" -cp ").append(shellQuote(jar.toString())).append(' ')
          .append(shellQuote(Build.mainClassName(r.program()))).append(" \"$@\"\n");
      Path tmp = Files.createTempFile(bin, "." + name + "-", ".tmp");
      Files.writeString(tmp, sb);
      Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
      Files.move(tmp, script, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | RuntimeException e) {
      err.println("gava install: cannot write to " + bin + ": " + e.getMessage());
      return 1;
    }
    return 0;
  }

  static String shellQuote(String s) {
    return "'" + s.replace("'", "'\\''") + "'";
  }

  static int clean(String[] args, PrintStream out, PrintStream err) {
    boolean cache = false;
    for (String a : args) {
      String flag = a.startsWith("--") ? a.substring(1) : a;
      if (flag.equals("-cache")) {
        cache = true;
      } else if (flag.equals("-h") || flag.equals("-help")) {
        err.print(cleanUsage());
        return 2;
      } else if (flag.startsWith("-")) {
        err.println("flag provided but not defined: " + flag);
        err.println("usage: gava clean [-cache]");
        err.println("Run 'gava help clean' for details.");
        return 2;
      } else {
        err.println("gava clean: packages are not supported (gava writes no object files next to the sources)");
        return 1;
      }
    }
    if (!cache) return 0;
    Path dir = BuildCache.directory(System.getenv());
    if (dir == null) return 0;
    try {
      if (!BuildCache.clean(dir)) {
        err.println("gava: failed to remove some of the build cache in " + dir);
        return 1;
      }
    } catch (IOException e) {
      err.println("gava: cannot clean the build cache " + dir + ": " + e.getMessage());
      return 1;
    }
    return 0;
  }
}
