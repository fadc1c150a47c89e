package gava.cmd;

import gava.loader.Goroot;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A Go command of GOROOT ({@code cmd/gofmt}, {@code cmd/vet} with gava's overlay) compiled as
 * {@code gava run} compiles a program (so the build cache makes its second start fast) and run in
 * this JVM with the given arguments. The tool ends the JVM with its exit status (the runtime's
 * {@code os.Exit}); the methods here return only when it could not be built or started.
 */
final class GoTool {
  private GoTool() {}

  /**
   * Builds and runs {@code GOROOT/src/<cmd>} with {@code args}.
   *
   * @param reportExitStatus print {@code exit status N} when the tool fails (as the go command
   *     does for gofmt)
   * @param failureStatus the process's exit status when the tool fails, or -1 for the tool's own
   * @return the exit status when the tool could not be built or did not exit itself
   */
  static int run(String cmd, String[] args, boolean reportExitStatus, int failureStatus, PrintStream err) {
    Path dir;
    try {
      dir = Goroot.find().resolve("src").resolve(cmd);
    } catch (Goroot.NotFound e) {
      err.println("gava: " + e.getMessage());
      return 2;
    }
    if (!Files.isDirectory(dir)) {
      err.println("gava: no " + cmd + " in GOROOT (" + dir + ")");
      return 2;
    }
    Build.Result r = ProgramBuild.build(ProgramBuild.Target.dir(dir), Main.commandOptions());
    if (!r.ok()) {
      err.println("gava: cannot build " + cmd + " from GOROOT:");
      err.print(r.errorText());
      err.flush();
      return 2;
    }
    Timing.mark("run");
    ProgramLoader loader = new ProgramLoader(r.program(), Main.class.getClassLoader());
    Method main;
    try {
      gava.runtime.Go.setReportExitStatus(reportExitStatus);
      gava.runtime.Go.setFailureStatus(failureStatus);
      main = Class.forName(Build.mainClassName(r.program()), false, loader).getMethod("main", String[].class);
    } catch (ReflectiveOperationException | LinkageError e) {
      if (Build.debug()) e.printStackTrace();
      err.println("gava: internal compiler error: cannot load " + cmd + ": " + e);
      return 2;
    }
    Thread.currentThread().setContextClassLoader(loader);
    try {
      main.invoke(null, (Object) args);
    } catch (InvocationTargetException e) {
      Throwable t = e.getCause() == null ? e : e.getCause();
      System.out.flush();
      if (Build.debug()) t.printStackTrace();
      err.println("gava: internal error: " + cmd + " ended with " + t + "; set GAVA_DEBUG=1 for details");
      return 2;
    } catch (IllegalAccessException e) {
      err.println("gava: internal compiler error: " + cmd + "'s main class not accessible: " + e.getMessage());
      return 2;
    }
    System.out.flush();
    return 0;
  }
}
