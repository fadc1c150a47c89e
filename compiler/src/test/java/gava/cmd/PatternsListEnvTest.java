package gava.cmd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Package patterns ({@link Patterns}), {@code gava list}, {@code gava env} and {@code gava help} on
 * testdata/gotest (the module example.com/gotest); the expected texts are what go 1.19 printed.
 */
class PatternsListEnvTest {
  record Ran(int code, String out, String err) {}

  static final Path ROOT = gava.harness.Repo.root().resolve("testdata/gotest").toAbsolutePath().normalize();

  static Patterns.Env env() {
    try {
      return Patterns.Env.of(ROOT, gava.loader.Goroot.find().toAbsolutePath().normalize());
    } catch (gava.loader.Goroot.NotFound e) {
      return Patterns.Env.of(ROOT, null);
    }
  }

  interface Cmd {
    int run(PrintStream out, PrintStream err);
  }

  static Ran ran(Cmd c) {
    ByteArrayOutputStream o = new ByteArrayOutputStream(), e = new ByteArrayOutputStream();
    int code = c.run(new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8));
    return new Ran(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
  }

  static Ran list(String... args) {
    return ran((o, e) -> ListCommand.list(args, env(), o, e));
  }

  @Test
  void wildcardsAndDirectories() {
    Patterns.Result r = Patterns.expand(List.of("./..."), env());
    assertEquals(List.of("example.com/gotest/cmd_feat", "example.com/gotest/fail", "example.com/gotest/ok"),
        r.pkgs().stream().map(Patterns.Pkg::importPath).toList());
    assertEquals(List.of("example.com/gotest/ok"),
        Patterns.expand(List.of("example.com/gotest/o..."), env()).pkgs().stream().map(Patterns.Pkg::importPath).toList());
    Patterns.Result none = Patterns.expand(List.of("./cmd_feat/testdata"), env());
    assertEquals("no Go files in " + ROOT.resolve("cmd_feat/testdata"), none.allErrors().get(0));
    Patterns.Result warn = Patterns.expand(List.of("zz/..."), env());
    assertEquals(List.of("go: warning: \"zz/...\" matched no packages"), warn.warnings());
  }

  @Test
  void listDefaultTemplateAndErrors() {
    Ran r = list("-f", "{{.ImportPath}} {{.Name}} {{join .GoFiles \",\"}} {{join .TestGoFiles \",\"}} {{join .XTestGoFiles \",\"}} {{.Imports}} {{.XTestImports}}{{if .Standard}} std{{end}}", "./...");
    assertEquals(0, r.code(), r.err());
    assertEquals("""
        example.com/gotest/cmd_feat feat feat.go feat_test.go  [] []
        example.com/gotest/fail fail fail.go fail_test.go  [] []
        example.com/gotest/ok calc calc.go calc_test.go calc_ext_test.go [] [example.com/gotest/ok fmt testing]
        """, r.out());
    assertEquals("example.com/gotest/ok\n", list("./ok").out());
    Ran bad = list("foo", "./ok");
    assertEquals(1, bad.code());
    assertEquals("", bad.out());
    assertEquals("package foo is not in GOROOT (" + env().goroot() + "/src/foo)\n", bad.err());
    Ran e = list("-e", "-f", "{{.ImportPath}}: {{.Error}}", "./nope");
    assertEquals("./nope: stat " + ROOT.resolve("nope") + ": directory not found\n", e.out());
    Ran flag = list("-x");
    assertEquals(2, flag.code());
    assertEquals("flag provided but not defined: -x\n" + ListCommand.USAGE_LINE + "\nRun 'gava help list' for details.\n", flag.err());
    Ran outside = list("../...");
    assertEquals("pattern ../...: directory prefix .. does not contain main module or its selected dependencies\n", outside.err());
  }

  @Test
  void listJson() {
    Ran r = list("-json", "./ok");
    assertEquals(0, r.code(), r.err());
    assertEquals("""
        {
        	"Dir": "ROOT/ok",
        	"ImportPath": "example.com/gotest/ok",
        	"Name": "calc",
        	"Doc": "Package calc is a tiny package whose tests all pass (gava test's own test).",
        	"Root": "ROOT",
        	"Module": {
        		"Path": "example.com/gotest",
        		"Main": true,
        		"Dir": "ROOT",
        		"GoMod": "ROOT/go.mod",
        		"GoVersion": "1.19"
        	},
        	"Match": [
        		"./ok"
        	],
        	"GoFiles": [
        		"calc.go"
        	],
        	"TestGoFiles": [
        		"calc_test.go"
        	],
        	"TestImports": [
        		"testing"
        	],
        	"XTestGoFiles": [
        		"calc_ext_test.go"
        	],
        	"XTestImports": [
        		"example.com/gotest/ok",
        		"fmt",
        		"testing"
        	]
        }
        """, r.out().replace(ROOT.toString(), "ROOT"));
    assertEquals("example.com/gotest\n", list("-m").out());
  }

  @Test
  void std() {
    if (env().goroot() == null) return;
    List<String> std = Patterns.expand(List.of("std"), env()).pkgs().stream().map(Patterns.Pkg::importPath).toList();
    assertTrue(std.contains("fmt") && std.contains("net/http") && std.contains("vendor/golang.org/x/net/dns/dnsmessage"), std.toString());
    assertTrue(std.stream().noneMatch(p -> p.startsWith("cmd/") || p.contains("/testdata")), std.toString());
    Ran deps = list("-f", "{{join .Deps \" \"}}", "errors");
    assertEquals("internal/abi internal/bytealg internal/cpu internal/goarch internal/goexperiment internal/goos internal/reflectlite internal/unsafeheader runtime runtime/internal/atomic runtime/internal/math runtime/internal/sys runtime/internal/syscall unsafe\n", deps.out());
  }

  @Test
  void envAndHelp() {
    Ran r = ran((o, e) -> EnvCommand.env(new String[] {"GOOS", "GOARCH", "CGO_ENABLED", "NOPE"}, o, e));
    assertEquals("linux\njvm\n0\n\n", r.out());
    Ran j = ran((o, e) -> EnvCommand.env(new String[] {"-json", "GOOS", "CGO_ENABLED"}, o, e));
    assertEquals("{\n\t\"CGO_ENABLED\": \"0\",\n\t\"GOOS\": \"linux\"\n}\n", j.out());
    Ran all = ran((o, e) -> EnvCommand.env(new String[0], o, e));
    assertTrue(all.out().contains("\nGOOS=\"linux\"\n") && all.out().contains("\nGOVERSION=\"" + Main.GO_VERSION + "\"\n"), all.out());
    Ran bad = ran((o, e) -> EnvCommand.env(new String[] {"-x"}, o, e));
    assertEquals(2, bad.code());
    assertEquals("flag provided but not defined: -x\nusage: gava env [-json] [var ...]\nRun 'gava help env' for details.\n", bad.err());
    Ran h = ran((o, e) -> HelpCommand.help(new String[] {"frob"}, o, e));
    assertEquals(2, h.code());
    assertEquals("gava help frob: unknown help topic. Run 'gava help'.\n", h.err());
    for (String t : List.of("build", "env", "list", "test", "run", "packages", "testflag", "mod", "fmt", "vet")) {
      Ran ok = ran((o, e) -> HelpCommand.help(new String[] {t}, o, e));
      assertEquals(0, ok.code(), t);
      assertTrue(ok.out().length() > 100, t);
    }
    assertTrue(HelpCommand.usage().contains("\tlist        list packages or modules\n"));
  }
}
