package gava.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link PathMatch} against Go's path.Match cases, and the name rules of {@link EmbedPatterns}. */
class EmbedPatternsTest {
  /** pattern, name, matched, ok/bad (go's path/match_test.go table). */
  static final String[][] CASES = {
        {"abc", "abc", "true", "ok"},
        {"*", "abc", "true", "ok"},
        {"*c", "abc", "true", "ok"},
        {"a*", "a", "true", "ok"},
        {"a*", "abc", "true", "ok"},
        {"a*", "ab/c", "false", "ok"},
        {"a*/b", "abc/b", "true", "ok"},
        {"a*/b", "a/c/b", "false", "ok"},
        {"a*b*c*d*e*/f", "axbxcxdxe/f", "true", "ok"},
        {"a*b*c*d*e*/f", "axbxcxdxexxx/f", "true", "ok"},
        {"a*b*c*d*e*/f", "axbxcxdxe/xxx/f", "false", "ok"},
        {"a*b*c*d*e*/f", "axbxcxdxexxx/fff", "false", "ok"},
        {"a*b?c*x", "abxbbxdbxebxczzx", "true", "ok"},
        {"a*b?c*x", "abxbbxdbxebxczzy", "false", "ok"},
        {"ab[c]", "abc", "true", "ok"},
        {"ab[b-d]", "abc", "true", "ok"},
        {"ab[e-g]", "abc", "false", "ok"},
        {"ab[^c]", "abc", "false", "ok"},
        {"ab[^b-d]", "abc", "false", "ok"},
        {"ab[^e-g]", "abc", "true", "ok"},
        {"a\\*b", "a*b", "true", "ok"},
        {"a\\*b", "ab", "false", "ok"},
        {"a?b", "a☺b", "true", "ok"},
        {"a[^a]b", "a☺b", "true", "ok"},
        {"a???b", "a☺b", "false", "ok"},
        {"a[^a][^a][^a]b", "a☺b", "false", "ok"},
        {"[a-ζ]*", "α", "true", "ok"},
        {"*[a-ζ]", "A", "false", "ok"},
        {"a?b", "a/b", "false", "ok"},
        {"a*b", "a/b", "false", "ok"},
        {"[\\]a]", "]", "true", "ok"},
        {"[\\-]", "-", "true", "ok"},
        {"[x\\-]", "x", "true", "ok"},
        {"[x\\-]", "-", "true", "ok"},
        {"[x\\-]", "z", "false", "ok"},
        {"[\\-x]", "x", "true", "ok"},
        {"[\\-x]", "-", "true", "ok"},
        {"[\\-x]", "a", "false", "ok"},
        {"[]a]", "]", "false", "bad"},
        {"[-]", "-", "false", "bad"},
        {"[x-]", "x", "false", "bad"},
        {"[x-]", "-", "false", "bad"},
        {"[x-]", "z", "false", "bad"},
        {"[-x]", "x", "false", "bad"},
        {"[-x]", "-", "false", "bad"},
        {"[-x]", "a", "false", "bad"},
        {"\\", "a", "false", "bad"},
        {"[a-b-c]", "a", "false", "bad"},
        {"[", "a", "false", "bad"},
        {"[^", "a", "false", "bad"},
        {"[^bc", "a", "false", "bad"},
        {"a[", "a", "false", "bad"},
        {"a[", "ab", "false", "bad"},
        {"a[", "x", "false", "bad"},
        {"a/b[", "x", "false", "bad"},
        {"*x", "xxx", "true", "ok"},
  };

  @Test
  void pathMatch() {
    for (String[] c : CASES) {
      boolean bad = c[3].equals("bad");
      boolean threw = false, matched = false;
      try {
        matched = PathMatch.matchOrThrow(c[0], c[1]);
      } catch (PathMatch.BadPattern e) {
        threw = true;
      }
      assertEquals(bad, threw, "bad pattern " + c[0]);
      assertEquals(!bad, PathMatch.valid(c[0]), "valid " + c[0]);
      assertEquals(Boolean.parseBoolean(c[2]), matched, c[0] + " ~ " + c[1]);
    }
  }

  @Test
  void names() {
    assertTrue(EmbedPatterns.isBadEmbedName(".git"));
    assertTrue(EmbedPatterns.isBadEmbedName("a:b"));
    assertTrue(EmbedPatterns.isBadEmbedName("x."));
    assertTrue(EmbedPatterns.isBadEmbedName("nul.txt"));
    assertFalse(EmbedPatterns.isBadEmbedName(".env"));
    assertFalse(EmbedPatterns.isBadEmbedName("sp ace.txt"));
    assertFalse(EmbedPatterns.isBadEmbedName("\u00e9t\u00e9"));
    assertTrue(EmbedPatterns.validPath("a/b"));
    assertFalse(EmbedPatterns.validPath("../a"));
    assertFalse(EmbedPatterns.validPath("/a"));
    assertFalse(EmbedPatterns.validPath("a/"));
  }

  @Test
  void embedFileOrder() {
    List<String> l = new java.util.ArrayList<>(List.of("x/b/c", "x.txt", "x/", "x/b/", "x-y/z", "x-y/", "x/a"));
    l.sort(EmbedPatterns::embedFileLess);
    assertEquals(List.of("x/", "x-y/", "x.txt", "x/a", "x/b/", "x-y/z", "x/b/c"), l);
  }
}
