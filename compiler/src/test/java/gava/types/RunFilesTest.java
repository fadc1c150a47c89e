package gava.types;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import gava.syntax.Diagnostic;
import gava.syntax.Diagnostics;
import gava.syntax.File;
import gava.syntax.Parser;
import gava.syntax.Source;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every {@code // run} program of the official Go test suite that imports nothing type-checks
 * without errors (skipped when the suite is absent).
 */
class RunFilesTest {
  static Path suite() {
    String p = System.getProperty("gava.gotest", "/usr/lib/go-1.19/test");
    return Path.of(p);
  }

  static final Pattern IMPORT = Pattern.compile("(?m)^import\\b");

  @Test
  void runProgramsTypeCheck() throws IOException {
    Path root = suite();
    assumeTrue(Files.isDirectory(root), "Go test suite not found at " + root);
    List<Path> files = new ArrayList<>();
    for (String dir : List.of("", "fixedbugs", "ken", "typeparam")) {
      Path d = root.resolve(dir);
      if (!Files.isDirectory(d)) continue;
      try (Stream<Path> s = Files.list(d)) {
        s.filter(p -> p.toString().endsWith(".go")).sorted().forEach(files::add);
      }
    }
    int checked = 0;
    List<String> failures = new ArrayList<>();
    for (Path f : files) {
      byte[] bytes = Files.readAllBytes(f);
      String text = new String(bytes, StandardCharsets.UTF_8);
      if (!text.startsWith("// run\n") || IMPORT.matcher(text).find()) continue;
      Diagnostics d = new Diagnostics();
      File file = Parser.parse(new Source(f.toString(), bytes), d);
      if (d.hasErrors()) continue; // the parser's tests cover syntax
      try {
        Checker.check("main", List.of(file), d);
      } catch (RuntimeException | StackOverflowError e) {
        failures.add(f + ": crash " + e);
        continue;
      }
      checked++;
      for (Diagnostic x : d.all()) failures.add(x.toString());
    }
    assertTrue(checked > 300, "too few programs checked: " + checked);
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }
}
