package gava.cmd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gava build}: the jar runs with {@code java -jar} and prints what gc's binary prints. */
class ProgramJarTest {
  /** Deep recursion in goroutines (needs gava's 256 MiB stacks: the jar restarts the JVM with them), then a panic. */
  static final String PROG = """
      package main

      func depth(n int) int {
      \tif n == 0 {
      \t\treturn 0
      \t}
      \treturn 1 + depth(n-1)
      }

      func main() {
      \tch := make(chan int)
      \tgo func() { ch <- depth(1000000) }()
      \tprintln("depth", <-ch, depth(500000))
      \tvar m map[string]int
      \tm["x"] = 1
      }
      """;

  record Out(int code, String text) {}

  static Out exec(Path dir, List<String> cmd) throws Exception {
    Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
    byte[] b = p.getInputStream().readAllBytes();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS));
    // gc prints program counter offsets in tracebacks, gava does not
    String s = new String(b, StandardCharsets.UTF_8).replaceAll(" \\+0x[0-9a-f]+\\n", "\n");
    return new Out(p.exitValue(), s);
  }

  static int gava(Path dir, String... args) {
    PrintStream o = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    String[] all = new String[args.length + 1];
    all[0] = "build";
    System.arraycopy(args, 0, all, 1, args.length);
    int code = Main.run(all, o, new PrintStream(e, true, StandardCharsets.UTF_8));
    assertEquals(0, code, e.toString(StandardCharsets.UTF_8));
    return code;
  }

  @Test
  void jarRunsLikeGcBinary(@TempDir Path dir) throws Exception {
    Path src = dir.resolve("deep.go");
    Files.writeString(src, PROG);
    Path jar = dir.resolve("out").resolve("deep.jar");
    Files.createDirectories(jar.getParent());
    gava(dir, "-o", dir.resolve("out") + "/", src.toString());
    assertTrue(Files.isRegularFile(jar));
    try (JarFile jf = new JarFile(jar.toFile())) {
      assertEquals(JarMain.class.getName(), jf.getManifest().getMainAttributes().getValue("Main-Class"));
      assertTrue(jf.getEntry("gava/runtime/Go.class") != null, "the runtime is in the jar");
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Out got = exec(dir, List.of(java, "-jar", jar.toString()));
    assertEquals(2, got.code(), got.text());
    assertTrue(got.text().startsWith("depth 1000000 500000\npanic: assignment to entry in nil map\n"), got.text());

    Path go = Path.of("/usr/lib/go-1.19/bin/go");
    Assumptions.assumeTrue(Files.isExecutable(go), "gc 1.19 is not installed: not compared with its binary");
    List<String> b = new ArrayList<>(List.of(go.toString(), "build", "-o", dir.resolve("deep.gc").toString(), src.toString()));
    ProcessBuilder p = new ProcessBuilder(b).directory(dir.toFile()).redirectErrorStream(true)
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    p.environment().put("GO111MODULE", "off");
    p.environment().putIfAbsent("GOCACHE", dir.resolve("gocache").toString());
    Process bp = p.start();
    String log = new String(bp.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(bp.waitFor(300, TimeUnit.SECONDS));
    Assumptions.assumeTrue(bp.exitValue() == 0, "go build failed: " + log);
    Out want = exec(dir, List.of(dir.resolve("deep.gc").toString()));
    assertEquals(want, got);
  }

  @Test
  void defaultNamesAsGoBuild(@TempDir Path dir) throws Exception {
    Path pkg = dir.resolve("tool");
    Files.createDirectories(pkg);
    Files.writeString(pkg.resolve("a.go"), "package main\n\nfunc main() {}\n");
    PackageArgs files = new PackageArgs(List.of(pkg.resolve("a.go")), null, new String[0]);
    assertEquals(Path.of("a.jar"), BuildCommand.outputPath(files, null));
    PackageArgs d = new PackageArgs(List.of(pkg.resolve("a.go")), pkg, new String[0]);
    assertEquals(Path.of("tool.jar"), BuildCommand.outputPath(d, null));
    assertEquals(Path.of("x/tool.jar"), BuildCommand.outputPath(d, "x/"));
    assertEquals(Path.of("x.jar"), BuildCommand.outputPath(d, "x.jar"));
    Files.writeString(pkg.resolve("go.mod"), "module example.com/hello/v2\n\ngo 1.19\n");
    assertEquals(Path.of("hello.jar"), BuildCommand.outputPath(d, null));
  }

  @Test
  void buildErrorsWordedAsGo() {
    assertEquals(new MainTest.Ran(2, "", "flag needs an argument: -o\nusage: gava build [-o output] [gofiles... | dir]\n"
        + "Run 'gava help build' for details.\n"), MainTest.run("build", "-o"));
    assertEquals(new MainTest.Ran(1, "", "named files must be .go files: x.txt\n"), MainTest.run("build", "a.go", "x.txt"));
    assertEquals(new MainTest.Ran(1, "", "stat nosuch.go: no such file or directory\n"), MainTest.run("build", "nosuch.go"));
  }
}
