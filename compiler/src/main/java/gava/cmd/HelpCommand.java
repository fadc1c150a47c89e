package gava.cmd;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code gava help [command|topic]}: the command list (as go help prints it) and each command's or
 * topic's text, worded after go's (own words, go's structure and flags). A command implemented by a
 * class that is not part of this build (fmt, vet, mod are added by their own classes) is listed only
 * when that class is present. An unknown topic prints
 * {@code gava help foo: unknown help topic. Run 'gava help'.} with exit status 2, as go.
 */
final class HelpCommand {
  private HelpCommand() {}

  /** A command of the list: its name, one-line summary, and the class implementing it (null: always present). */
  private record Cmd(String name, String summary, String className) {}

  private static final Cmd[] COMMANDS = {
    new Cmd("build", "compile packages and dependencies (a runnable jar)", null),
    new Cmd("clean", "remove cached files", null),
    new Cmd("env", "print Go environment information", null),
    new Cmd("fmt", "gofmt (reformat) package sources", "gava.cmd.FmtCommand"),
    new Cmd("install", "compile and install packages and dependencies", null),
    new Cmd("list", "list packages or modules", null),
    new Cmd("mod", "module maintenance", "gava.cmd.ModCommand"),
    new Cmd("run", "compile and run Go program", null),
    new Cmd("test", "test packages", null),
    new Cmd("version", "print Go version", null),
    new Cmd("vet", "report likely mistakes in packages", "gava.cmd.VetCommand"),
  };

  private static final String[][] TOPICS = {
    {"cache", "build and test caching"},
    {"environment", "environment variables"},
    {"packages", "package lists and patterns"},
    {"testflag", "testing flags"},
    {"testfunc", "testing functions"},
  };

  static boolean present(Cmd c) {
    if (c.className() == null) return true;
    try {
      Class.forName(c.className(), false, HelpCommand.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  /** The text of {@code gava} without arguments and of {@code gava help}. */
  static String usage() {
    StringBuilder sb = new StringBuilder();
    sb.append("Gava is Go for the JVM: a tool for managing Go source code that compiles\n"
        + "Go programs to JVM bytecode and runs them.\n\nUsage:\n\n\tgava <command> [arguments]\n\nThe commands are:\n\n");
    for (Cmd c : COMMANDS) {
      if (present(c)) sb.append('\t').append(String.format("%-11s %s", c.name(), c.summary())).append('\n');
    }
    sb.append("\nUse \"gava help <command>\" for more information about a command.\n\nAdditional help topics:\n\n");
    for (String[] t : TOPICS) sb.append('\t').append(String.format("%-11s %s", t[0], t[1])).append('\n');
    sb.append("\nUse \"gava help <topic>\" for more information about that topic.\n\n");
    return sb.toString();
  }

  private static Map<String, Supplier<String>> texts() {
    Map<String, Supplier<String>> m = new LinkedHashMap<>();
    m.put("build", BuildCommand::buildUsage);
    m.put("clean", BuildCommand::cleanUsage);
    m.put("env", EnvCommand::envUsage);
    m.put("install", BuildCommand::installUsage);
    m.put("list", ListCommand::listUsage);
    m.put("run", Main::runUsage);
    m.put("test", TestCommand::testUsage);
    m.put("version", () -> "usage: gava version\n\nVersion prints the Go version gava implements, gava's own version and platform.\n");
    m.put("fmt", () -> FMT);
    m.put("vet", () -> VET);
    m.put("mod", () -> MOD);
    m.put("cache", () -> CACHE);
    m.put("environment", () -> ENVIRONMENT);
    m.put("packages", () -> PACKAGES);
    m.put("testflag", () -> TESTFLAG);
    m.put("testfunc", () -> TESTFUNC);
    return m;
  }

  static int help(String[] args, PrintStream out, PrintStream err) {
    if (args.length == 0) {
      out.print(usage());
      return 0;
    }
    String topic = String.join(" ", args);
    Supplier<String> t = args.length == 1 ? texts().get(args[0]) : null;
    if (t == null) {
      err.println("gava help " + topic + ": unknown help topic. Run 'gava help'.");
      return 2;
    }
    String s = t.get();
    out.print(s.endsWith("\n") ? s : s + "\n");
    return 0;
  }

  static final String FMT = """
      usage: gava fmt [-n] [-x] [-l] [-d] [-w] [-s] [-e] [-r rule] [packages]

      Fmt runs the command 'gofmt -l -w' on the packages named by the import
      paths. It prints the names of the files that are modified.

      For more about gofmt, see 'go doc cmd/gofmt'.
      For more about specifying packages, see 'gava help packages'.

      The -n flag prints commands that would be executed.
      The -x flag prints commands as they are executed.
      gofmt's flags -l, -d, -w, -s, -e and -r given here are passed to gofmt
      instead of -l -w (gofmt is GOROOT's cmd/gofmt, compiled by gava).
      """;

  static final String VET = """
      usage: gava vet [vet flags] [packages]

      Vet runs the Go vet command on the packages named by the import paths:
      it reports suspicious constructs (Printf calls whose arguments do not
      match the format, copied locks, unreachable code, malformed struct tags
      ...) with their positions, and exits with a non-zero status when it
      reported something. The analyzers are go vet's default set, from
      GOROOT's cmd/vet, compiled by gava.

      Vet flags, as go vet's: -NAME (e.g. -printf) runs only the analyzers so
      named, -NAME=false all but those; -NAME.FLAG sets an analyzer's flag
      (-printf.funcs=Logf,Warnf, or the legacy -printfuncs); -json prints the
      findings as a JSON tree per package (exit status 0); -c=N shows each
      finding's line with N lines of context.

      For more about specifying packages, see 'gava help packages'.
      """;

  static final String MOD = """
      Gava mod provides access to operations on modules.

      Usage:

      \tgava mod <command> [arguments]

      The commands are:

      \tdownload    download modules to local cache
      \tverify      verify dependencies have expected content

      Use "gava help mod <command>" for more information about a command.
      """;

  static final String CACHE = """
      gava keeps compiled programs in a build cache so that running or building
      an unchanged program again skips compiling. The cache is $GAVA_CACHE
      (an absolute directory; "off" disables it), else $XDG_CACHE_HOME/gava,
      else ~/.cache/gava; 'gava env GOCACHE' prints it. 'gava clean -cache'
      empties it.

      gava test caches successful package test results as go test does: when a
      package's files, its dependencies' files and the test flags are unchanged,
      the result is replayed with "(cached)" in place of the elapsed time. Only
      runs with package arguments whose flags are all cacheable (-run, -v,
      -short, -failfast, -parallel, -cpu, -benchtime, -timeout, -list, -skip)
      are cached; -count=1 is the idiomatic way to run the tests again. A
      test's inputs are its compiled program and its package's testdata
      directory (go also tracks the files and variables a test reads).
      """;

  static final String ENVIRONMENT = """
      gava consults environment variables for configuration, as the go command:

      \tGOROOT
      \t\tThe Go tree whose src directory holds the standard library sources
      \t\tgava compiles (Go 1.19). Found as go finds it when unset.
      \tGOPATH, GOMODCACHE
      \t\tThe module cache: $GOMODCACHE, else $GOPATH/pkg/mod, else ~/go/pkg/mod.
      \tGOBIN
      \t\tThe directory where 'gava install' installs programs.
      \tGOFLAGS, GOPROXY, GO111MODULE
      \t\tAs for the go command (see 'go help environment').

      gava's own variables:

      \tGAVA_CACHE
      \t\tThe build cache directory ("off": no cache).
      \tGAVA_DEBUG
      \t\t1 shows the Java stack trace of an internal error.
      \tGAVA_JAVA_OPTS
      \t\tExtra options for the JVM running gava and compiled programs.
      \tGAVA_STD
      \t\t0 does not compile standard packages.
      \tGAVA_VERIFY
      \t\t0 skips verifying the generated class files.
      \tGAVA_DUMP
      \t\tA directory where 'gava run' also writes the generated class files.

      'gava env' prints the values gava uses.
      """;

  static final String PACKAGES = """
      Many commands apply to a set of packages:

      \tgava <command> [packages]

      Usually, [packages] is a list of import paths.

      An import path that is a rooted path or that begins with a . or ..
      element is interpreted as a file system path and denotes the package in
      that directory.

      Otherwise, the import path P denotes a standard package in GOROOT/src/P,
      a package of the main module (the module whose go.mod is in the current
      directory or a parent), or a package of a module it requires.

      If no import paths are given, the action applies to the package in the
      current directory.

      There are reserved names for paths:

      - "all" expands to the packages of the main module and their
      dependencies, including the dependencies of their tests.

      - "std" is the list of all the packages in the standard Go library.

      - "cmd" expands to the Go repository's commands and their internal
      libraries.

      An import path is a pattern if it includes one or more "..." wildcards,
      each of which can match any string, including the empty string and
      strings containing slashes. Such a pattern expands to all package
      directories found in the main module or GOROOT with names matching the
      pattern: "./..." is the current directory and its subdirectories,
      "net/..." expands to net and the packages below it. Directories named
      testdata or vendor, whose names begin with . or _, or holding another
      module's go.mod are not matched.

      A list of files ending in .go names the package made of those files
      (for run and build).
      """;

  static final String TESTFLAG = """
      The 'gava test' command takes flags that apply to 'gava test' itself and
      flags that apply to the resulting test binary, as go test.

      \t-bench regexp
      \t    Run only those benchmarks matching the regular expression.
      \t-benchmem
      \t    Print memory allocation statistics for benchmarks.
      \t-benchtime t
      \t    Run enough iterations of each benchmark to take t (default 1s), or Nx.
      \t-count n
      \t    Run each test, benchmark and example n times (default 1).
      \t    -count=1 also bypasses the test result cache.
      \t-cpu 1,2,4
      \t    The GOMAXPROCS values to run tests and benchmarks with.
      \t-failfast
      \t    Do not start new tests after the first test failure.
      \t-fuzz regexp
      \t    Not supported: fuzz targets run on their seed corpus only.
      \t-json
      \t    Not supported.
      \t-parallel n
      \t    Allow parallel execution of test functions that call t.Parallel.
      \t-run regexp
      \t    Run only those tests, examples and fuzz targets matching the regexp.
      \t-short
      \t    Tell long-running tests to shorten their run time.
      \t-skip regexp
      \t    Run only those tests that do not match the regexp.
      \t-timeout d
      \t    Panic the test binary after duration d (default 10m).
      \t-v
      \t    Verbose output: log all tests as they are run.
      """;

  static final String TESTFUNC = """
      The 'gava test' command expects to find test, benchmark, fuzz and example
      functions in the "*_test.go" files of the package under test, as go test:

      \tfunc TestXxx(t *testing.T) { ... }
      \tfunc BenchmarkXxx(b *testing.B) { ... }
      \tfunc FuzzXxx(f *testing.F) { ... }
      \tfunc ExampleXxx() { ... }

      An example function's output is compared with its trailing
      "// Output:" comment (or "// Unordered output:", in any order); an
      example without such a comment is compiled but not run. A fuzz target
      runs on its seed corpus: its f.Add values and testdata/fuzz/FuzzXxx.
      A TestMain(m *testing.M) function runs instead of the tests and calls m.Run.
      """;
}
