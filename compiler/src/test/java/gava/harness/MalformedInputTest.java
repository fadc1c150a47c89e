package gava.harness;

import static org.junit.jupiter.api.Assertions.assertTrue;

import gava.cmd.Build;
import gava.syntax.Source;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Bad input never crashes the compiler: the whole pipeline (parse, check, generate) over truncated,
 * mutated and random programs must end in diagnostics or a program, never in an internal compiler
 * error (which is how {@link Build} reports an exception escaping a stage). Inputs are derived with a
 * fixed seed from the golden programs, so a failure is reproducible; the message names the input.
 */
class MalformedInputTest {
  private static final long SEED = 20261122L;
  private static final Build.Options OPTS =
      Build.Options.defaults().withTimeout(Duration.ofSeconds(30)).withVerify(true);

  private static List<Path> goldenPrograms() throws IOException {
    try (Stream<Path> s = Files.list(Repo.root().resolve("testdata/run"))) {
      return s.filter(p -> p.toString().endsWith(".go")).sorted().toList();
    }
  }

  /** Compiles one in-memory file and returns a failure description, or null when it behaved. */
  private static String compile(String name, byte[] text) {
    Build.Result r = Build.compileSources(List.of(new Source("/malformed/" + name, text)), OPTS);
    String out = r.errorText();
    if (out.contains("internal compiler error")) {
      return name + ":\n" + out;
    }
    if (!r.ok() && r.errors().isEmpty()) {
      return name + ": failed without any message";
    }
    return null;
  }

  private static void assertAllBehave(List<String> failures, int tried) {
    assertTrue(failures.isEmpty(),
        failures.size() + " of " + tried + " malformed inputs crashed the compiler; first ones:\n"
            + String.join("\n", failures.subList(0, Math.min(5, failures.size()))));
  }

  @Test
  void truncatedPrograms() throws IOException {
    Random rnd = new Random(SEED);
    List<String> failures = new ArrayList<>();
    int tried = 0;
    for (Path p : goldenPrograms()) {
      byte[] text = Files.readAllBytes(p);
      for (int k = 0; k < 6; k++) {
        int cut = rnd.nextInt(text.length + 1);
        byte[] t = java.util.Arrays.copyOf(text, cut);
        tried++;
        String f = compile(p.getFileName() + "@cut" + cut, t);
        if (f != null) failures.add(f);
      }
    }
    assertAllBehave(failures, tried);
  }

  @Test
  void mutatedPrograms() throws IOException {
    Random rnd = new Random(SEED + 1);
    String[] junk = {"{", "}", "(", ")", "[", "]", ";", ",", ":=", "=", "*", "&", "<-", "...", ".",
        "func", "var", "type", "struct", "map", "chan", "go", "defer", "range", "return", "x", "0",
        "\"", "'", "`", "1e999", "nil", "interface{}", "[]", "int8", "-", "!", "iota", "_"};
    List<String> failures = new ArrayList<>();
    int tried = 0;
    for (Path p : goldenPrograms()) {
      String text = Files.readString(p, StandardCharsets.ISO_8859_1);
      for (int k = 0; k < 6; k++) {
        StringBuilder b = new StringBuilder(text);
        int edits = 1 + rnd.nextInt(3);
        for (int e = 0; e < edits && b.length() > 0; e++) {
          int at = rnd.nextInt(b.length());
          switch (rnd.nextInt(3)) {
            case 0 -> b.insert(at, " " + junk[rnd.nextInt(junk.length)] + " ");
            case 1 -> b.delete(at, Math.min(b.length(), at + 1 + rnd.nextInt(8)));
            default -> {
              int from = rnd.nextInt(b.length());
              int len = Math.min(20, b.length() - from);
              b.insert(at, b.substring(from, from + len));
            }
          }
        }
        tried++;
        String f = compile(p.getFileName() + "#mut" + k, b.toString().getBytes(StandardCharsets.ISO_8859_1));
        if (f != null) failures.add(f);
      }
    }
    assertAllBehave(failures, tried);
  }

  @Test
  void randomBytesAndDeepNesting() {
    Random rnd = new Random(SEED + 2);
    List<String> failures = new ArrayList<>();
    int tried = 0;
    for (int k = 0; k < 40; k++) {
      byte[] b = new byte[rnd.nextInt(400)];
      rnd.nextBytes(b);
      byte[] withHeader = ("package main\n" + new String(b, StandardCharsets.ISO_8859_1))
          .getBytes(StandardCharsets.ISO_8859_1);
      tried += 2;
      String f = compile("random" + k, b);
      if (f != null) failures.add(f);
      f = compile("random-pkg" + k, withHeader);
      if (f != null) failures.add(f);
    }
    int depth = 20_000;
    String[][] shapes = {
        {"package main\nfunc main() { x := ", "(", "1", ")", "; println(x) }\n"},
        {"package main\nfunc main() { x := ", "-", "1", "", "; println(x) }\n"},
        {"package main\nfunc main() { x := 0", " + ", "1", "", "; println(x) }\n"},
        {"package main\nfunc main() ", "{", "", "}", "\n"},
        {"package main\nvar x ", "[]", "int", "", "\nfunc main() {}\n"},
        {"package main\nfunc main() { _ = ", "[]interface{}{", "1", "}", " }\n"},
    };
    for (String[] s : shapes) {
      String text = s[0] + s[1].repeat(depth) + s[2] + s[3].repeat(depth) + s[4];
      tried++;
      String f = compile("nested" + s[1].trim(), text.getBytes(StandardCharsets.UTF_8));
      if (f != null) failures.add(f);
    }
    assertAllBehave(failures, tried);
  }
}
