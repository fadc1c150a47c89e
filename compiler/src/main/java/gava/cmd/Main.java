package gava.cmd;

import gava.codegen.CompiledProgram;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The gava command line, worded after the go command:
 * <pre>
 *   gava run FILE.go... [arguments...]   compile the files (package main) and run them
 *   gava run DIR [arguments...]          the same with the package's files of DIR (e.g. ".", "./cmd/x")
 *   gava build [-o out.jar] [FILE.go... | DIR]   compile into a runnable jar ({@link BuildCommand})
 *   gava clean -cache                    empty the build cache ({@link BuildCache})
 *   gava install [FILE.go... | DIR]      the jar and a script into $GOBIN (or $GOPATH/bin, ~/go/bin)
 *   gava env [-json] [VAR...]             gava's environment ({@link EnvCommand})
 *   gava list [-f fmt] [-json] [-e] [-deps] [-m] [packages]   list packages ({@link ListCommand})
 *   gava test [flags] [packages]          test packages ({@link TestCommand})
 *   gava version
 *   gava help [command|topic]             ({@link HelpCommand})
 * </pre>
 * A compiled program is loaded into this JVM and its main class's {@code main(String[])} invoked with
 * the program's arguments; the runtime prints {@code exit status N} for a non-zero exit like go run.
 */
public final class Main {
  private Main() {}

  public static final String VERSION = "0.1.0";
  public static final String GO_VERSION = "go1.24";

  public static void main(String[] args) {
    Timing.mark("start");
    System.exit(run(args, System.out, System.err));
  }

  /**
   * Runs a command and returns the exit code. {@code gava run} with a successful build does not
   * return: the program's runtime ends the JVM.
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length == 0) {
      err.print(usage());
      return 2;
    }
    String cmd = args[0];
    String[] rest = Arrays.copyOfRange(args, 1, args.length);
    switch (cmd) {
      case "run":
        return runCommand(rest, out, err);
      case "build":
        return BuildCommand.build(rest, out, err);
      case "test":
        return TestCommand.test(rest, out, err);
      case "mod":
        return ModCommand.mod(rest, out, err);
      case "clean":
        return BuildCommand.clean(rest, out, err);
      case "install":
        return BuildCommand.install(rest, out, err);
      case "env":
        return EnvCommand.env(rest, out, err);
      case "list":
        return ListCommand.list(rest, out, err);
      case "fmt":
        return FmtCommand.fmt(rest, out, err);
      case "vet":
        return VetCommand.vet(rest, out, err);
      case "version":
        if (rest.length > 0) {
          if (rest[0].startsWith("-")) err.println("flag provided but not defined: " + rest[0].replaceFirst("^--", "-").replaceFirst("=.*", ""));
          err.println("usage: gava version");
          if (rest[0].startsWith("-")) err.println("Run 'gava help version' for details.");
          return 2;
        }
        out.println(versionLine());
        return 0;
      case "help", "-h", "-help", "--help":
        return HelpCommand.help(rest, out, err);
      default:
        err.println("gava " + cmd + ": unknown command");
        err.println("Run 'gava help' for usage.");
        return 2;
    }
  }

  public static String versionLine() {
    return "gava version " + GO_VERSION + " (gava " + VERSION + ", Java " + Runtime.version().feature() + ") linux/jvm";
  }

  static String usage() {
    return HelpCommand.usage();
  }

  static String runUsage() {
    return """
        usage: gava run gofiles... [arguments...]
               gava run dir [arguments...]

        Run compiles and runs the named main Go package.
        The package is either a list of .go source files from a single directory
        (the leading arguments ending in .go), or a directory such as "." whose
        package files are used (as go selects them: not _test.go files, and
        honouring //go:build constraints such as "ignore").
        The remaining arguments are passed to the program.

        Imported packages are found as the go command finds them: in the module
        (go.mod in the directory or a parent; packages imported by module path)
        and in GOROOT. The whole program is compiled at once.

        Compile errors are printed as path:line:col: message under a "# package"
        line, exit status 2; missing packages and import cycles exit status 1.
        A program exiting with a non-zero status N prints "exit status N".
        Set GAVA_DEBUG=1 to see Java stack traces of internal errors.
        GAVA_VERIFY=0 skips checking the generated class files before the run.
        GAVA_DUMP=DIR also writes the generated class files under DIR (for javap).
        Compiled programs are kept in the build cache (see gava help clean).
        """;
  }

  static int runCommand(String[] args, PrintStream out, PrintStream err) {
    int i = 0;
    if (i < args.length && args[i].equals("--")) i++;
    if (i < args.length && args[i].startsWith("-") && !args[i].equals("-")) {
      String flag = args[i];
      if (flag.equals("-h") || flag.equals("-help") || flag.equals("--help")) {
        err.print(runUsage());
        return 2;
      }
      err.println("flag provided but not defined: " + flag.replaceFirst("^--", "-").replaceFirst("=.*", ""));
      err.println("usage: gava run [build flags] package [arguments...]");
      err.println("Run 'gava help run' for details.");
      return 2;
    }
    PackageArgs named = PackageArgs.parse("run", args, i, err);
    if (named == null) return 1;
    String[] progArgs = named.rest();

    Build.Result r = ProgramBuild.build(named.target(), commandOptions());
    if (!r.ok()) {
      err.print(r.errorText());
      err.flush();
      return failureStatus(r);
    }
    out.flush();
    String dump = System.getenv("GAVA_DUMP");
    if (dump != null && !dump.isEmpty()) {
      try {
        Build.writeClasses(r.program(), Path.of(dump));
      } catch (IOException e) {
        err.println("gava: cannot write classes to " + dump + ": " + e.getMessage());
      }
    }
    return execute(r.program(), progArgs, err);
  }

  /**
   * The build options of the commands, from the environment: GAVA_VERIFY=0 skips verifying the
   * class files, GAVA_STD=0 does not compile standard packages (an import of one is reported as not
   * supported), GAVA_CACHE names the build cache ("off": none; see {@link BuildCache}).
   */
  static ProgramBuild.Options commandOptions() {
    Build.Options bo = Build.Options.defaults().withVerify(!"0".equals(System.getenv("GAVA_VERIFY")));
    return new ProgramBuild.Options(bo, !"0".equals(System.getenv("GAVA_STD")), BuildCache.fromEnv(System.getenv()));
  }

