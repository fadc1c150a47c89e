package gava.harness;

import java.util.Set;

/**
 * run.go's shouldTest: every {@code //go:build} or {@code // +build} line before the package
 * clause must hold for linux/amd64 with gc (tags: linux, amd64, gc, test_run and Go 1.19's
 * default amd64 experiments).
 */
final class BuildConstraints {
  private BuildConstraints() {}

  static final Set<String> TAGS = Set.of("linux", "amd64", "gc", "test_run", "goexperiment.regabiwrappers",
      "goexperiment.regabiargs");

  /** The first constraint line of the header that does not hold, or null when the test runs. */
  static String excludes(String src) {
    for (String line : src.split("\n", -1)) {
      if (line.startsWith("package ")) break;
      String l = line.stripTrailing();
      Boolean ok = null;
      if (l.startsWith("//go:build") && (l.length() == 10 || l.charAt(10) == ' ' || l.charAt(10) == '\t')) {
        try {
          Expr e = new Expr(l.substring(10));
          ok = e.parse();
        } catch (IllegalArgumentException ex) {
          ok = null; // (not a valid constraint: ignored, as run.go does)
        }
      } else if (l.startsWith("//")) {
        String t = l.substring(2).strip();
        if (t.startsWith("+build") && (t.length() == 6 || Character.isWhitespace(t.charAt(6)))) {
          ok = plusBuild(t.substring(6).strip());
        }
      }
      if (ok != null && !ok) return line;
    }
    return null;
  }

  private static boolean plusBuild(String rest) {
    if (rest.isEmpty()) return false;
    for (String alt : rest.split("\\s+")) {
      boolean all = true;
      for (String t : alt.split(",", -1)) {
        boolean neg = t.startsWith("!");
        if (tag(neg ? t.substring(1) : t) == neg) all = false;
      }
      if (all) return true;
    }
    return false;
  }

  static boolean tag(String name) {
    return TAGS.contains(name);
  }

  /** A //go:build expression: ||, &&, !, parentheses, tags. */
  private static final class Expr {
    final String s;
    int i;

    Expr(String s) {
      this.s = s;
    }

    boolean parse() {
      boolean v = or();
      skip();
      if (i != s.length()) throw new IllegalArgumentException("unexpected " + s.substring(i));
      return v;
    }

    boolean or() {
      boolean v = and();
      while (eat("||")) v = and() | v;
      return v;
    }

    boolean and() {
      boolean v = not();
      while (eat("&&")) v = not() & v;
      return v;
    }

    boolean not() {
      if (eat("!")) return !not();
      if (eat("(")) {
        boolean v = or();
        if (!eat(")")) throw new IllegalArgumentException("missing )");
        return v;
      }
      skip();
      int start = i;
      while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_' || s.charAt(i) == '.')) i++;
      if (start == i) throw new IllegalArgumentException("missing tag");
      return tag(s.substring(start, i));
    }

    boolean eat(String tok) {
      skip();
      if (s.startsWith(tok, i)) {
        i += tok.length();
        return true;
      }
      return false;
    }

    void skip() {
      while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) i++;
    }
  }
}
