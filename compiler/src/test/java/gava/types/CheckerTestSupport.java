package gava.types;

import gava.syntax.Diagnostics;
import gava.syntax.File;
import gava.syntax.Parser;
import gava.syntax.Source;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Parses and checks Go snippets for the checker's tests. */
final class CheckerTestSupport {
  private CheckerTestSupport() {}

  /** A checked package with its file and diagnostics. */
  record Result(Package pkg, File file, Diagnostics diags) {}

  static Result check(String src) {
    Diagnostics d = new Diagnostics();
    File f = Parser.parse(new Source("x.go", src.getBytes(StandardCharsets.UTF_8)), d);
    if (d.hasErrors()) throw new AssertionError("syntax errors: " + d.render());
    Package p = Checker.check("main", List.of(f), d);
    return new Result(p, f, d);
  }

  /** The diagnostics as gc prints them with -e (sorted, no 10-error limit). */
  static List<String> errors(String src) {
    return check(src).diags().render(true, false);
  }
}
