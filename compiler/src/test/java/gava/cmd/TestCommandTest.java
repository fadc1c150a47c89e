package gava.cmd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * {@code gava test} on testdata/gotest (a module): package ok (internal and external tests, a
 * subtest, an example) passes, package fail has a failing test. Needs GOROOT's sources (testing).
 */
class TestCommandTest {
  record Ran(int code, String out, String err) {}

  /** gava test run in testdata/gotest (the module example.com/gotest). */
  static Ran run(String... args) {
    ByteArrayOutputStream o = new ByteArrayOutputStream(), e = new ByteArrayOutputStream();
    Path cwd = gava.harness.Repo.root().resolve("testdata/gotest");
    Patterns.Env env;
    try {
      env = Patterns.Env.of(cwd, gava.loader.Goroot.find());
    } catch (gava.loader.Goroot.NotFound x) {
      env = Patterns.Env.of(cwd, null);
    }
    int code = TestCommand.test(args, env, new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8));
    return new Ran(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
  }

  static String dir(String pkg) {
    return gava.harness.Repo.root().resolve("testdata/gotest").resolve(pkg).toString();
  }

  static void needGoroot() {
    try {
      gava.loader.Goroot.find();
    } catch (gava.loader.Goroot.NotFound e) {
      Assumptions.abort("no GOROOT sources");
    }
  }

  /** The output with test times (0.00s) and package times (0.123s) replaced by X. */
  static String times(String s) {
    return s.replaceAll("\\(\\d+\\.\\d+s\\)", "(X)").replaceAll("\t\\d+\\.\\d+s\n", "\tX\n");
  }

  /**
   * Cleanup, TempDir, Setenv, Helper, Skip, a fuzz target's seed corpus (f.Add and testdata/fuzz),
   * examples with ordered and unordered output: the output go test -v printed (cmd_feat.gc.out).
   */
  @Test
  void testingFeaturesAsGc() throws java.io.IOException {
    needGoroot();
    Ran r = run("-v", "-count=1", "-run", "Helper|Cleanup|TempDir|Skip|Fuzz|Example", "./cmd_feat");
    assertEquals(0, r.code(), r.err());
    String want = java.nio.file.Files.readString(gava.harness.Repo.root().resolve("testdata/gotest/cmd_feat.gc.out"));
    assertEquals(want, times(r.out()));
  }

  /** ./... in the module, the test cache (a second run prints "(cached)"), -count=1, [no tests to run]. */
  @Test
  void patternsCacheAndNoTests() {
    needGoroot();
    Ran all = run("-count=1", "./...");
    assertEquals(1, all.code(), all.err());
    assertEquals("""
        ok  \texample.com/gotest/cmd_feat\tX
        --- FAIL: TestOdd (X)
            fail_test.go:13: Half(7)*2 = 6, want 7
        FAIL
        FAIL\texample.com/gotest/fail\tX
        ok  \texample.com/gotest/ok\tX
        FAIL
        """, times(all.out()));
    if (BuildCache.directory(System.getenv()) != null) {
      run("-run", "Double", "./ok");
      Ran again = run("-run", "Double", "./ok");
      assertEquals("ok  \texample.com/gotest/ok\t(cached)\n", again.out());
    }
    Ran none = run("-count=1", "-run", "Nothing", "./ok");
    assertEquals("ok  \texample.com/gotest/ok\tX [no tests to run]\n", none.out().replaceAll("\t\\d+\\.\\d+s", "\tX"));
    Ran bad = run("./nope/...");
    assertEquals(1, bad.code());
    assertEquals("pattern ./nope/...: lstat ./nope/: no such file or directory\n", bad.err());
  }

  @Test
  void passingAndFailingPackages() {
    needGoroot();
    Ran r = run("-count=1", "-v", "./ok", "./fail");
    assertEquals(1, r.code(), r.err());
    assertEquals("""
        === RUN   TestDouble
            calc_test.go:9: double ok
        --- PASS: TestDouble (X)
        === RUN   TestSum
        === RUN   TestSum/0
        === RUN   TestSum/3
        --- PASS: TestSum (X)
            --- PASS: TestSum/0 (X)
            --- PASS: TestSum/3 (X)
        === RUN   ExampleSum
        --- PASS: ExampleSum (X)
        PASS
        ok  \texample.com/gotest/ok\tX
        === RUN   TestEven
        --- PASS: TestEven (X)
        === RUN   TestOdd
            fail_test.go:13: Half(7)*2 = 6, want 7
        --- FAIL: TestOdd (X)
        FAIL
        FAIL\texample.com/gotest/fail\tX
        FAIL
        """, times(r.out()));

    Ran quiet = run("-count=1", "-run", "Even|Double", "./fail", "./ok");
    assertEquals(0, quiet.code(), quiet.err());
    assertEquals("ok  \texample.com/gotest/fail\tX\nok  \texample.com/gotest/ok\tX\n", times(quiet.out()));
  }

  @Test
  void findsTestsAndExamples() {
    List<TestMain.Func> fs = TestMain.scan("""
        package p_test
        func TestA(t *testing.T) {}
        func Testing(t *testing.T) {}
        func BenchmarkB(b *testing.B) {}
        func TestMain(m *testing.M) {}
        func ExampleA() {
        \tfmt.Println("a\\tb")
        \t// Output:
        \t// a\tb
        }
        func ExampleNoOutput() {}
        """, true);
    assertEquals(List.of("TestA", "BenchmarkB", "TestMain", "ExampleA"), fs.stream().map(TestMain.Func::name).toList());
    assertEquals("a\tb\n", fs.get(3).output());
    assertTrue(TestMain.generate("p", true, true, fs).contains("_xtest.TestMain(m)"));
  }

  @Test
  void badArguments() {
    assertEquals(2, run("-bogus").code());
    Ran r = run(Path.of("/nonexistent-gava-dir").toString());
    assertEquals(1, r.code());
    assertEquals("stat /nonexistent-gava-dir: directory not found\n", r.err());
  }
}
