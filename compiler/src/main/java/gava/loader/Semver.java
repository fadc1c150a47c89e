package gava.loader;

/**
 * golang.org/x/mod/semver's Compare for module versions ({@code v1.2.3}, {@code v1.2.3-pre.1},
 * pseudo-versions, {@code +incompatible}); an invalid version sorts before every valid one.
 */
public final class Semver {
  private Semver() {}

  private record Parsed(long major, long minor, long patch, String pre) {}

  private static Parsed parse(String v) {
    if (v == null || !v.startsWith("v")) return null;
    String s = v.substring(1);
    int plus = s.indexOf('+');
    if (plus >= 0) s = s.substring(0, plus);
    String pre = "";
    int dash = s.indexOf('-');
    if (dash >= 0) {
      pre = s.substring(dash + 1);
      s = s.substring(0, dash);
    }
    String[] f = s.split("\\.", -1);
    if (f.length < 1 || f.length > 3) return null;
    long[] n = new long[3];
    for (int i = 0; i < f.length; i++) {
      if (!f[i].matches("0|[1-9][0-9]*") || f[i].length() > 18) return null;
      n[i] = Long.parseLong(f[i]);
    }
    return new Parsed(n[0], n[1], n[2], pre);
  }

  public static boolean isValid(String v) {
    return parse(v) != null;
  }

  public static int compare(String a, String b) {
    Parsed x = parse(a);
    Parsed y = parse(b);
    if (x == null || y == null) return x == null && y == null ? 0 : x == null ? -1 : 1;
    int c = Long.compare(x.major(), y.major());
    if (c == 0) c = Long.compare(x.minor(), y.minor());
    if (c == 0) c = Long.compare(x.patch(), y.patch());
    if (c != 0) return c;
    return comparePre(x.pre(), y.pre());
  }

  private static int comparePre(String a, String b) {
    if (a.equals(b)) return 0;
    if (a.isEmpty()) return 1;
    if (b.isEmpty()) return -1;
    String[] x = a.split("\\.");
    String[] y = b.split("\\.");
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      boolean nx = x[i].matches("[0-9]+");
      boolean ny = y[i].matches("[0-9]+");
      int c;
      if (nx && ny) c = x[i].length() != y[i].length() ? Integer.compare(x[i].length(), y[i].length()) : x[i].compareTo(y[i]);
      else if (nx) c = -1;
      else if (ny) c = 1;
      else c = x[i].compareTo(y[i]);
      if (c != 0) return c;
    }
    return Integer.compare(x.length, y.length);
  }
}
