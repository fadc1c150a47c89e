package gava.harness;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * A suite's committed list of passing tests ({@code conformance/*-passing.txt}): one test name a
 * line, {@code #} lines are comments. A suite run either rewrites it ({@link #update}) or fails when a
 * listed test no longer passes ({@link #check}).
 *
 * @param tag the suite's name in printed lines ({@code conformance}, {@code errorcheck})
 * @param relPath the list's path relative to the repository root
 * @param header the comment lines written at the top of the list
 * @param summary the prefix of the summary line ({@code conformance GOROOT/test run: })
 * @param file the list file
 * @param listed the tests listed, in file order
 */
record PassingList(String tag, String relPath, String header, String summary, Path file, Set<String> listed) {

  /** Reads the list at {@code relPath} under the repository root (empty when it does not exist). */
  static PassingList read(String tag, String relPath, String header, String summary) throws IOException {
    Path file = Repo.root().resolve(relPath);
    return new PassingList(tag, relPath, header, summary, file, readList(file));
  }

  /** Rewrites the list with the passing tests and prints the summary. */
  void update(Set<String> passing, int failed) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, header + String.join("\n", passing) + (passing.isEmpty() ? "" : "\n"),
        StandardCharsets.UTF_8);
    System.out.println(tag + ": wrote " + passing.size() + " passing tests to " + file);
    System.out.println(summary + passing.size() + " passed, " + failed + " failed");
  }

  /**
   * Prints how many passing tests are not listed yet and the summary, then fails when a listed test
   * no longer passes. {@code whyNot} gives, for a listed test, why it did not pass, or null when it
   * passed; it is asked only when {@code all} (the whole suite ran).
   */
  void check(Set<String> passing, int failed, boolean all, Function<String, String> whyNot) {
    List<String> regressions = new ArrayList<>();
    int newPasses = 0;
    for (String n : passing) if (!listed.contains(n)) newPasses++;
    if (all) {
      for (String n : listed) {
        String why = whyNot.apply(n);
        if (why != null) regressions.add(n + ": " + why);
      }
    }
    if (newPasses > 0) {
      System.out.println(tag + ": " + newPasses + " tests pass that are not in " + file
          + " yet; record them with: bin/gava-test -Dgava.conformance.update=true");
    }
    System.out.println(summary + passing.size() + " passed, " + failed + " failed");
    if (!regressions.isEmpty()) {
      fail(regressions.size() + " " + tag + " test(s) listed in " + relPath + " no longer pass:\n  "
          + String.join("\n  ", regressions));
    }
  }

  /** The test names of a list file, in file order (empty when it does not exist). */
  static Set<String> readList(Path f) throws IOException {
    Set<String> out = new LinkedHashSet<>();
    if (!Files.exists(f)) return out;
    for (String l : Files.readAllLines(f, StandardCharsets.UTF_8)) {
      String t = l.strip();
      if (!t.isEmpty() && !t.startsWith("#")) out.add(t);
    }
    return out;
  }
}
