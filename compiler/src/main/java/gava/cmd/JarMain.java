package gava.cmd;

import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;

/**
 * The Main-Class of a jar made by {@code gava build}: {@code java -jar prog.jar args} runs the Go
 * program as {@code gava run} does. Goroutines, the main one included, are virtual threads whose
 * stack depth is bounded by the JVM's {@code -Xss}, which a jar cannot set; so unless the JVM was
 * started with {@code -Dgava.main} (as by {@code java -Xss256m -Dgava.main=virtual -jar prog.jar},
 * which runs at once), this starts the same java again with gava's settings ({@code -Xss256m
 * -Dgava.main=virtual}, serial GC, the JVM options it was given), the jar on the class path and the
 * program's main class (the manifest's {@code Gava-Main}), the standard streams inherited, and
 * exits with that process's status. The child gets {@code -Dgava.arg0=JAR} (the program's name,
 * os.Args[0]). Uses java.base only: the jar holds this class, the runtime and the program.
 */
public final class JarMain {
  private JarMain() {}

  /** Manifest attribute naming the program's main class. */
  public static final String MAIN_ATTRIBUTE = "Gava-Main";

  /** JVM options of a program run: those bin/gava gives (see bin/gava). */
  static final List<String> JVM_OPTIONS = List.of("-Xss256m", "-Dgava.main=virtual", "-XX:+UseSerialGC", "-XX:-UsePerfData",
      "--add-opens=java.base/java.lang=ALL-UNNAMED", "--add-exports=java.base/jdk.internal.vm=ALL-UNNAMED");

  public static void main(String[] args) throws Exception {
    Path jar = Path.of(JarMain.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    String main;
    try (JarFile jf = new JarFile(jar.toFile())) {
      main = jf.getManifest() == null ? null : jf.getManifest().getMainAttributes().getValue(MAIN_ATTRIBUTE);
    }
    if (main == null) {
      System.err.println(jar + ": not a gava program (no " + MAIN_ATTRIBUTE + " in its manifest)");
      System.exit(1);
    }
    if (System.getProperty("gava.main") != null) {
      if (System.getProperty("gava.arg0") == null) System.setProperty("gava.arg0", jar.toString());
      runHere(main, args);
      return;
    }
    List<String> cmd = new ArrayList<>();
    cmd.add(javaCommand());
    cmd.addAll(JVM_OPTIONS);
    cmd.addAll(inputArguments());
    cmd.add("-Dgava.arg0=" + jar);
    cmd.add("-cp");
    cmd.add(jar.toString());
    cmd.add(main);
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).inheritIO().start();
    Thread hook = new Thread(p::destroy);
    Runtime.getRuntime().addShutdownHook(hook);
    int code;
    while (true) {
      try {
        code = p.waitFor();
        break;
      } catch (InterruptedException e) {
        // keep waiting: the child decides
      }
    }
    Runtime.getRuntime().removeShutdownHook(hook);
    System.out.flush();
    System.exit(code);
  }

  /** Calls the program's main in this JVM (it ends the JVM itself). */
  static void runHere(String mainClass, String[] args) throws Exception {
    Method m = Class.forName(mainClass).getMethod("main", String[].class);
    try {
      m.invoke(null, (Object) args);
    } catch (InvocationTargetException e) {
      throw e.getCause() instanceof Exception x ? x : e;
    }
  }

  private static final java.util.Set<String> SEPARATE_VALUE = java.util.Set.of("-p", "--module-path",
      "--upgrade-module-path", "--add-modules", "--add-opens", "--add-exports", "--add-reads",
      "--limit-modules", "--patch-module", "--enable-native-access");

  /** This JVM's java launcher. */
  static String javaCommand() {
    String home = System.getProperty("java.home");
    File f = new File(home, "bin/java");
    if (f.canExecute()) return f.getPath();
    return ProcessHandle.current().info().command().orElse("java");
  }

  /**
   * The JVM options this JVM was started with (e.g. -Xmx), from /proc/self/cmdline: the arguments
   * before {@code -jar}; empty when they cannot be told (then the defaults apply).
   */
  static List<String> inputArguments() {
    List<String> out = new ArrayList<>();
    try {
      byte[] b = java.nio.file.Files.readAllBytes(Path.of("/proc/self/cmdline"));
      List<String> all = new ArrayList<>();
      int start = 0;
      for (int i = 0; i < b.length; i++) {
        if (b[i] == 0) {
          all.add(new String(b, start, i - start, java.nio.charset.StandardCharsets.UTF_8));
          start = i + 1;
        }
      }
      int jarAt = all.indexOf("-jar");
      if (jarAt < 0) return List.of();
      for (int i = 1; i < jarAt; i++) {
        String a = all.get(i);
        // the class path (a jar run has none) and the options whose value is the next argument
        if (a.equals("-cp") || a.equals("-classpath") || a.equals("--class-path")) {
          i++;
          continue;
        }
        if (!a.startsWith("-")) continue;
        out.add(a);
        if (SEPARATE_VALUE.contains(a) && i + 1 < jarAt) out.add(all.get(++i));
      }
    } catch (Exception e) {
      return List.of();
    }
    return out;
  }
}
