package gava.cmd;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code gava fmt [-n] [-x] [gofmt flags] [packages]}, as {@code go fmt}: runs {@code gofmt -l -w}
 * on every .go file of the named packages ({@link PackagePatterns}; tests and files excluded by
 * build constraints included, not subdirectories) and so prints the names of the files it
 * rewrote. gofmt is GOROOT's own {@code cmd/gofmt}, compiled by gava ({@link GoTool}), so the
 * output is exactly gofmt's. gofmt's flags ({@code -l -d -w -s -e -r rule}) given here replace the
 * default {@code -l -w} (e.g. {@code gava fmt -d .} shows the diffs and changes nothing). When gofmt
 * fails (a syntax error) it prints {@code exit status 2} and exits 1, as go fmt.
 */
final class FmtCommand {
  private FmtCommand() {}

  static String fmtUsage() {
    return HelpCommand.FMT;
  }

  static int fmt(String[] args, PrintStream out, PrintStream err) {
    boolean dryRun = false;
    boolean trace = false;
    List<String> gofmtFlags = new ArrayList<>();
    List<String> pkgs = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (!pkgs.isEmpty() || !a.startsWith("-") || a.equals("-")) {
        pkgs.add(a);
        continue;
      }
      String name = a.replaceFirst("^--?", "");
      switch (name) {
        case "n" -> dryRun = true;
        case "x" -> trace = true;
        case "l", "d", "w", "s", "e", "l=true", "d=true", "w=true", "s=true", "e=true" -> gofmtFlags.add("-" + name);
        case "r" -> {
          if (i + 1 >= args.length) return usage("flag needs an argument: -r", err);
          gofmtFlags.add("-r");
          gofmtFlags.add(args[++i]);
        }
        case "h", "help" -> {
          err.print(fmtUsage());
          return 2;
        }
        default -> {
          if (name.startsWith("r=")) {
            gofmtFlags.add("-" + name);
          } else {
            return usage("flag provided but not defined: " + a, err);
          }
        }
      }
    }
    List<PackagePatterns.Match> matches = PackagePatterns.expand(pkgs, err);
    if (matches == null) return 1;
    List<String> cmd = new ArrayList<>(gofmtFlags.isEmpty() ? List.of("-l", "-w") : gofmtFlags);
    int base = cmd.size();
    boolean failed = false;
    for (PackagePatterns.Match m : matches) {
      List<Path> files = m.namedFiles() ? m.files() : PackagePatterns.goFiles(m.dir());
      if (files.isEmpty()) {
        err.println(m.error() != null ? m.error() : "no Go files in " + m.dir());
        failed = true;
        continue;
      }
      for (Path f : files) cmd.add(PackagePatterns.shortPath(f));
    }
    if (cmd.size() == base) return failed ? 1 : 0;
    if (dryRun || trace) {
      out.println("gofmt " + String.join(" ", cmd));
      out.flush();
      if (dryRun) return failed ? 1 : 0;
    }
    // (gofmt ends the JVM: with status 1, after "exit status 2", when it fails, as go fmt)
    return GoTool.run("cmd/gofmt", cmd.toArray(String[]::new), true, 1, err);
  }

  private static int usage(String msg, PrintStream err) {
    err.println(msg);
    err.println("usage: gava fmt [-n] [-x] [-l] [-d] [-w] [-s] [-e] [-r rule] [packages]");
    err.println("Run 'gava help fmt' for details.");
    return 2;
  }
}
