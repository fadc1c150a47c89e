package gava.loader;

/**
 * Go's path.Match (the glob syntax of {@code //go:embed} patterns and of filepath.Glob on Unix):
 * {@code *} (any run of non-slash characters), {@code ?}, character classes {@code [a-z]},
 * {@code [^...]}, and backslash escapes; a malformed pattern is go's ErrBadPattern.
 */
final class PathMatch {
  private PathMatch() {}

  static final class BadPattern extends Exception {
    BadPattern() {
      super("syntax error in pattern", null, false, false);
    }
  }

  /** Whether the pattern has glob metacharacters (filepath's hasMeta on Unix). */
  static boolean hasMeta(String p) {
    return p.indexOf('*') >= 0 || p.indexOf('?') >= 0 || p.indexOf('[') >= 0 || p.indexOf('\\') >= 0;
  }

  /** Whether the pattern is well formed ({@code path.Match(pattern, "")} gives no error). */
  static boolean valid(String pattern) {
    try {
      matchOrThrow(pattern, "");
      return true;
    } catch (BadPattern e) {
      return false;
    }
  }

  /** Whether name matches (false for a malformed pattern). */
  static boolean match(String pattern, String name) {
    try {
      return matchOrThrow(pattern, name);
    } catch (BadPattern e) {
      return false;
    }
  }

  static boolean matchOrThrow(String pattern, String name) throws BadPattern {
    outer:
    while (!pattern.isEmpty()) {
      boolean star = false;
      while (!pattern.isEmpty() && pattern.charAt(0) == '*') {
        pattern = pattern.substring(1);
        star = true;
      }
      int end = chunkEnd(pattern);
      String chunk = pattern.substring(0, end);
      pattern = pattern.substring(end);
      if (star && chunk.isEmpty()) return name.indexOf('/') < 0;
      String t = null;
      BadPattern err = null;
      try {
        t = matchChunk(chunk, name);
      } catch (BadPattern e) {
        err = e;
      }
      if (t != null && (t.isEmpty() || !pattern.isEmpty())) {
        name = t;
        continue;
      }
      if (err != null) throw err;
      if (star) {
        for (int i = 0; i < name.length() && name.charAt(i) != '/'; i++) {
          String t2 = matchChunk(chunk, name.substring(i + 1));
          if (t2 != null) {
            if (pattern.isEmpty() && !t2.isEmpty()) continue;
            name = t2;
            continue outer;
          }
        }
      }
      while (!pattern.isEmpty()) {
        while (!pattern.isEmpty() && pattern.charAt(0) == '*') pattern = pattern.substring(1);
        int e2 = chunkEnd(pattern);
        matchChunk(pattern.substring(0, e2), "");
        pattern = pattern.substring(e2);
      }
      return false;
    }
    return name.isEmpty();
  }

  /** scanChunk: the end of the chunk at the start of pattern (after its stars). */
  private static int chunkEnd(String pattern) {
    boolean inrange = false;
    int i;
    scan:
    for (i = 0; i < pattern.length(); i++) {
      switch (pattern.charAt(i)) {
        case '\\' -> {
          if (i + 1 < pattern.length()) i++;
        }
        case '[' -> inrange = true;
        case ']' -> inrange = false;
        case '*' -> {
          if (!inrange) break scan;
        }
        default -> {}
      }
    }
    return i;
  }

  /** matchChunk: the rest of s after the chunk matched, null when it did not; BadPattern when malformed. */
  private static String matchChunk(String chunk, String s) throws BadPattern {
    boolean failed = false;
    int ci = 0;
    int si = 0;
    while (ci < chunk.length()) {
      if (!failed && si >= s.length()) failed = true;
      char c = chunk.charAt(ci);
      if (c == '[') {
        int r = -1;
        if (!failed) {
          r = s.codePointAt(si);
          si += Character.charCount(r);
        }
        ci++;
        boolean negated = false;
        if (ci < chunk.length() && chunk.charAt(ci) == '^') {
          negated = true;
          ci++;
        }
        boolean match = false;
        int nrange = 0;
        while (true) {
          if (ci < chunk.length() && chunk.charAt(ci) == ']' && nrange > 0) {
            ci++;
            break;
          }
          int[] lo = getEsc(chunk, ci);
          ci = lo[1];
          int hi = lo[0];
          if (chunk.charAt(ci) == '-') {
            int[] h = getEsc(chunk, ci + 1);
            hi = h[0];
            ci = h[1];
          }
          if (lo[0] <= r && r <= hi) match = true;
          nrange++;
        }
        if (match == negated) failed = true;
      } else if (c == '?') {
        if (!failed) {
          if (s.charAt(si) == '/') failed = true;
          si += Character.charCount(s.codePointAt(si));
        }
        ci++;
      } else {
        if (c == '\\') {
          ci++;
          if (ci >= chunk.length()) throw new BadPattern();
          c = chunk.charAt(ci);
        }
        if (!failed) {
          if (c != s.charAt(si)) failed = true;
          si++;
        }
        ci++;
      }
    }
    return failed ? null : s.substring(si);
  }

  /** getEsc: the (possibly escaped) character at i and the index after it; the chunk must go on. */
  private static int[] getEsc(String chunk, int i) throws BadPattern {
    if (i >= chunk.length() || chunk.charAt(i) == '-' || chunk.charAt(i) == ']') throw new BadPattern();
    if (chunk.charAt(i) == '\\') {
      i++;
      if (i >= chunk.length()) throw new BadPattern();
    }
    int r = chunk.codePointAt(i);
    i += Character.charCount(r);
    if (i >= chunk.length()) throw new BadPattern();
    return new int[] {r, i};
  }
}