  /**
   * go run's exit status for a failed build: 2 when a package did not compile (its errors follow a
   * {@code # pkg} header), 1 for errors of the command itself (missing packages, import cycles).
   */
  public static int failureStatus(Build.Result r) {
    return !r.errors().isEmpty() && r.errors().get(0).startsWith("# ") ? 2 : 1;
  }

  /**
   * Loads the program into this JVM and runs its main class. Normally the runtime ends the JVM with
   * the program's exit status; if main returns, the status is 0.
   */
  static int execute(CompiledProgram program, String[] progArgs, PrintStream err) {
    Timing.mark("run");
    ProgramLoader loader = new ProgramLoader(program, Main.class.getClassLoader());
    Method main;
    try {
      gava.runtime.Go.setReportExitStatus(true);
      Class<?> c = Class.forName(Build.mainClassName(program), false, loader);
      main = c.getMethod("main", String[].class);
      if (!Modifier.isStatic(main.getModifiers())) throw new NoSuchMethodException("main is not static");
    } catch (ReflectiveOperationException | LinkageError e) {
      if (Build.debug()) e.printStackTrace();
      err.println("gava: internal compiler error: cannot load the compiled program: " + e);
      return 1;
    }
    Thread.currentThread().setContextClassLoader(loader);
    try {
      main.invoke(null, (Object) progArgs);
    } catch (InvocationTargetException e) {
      Throwable t = e.getCause() == null ? e : e.getCause();
      System.out.flush();
      if (Build.debug()) t.printStackTrace();
      err.println("gava: internal error: the program ended with " + t
          + (t instanceof LinkageError ? " (the compiled code is invalid)" : "") + "; set GAVA_DEBUG=1 for details");
      return 2;
    } catch (IllegalAccessException e) {
      err.println("gava: internal compiler error: main class not accessible: " + e.getMessage());
      return 1;
    }
    System.out.flush();
    return 0;
  }
}
