package gava.harness;

import java.util.ArrayList;
import java.util.List;

/** A small line diff for test failure messages ({@code -} expected, {@code +} actual). */
public final class TextDiff {
  private TextDiff() {}

  private static final int MAX_CELLS = 4_000_000;

  /** A unified-style diff with {@code context} lines around changes, at most {@code maxLines} lines. */
  public static String diff(String expected, String actual, int context, int maxLines) {
    String[] a = expected.split("\n", -1);
    String[] b = actual.split("\n", -1);
    if ((long) a.length * b.length > MAX_CELLS) return firstDifference(a, b);
    int n = a.length, m = b.length;
    int[][] lcs = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    List<String> ops = new ArrayList<>(); // " x", "-x", "+x"
    int i = 0, j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && a[i].equals(b[j])) {
        ops.add(" " + a[i++]);
        j++;
      } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
        ops.add("+" + b[j++]);
      } else {
        ops.add("-" + a[i++]);
      }
    }
    boolean[] keep = new boolean[ops.size()];
    for (int k = 0; k < ops.size(); k++) {
      if (ops.get(k).charAt(0) != ' ') {
        for (int c = Math.max(0, k - context); c <= Math.min(ops.size() - 1, k + context); c++) keep[c] = true;
      }
    }
    StringBuilder sb = new StringBuilder();
    int lines = 0;
    boolean gap = false;
    for (int k = 0; k < ops.size(); k++) {
      if (!keep[k]) {
        gap = true;
        continue;
      }
      if (gap && sb.length() > 0) sb.append("@@\n");
      gap = false;
      if (++lines > maxLines) {
        sb.append("... (diff truncated)\n");
        break;
      }
      sb.append(visible(ops.get(k))).append('\n');
    }
    return sb.toString();
  }

  private static String firstDifference(String[] a, String[] b) {
    int k = 0;
    while (k < a.length && k < b.length && a[k].equals(b[k])) k++;
    return "outputs first differ at line " + (k + 1) + ":\n-" + (k < a.length ? visible(a[k]) : "<end>")
        + "\n+" + (k < b.length ? visible(b[k]) : "<end>") + "\n";
  }

  private static String visible(String s) {
    if (s.length() > 300) s = s.substring(0, 300) + "...";
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      if (c < 0x20 && c != '\t') sb.append(String.format("\\x%02x", (int) c));
      else sb.append(c);
    }
    return sb.toString();
  }
}
