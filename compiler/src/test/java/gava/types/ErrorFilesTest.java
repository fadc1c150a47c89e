package gava.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import gava.syntax.Diagnostics;
import gava.syntax.File;
import gava.syntax.Parser;
import gava.syntax.Source;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Type-error programs: each {@code testdata/errors/NAME.go} (one package, importing at most
 * {@code unsafe}) is parsed and checked, and its diagnostics, printed as gc prints them with
 * {@code -e} (all of them, sorted, {@code NAME.go:line:col: msg}), must equal {@code NAME.out},
 * gc 1.19's output ({@code testdata/errors/regen.sh}).
 */
class ErrorFilesTest {
  @TestFactory
  Stream<DynamicTest> errorFiles() throws IOException {
    Path dir = gava.harness.Repo.root().resolve("testdata/errors");
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".go")).sorted().toList();
    }
    assertFalse(files.isEmpty(), "no programs in " + dir);
    return files.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
      String name = p.getFileName().toString();
      String want = Files.readString(dir.resolve(name.replaceFirst("\\.go$", ".out")), StandardCharsets.UTF_8);
      Diagnostics d = new Diagnostics();
      File f = Parser.parse(new Source(name, Files.readAllBytes(p)), d);
      if (!d.hasErrors()) Checker.check("p", List.of(f), d);
      List<String> got = d.render(true, false);
      assertEquals(want, got.isEmpty() ? "" : String.join("\n", got) + "\n", name);
    }));
  }
}
