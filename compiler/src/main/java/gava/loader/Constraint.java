package gava.loader;

import java.util.function.Predicate;

/**
 * A build constraint expression, parsed as go/build/constraint does: {@code //go:build} lines
 * ({@code ||}, {@code &&}, {@code !}, parentheses, tags) and {@code // +build} lines (space-separated
 * alternatives of comma-separated, optionally negated tags).
 */
public sealed interface Constraint {
  /** Whether the expression holds when exactly the tags accepted by {@code tag} are set. */
  boolean eval(Predicate<String> tag);

  record Tag(String name) implements Constraint {
    public boolean eval(Predicate<String> tag) {
      return tag.test(name);
    }
  }

  record Not(Constraint x) implements Constraint {
    public boolean eval(Predicate<String> tag) {
      return !x.eval(tag);
    }
  }

  /** Both operands are always evaluated (go/build records every tag it sees). */
  record And(Constraint x, Constraint y) implements Constraint {
    public boolean eval(Predicate<String> tag) {
      boolean a = x.eval(tag);
      boolean b = y.eval(tag);
      return a && b;
    }
  }

  record Or(Constraint x, Constraint y) implements Constraint {
    public boolean eval(Predicate<String> tag) {
      boolean a = x.eval(tag);
      boolean b = y.eval(tag);
      return a || b;
    }
  }

  /** A malformed constraint; the message is go/build/constraint's. */
  final class SyntaxError extends Exception {
    public SyntaxError(String message) {
      super(message);
    }
  }

  /**
   * The expression of a {@code //go:build} line (the whole line, starting with {@code //go:build}),
   * or null when the line is not a {@code //go:build} line.
   */
  static String goBuildText(String line) {
    if (!line.startsWith("//go:build")) return null;
    String rest = line.strip().substring("//go:build".length());
    String trim = rest.strip();
    if (rest.length() == trim.length() && !rest.isEmpty()) return null; // //go:buildX
    return trim;
  }

  /** The expression of a {@code // +build} line, or null when the line is not one. */
  static String plusBuildText(String line) {
    if (!line.startsWith("//")) return null;
    String rest = line.substring(2).strip();
    if (!rest.startsWith("+build")) return null;
    rest = rest.substring("+build".length());
    String trim = rest.strip();
    if (rest.length() == trim.length() && !rest.isEmpty()) return null;
    return trim;
  }

  /** Parses a {@code //go:build} expression (the text after {@code //go:build}). */
  static Constraint parseGoBuild(String text) throws SyntaxError {
    return new GoBuildParser(text).parse();
  }

  /** Parses a {@code // +build} expression (the text after {@code +build}); never fails. */
  static Constraint parsePlusBuild(String text) {
    Constraint x = null;
    for (String clause : text.strip().split("[ \t\n\r\f\u000b]+")) {
      if (clause.isEmpty()) continue;
      Constraint y = null;
      for (String lit : clause.split(",", -1)) {
        Constraint z;
        if (lit.startsWith("!!") || lit.equals("!")) {
          z = new Tag("ignore");
        } else {
          boolean neg = lit.startsWith("!");
          if (neg) lit = lit.substring(1);
          z = isValidTag(lit) ? new Tag(lit) : new Tag("ignore");
          if (neg) z = new Not(z);
        }
        y = y == null ? z : new And(y, z);
      }
      x = x == null ? y : new Or(x, y);
    }
    return x == null ? new Tag("ignore") : x;
  }

  /** A tag is a non-empty run of letters, digits, '_' and '.'. */
  static boolean isValidTag(String s) {
    if (s.isEmpty()) return false;
    return s.codePoints().allMatch(c -> Character.isLetter(c) || Character.isDigit(c) || c == '_' || c == '.');
  }

  /** go/build/constraint's exprParser. */
  final class GoBuildParser {
    private final String s;
    private int i;
    private String tok = "";
    private boolean isTag;

    GoBuildParser(String s) {
      this.s = s;
    }

    Constraint parse() throws SyntaxError {
      Constraint x = or();
      if (!tok.isEmpty()) throw new SyntaxError("unexpected token " + tok);
      return x;
    }

    private Constraint or() throws SyntaxError {
      Constraint x = and();
      while (tok.equals("||")) x = new Or(x, and());
      return x;
    }

    private Constraint and() throws SyntaxError {
      Constraint x = not();
      while (tok.equals("&&")) x = new And(x, not());
      return x;
    }

    private Constraint not() throws SyntaxError {
      lex();
      if (tok.equals("!")) {
        lex();
        if (tok.equals("!")) throw new SyntaxError("double negation not allowed");
        return new Not(atom());
      }
      return atom();
    }

    private Constraint atom() throws SyntaxError {
      if (tok.equals("(")) {
        Constraint x;
        try {
          x = or();
        } catch (SyntaxError e) {
          if (e.getMessage().equals("unexpected end of expression")) throw new SyntaxError("missing close paren");
          throw e;
        }
        if (!tok.equals(")")) throw new SyntaxError("missing close paren");
        lex();
        return x;
      }
      if (!isTag) {
        if (tok.isEmpty()) throw new SyntaxError("unexpected end of expression");
        throw new SyntaxError("unexpected token " + tok);
      }
      String t = tok;
      lex();
      return new Tag(t);
    }

    private void lex() throws SyntaxError {
      isTag = false;
      while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) i++;
      if (i >= s.length()) {
        tok = "";
        return;
      }
      char c = s.charAt(i);
      switch (c) {
        case '(', ')', '!' -> {
          tok = String.valueOf(c);
          i++;
          return;
        }
        case '&', '|' -> {
          if (i + 1 >= s.length() || s.charAt(i + 1) != c) throw new SyntaxError("invalid syntax at " + c);
          tok = s.substring(i, i + 2);
          i += 2;
          return;
        }
        default -> {}
      }
      int j = i;
      while (j < s.length()) {
        int cp = s.codePointAt(j);
        if (!Character.isLetter(cp) && !Character.isDigit(cp) && cp != '_' && cp != '.') break;
        j += Character.charCount(cp);
      }
      if (j == i) throw new SyntaxError("invalid syntax at " + Character.toString(s.codePointAt(i)));
      tok = s.substring(i, j);
      i = j;
      isTag = true;
    }
  }
}
