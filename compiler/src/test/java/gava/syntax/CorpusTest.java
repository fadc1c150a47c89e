package gava.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The parser against Go 1.19's own sources: everything in GOROOT/src and every test of
 * GOROOT/test that is not an error check parses without a diagnostic, and the error-check tests
 * whose errors are syntax errors get exactly the errors their {@code // ERROR} comments want
 * (checked as the suite's run.go does).
 */
class CorpusTest {
  private static final long BIG_STACK = 512L << 20;

  @Test
  void gorootSourcesParseWithoutErrors() throws IOException {
    Path goroot = SyntaxTestSupport.goroot();
    assumeTrue(goroot != null, "Go 1.19 sources not installed");
    List<Path> files = SyntaxTestSupport.goFiles(goroot.resolve("src"), true);
    assertTrue(files.size() > 1000, "found only " + files.size() + " files");
    List<String> failures = parseAll(files);
    assertEquals(List.of(), failures, failures.size() + " of " + files.size() + " files had errors");
  }

  @Test
  void goTestSuiteParsesWithoutErrors() throws IOException {
    Path goroot = SyntaxTestSupport.goroot();
    assumeTrue(goroot != null && Files.isDirectory(goroot.resolve("test")), "Go 1.19 test suite not installed");
    List<Path> files = new ArrayList<>();
    for (Path p : SyntaxTestSupport.goFiles(goroot.resolve("test"), false)) {
      String action = action(p);
      // error checks have errors; the *dir tests' own file is a placeholder ("ignored")
      if (action.startsWith("errorcheck") || action.matches("\\w*dir\\b.*")) continue;
      files.add(p);
    }
    assertTrue(files.size() > 1000, "found only " + files.size() + " files");
    List<String> failures = parseAll(files);
    assertEquals(List.of(), failures, failures.size() + " of " + files.size() + " files had errors");
  }

  /** The errorcheck tests with syntax errors: gc stops after parsing, so all errors are the parser's. */
  @Test
  void errorCheckTestsWithSyntaxErrors() throws IOException {
    Path goroot = SyntaxTestSupport.goroot();
    assumeTrue(goroot != null && Files.isDirectory(goroot.resolve("test")), "Go 1.19 test suite not installed");
    Map<Path, List<String>> problems = new LinkedHashMap<>();
    int checked = 0;
    for (Path p : SyntaxTestSupport.goFiles(goroot.resolve("test"), false)) {
      if (!action(p).startsWith("errorcheck")) continue;
      byte[] src = Files.readAllBytes(p);
      String name = p.getFileName().toString();
      SyntaxTestSupport.Parsed[] r = new SyntaxTestSupport.Parsed[1];
      SyntaxTestSupport.withStack(BIG_STACK, () -> r[0] = SyntaxTestSupport.parse(name, src));
      if (!r[0].diags().hasSyntaxErrors()) continue;
      checked++;
      List<String> errs = errorCheck(name, new String(src, StandardCharsets.UTF_8), r[0].gcLines());
      if (!errs.isEmpty()) problems.put(p, errs);
    }
    assertTrue(checked >= 50, "only " + checked + " errorcheck tests with syntax errors found");
    assertEquals(Map.of(), problems);
  }

  private static List<String> parseAll(List<Path> files) {
    List<String> failures = new ArrayList<>();
    SyntaxTestSupport.withStack(BIG_STACK, () -> {
      for (Path p : files) {
        byte[] src;
        try {
          src = Files.readAllBytes(p);
        } catch (IOException e) {
          throw new RuntimeException(e);
        }
        Diagnostics d = new Diagnostics();
        Parser.parse(new Source(p.toString(), src), d);
        if (d.hasErrors()) failures.add(d.all().get(0).toString());
      }
    });
    return failures;
  }

  /** The test's action: its first line comment ("run", "errorcheck -0", "compiledir", ...), or "". */
  static String action(Path p) throws IOException {
    for (String line : Files.readAllLines(p, StandardCharsets.ISO_8859_1)) {
      String t = line.strip();
      if (t.isEmpty() || t.startsWith("//go:build") || t.startsWith("// +build")) continue;
      return t.startsWith("// ") ? t.substring(3).strip() : "";
    }
    return "";
  }

  private static final Pattern ERR_RX = Pattern.compile("// (?:GC_)?ERROR (.*)");
  private static final Pattern ERR_QUOTES_RX = Pattern.compile("\"([^\"]*)\"");
  private static final Pattern LINE_RX = Pattern.compile("LINE(([+-])([0-9]+))?");

  /** A Go (RE2) regexp as a Java one: a '{' that does not start a repetition is literal in Go. */
  static String goRegexp(String rx) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < rx.length(); i++) {
      char c = rx.charAt(i);
      if (c == '\\' && i + 1 < rx.length()) {
        sb.append(c).append(rx.charAt(++i));
      } else if (c == '{' && !rx.substring(i).matches("(?s)\\{\\d+(,\\d*)?\\}.*")) {
        sb.append("\\{");
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** run.go's errorCheck: every ERROR regexp matched by an error on its line, no other errors. */
  static List<String> errorCheck(String shortName, String src, List<String> output) {
    // gc -C prints no columns
    List<String> out = new ArrayList<>();
    for (String o : output) {
      out.add(o.replaceFirst("^(" + Pattern.quote(shortName) + ":\\d+):\\d+:", "$1:"));
    }
    List<String> errs = new ArrayList<>();
    String[] lines = src.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      int lineNum = i + 1;
      String line = lines[i];
      if (line.contains("////")) continue; // double comment disables ERROR
      Matcher m = ERR_RX.matcher(line);
      if (!m.find()) continue;
      Matcher q = ERR_QUOTES_RX.matcher(m.group(1));
      while (q.find()) {
        Matcher lm = LINE_RX.matcher(q.group(1));
        StringBuilder rx = new StringBuilder();
        while (lm.find()) {
          int n = lineNum;
          if (lm.group(1) != null) {
            int delta = Integer.parseInt(lm.group(3));
            n += lm.group(2).equals("+") ? delta : -delta;
          }
          lm.appendReplacement(rx, Matcher.quoteReplacement(shortName + ":" + n));
        }
        lm.appendTail(rx);
        Pattern re = Pattern.compile(goRegexp(rx.toString()));
        String prefix = shortName + ":" + lineNum;
        List<String> msgs = new ArrayList<>();
        List<String> rest = new ArrayList<>();
        for (String o : out) (o.startsWith(prefix) ? msgs : rest).add(o);
        out = rest;
        if (msgs.isEmpty()) {
          errs.add(shortName + ":" + lineNum + ": missing error " + rx);
          continue;
        }
        boolean matched = false;
        for (String msg : msgs) {
          int sp = msg.indexOf(' ');
          String text = sp >= 0 ? msg.substring(sp + 1) : msg;
          if (re.matcher(text).find()) {
            matched = true;
          } else {
            out.add(msg);
          }
        }
        if (!matched) errs.add(shortName + ":" + lineNum + ": no match for " + rx + " in " + msgs);
      }
    }
    for (String o : out) errs.add("unmatched error: " + o);
    return errs;
  }
}
