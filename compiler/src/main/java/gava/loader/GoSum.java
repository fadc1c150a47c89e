package gava.loader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A main module's go.sum: lines {@code path version h1:hash} (the module's zip, {@link DirHash})
 * and {@code path version/go.mod h1:hash} (its go.mod file). A module may have several hashes
 * (go keeps lines of other algorithms); only {@code h1:} ones are checked, as go does.
 */
public final class GoSum {
  private final Path file;
  private final Map<String, List<String>> hashes;

  private GoSum(Path file, Map<String, List<String>> hashes) {
    this.file = file;
    this.hashes = hashes;
  }

  /** The go.sum next to go.mod in {@code moduleRoot}; an absent file is an empty go.sum. */
  public static GoSum read(Path moduleRoot) throws IOException {
    Path f = moduleRoot.resolve("go.sum");
    String text;
    try {
      text = Files.readString(f, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      text = "";
    }
    return parse(f, text);
  }

  /** Parses go.sum text; malformed lines are skipped (go reports them; gava only reads what it can). */
  public static GoSum parse(Path file, String text) {
    Map<String, List<String>> m = new HashMap<>();
    for (String line : text.split("\n")) {
      String[] f = line.strip().split("\\s+");
      if (f.length != 3) continue;
      m.computeIfAbsent(f[0] + " " + f[1], k -> new ArrayList<>()).add(f[2]);
    }
    return new GoSum(file, m);
  }

  /** Records a hash (as go does with -mod=mod) and rewrites go.sum, sorted as go writes it. */
  public synchronized void add(String path, String version, String hash) throws IOException {
    List<String> l = hashes.computeIfAbsent(path + " " + version, k -> new ArrayList<>());
    if (l.contains(hash)) return;
    l.add(hash);
    List<String> keys = new ArrayList<>(hashes.keySet());
    keys.sort((a, b) -> {
      String[] x = a.split(" ", 2);
      String[] y = b.split(" ", 2);
      int c = x[0].compareTo(y[0]);
      if (c != 0) return c;
      String vx = x[1].replace("/go.mod", "");
      String vy = y[1].replace("/go.mod", "");
      c = Semver.compare(vx, vy);
      if (c == 0) c = vx.compareTo(vy);
      return c != 0 ? c : Boolean.compare(x[1].endsWith("/go.mod"), y[1].endsWith("/go.mod"));
    });
    StringBuilder sb = new StringBuilder();
    for (String k : keys) {
      List<String> hs = new ArrayList<>(hashes.get(k));
      hs.sort(null);
      for (String h : hs) sb.append(k).append(' ').append(h).append('\n');
    }
    Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
  }

  /**
   * Whether go would check a module against the checksum database: not with GOSUMDB=off, nor for
   * paths matching GONOSUMDB or GOPRIVATE (comma-separated path prefixes; glob patterns are taken
   * as prefixes of their literal part).
   */
  public static boolean sumdbChecks(String path, java.util.Map<String, String> env) {
    if ("off".equals(env.get("GOSUMDB"))) return false;
    for (String var : List.of("GONOSUMDB", "GOPRIVATE")) {
      String v = env.get(var);
      if (v == null) continue;
      for (String pat : v.split(",")) {
        pat = pat.strip();
        if (pat.isEmpty()) continue;
        String lit = pat.replaceAll("[*?\\[].*$", "");
        if (path.equals(pat) || path.startsWith(pat + "/") || (!lit.equals(pat) && path.startsWith(lit))) return false;
      }
    }
    return true;
  }

  public Path file() {
    return file;
  }

  /** The h1: hashes recorded for {@code path version} (or {@code version/go.mod}); empty if none. */
  public List<String> h1(String path, String version) {
    List<String> all = hashes.getOrDefault(path + " " + version, List.of());
    return all.stream().filter(h -> h.startsWith("h1:")).toList();
  }

  /** Whether go.sum has a line for this module version (of any algorithm). */
  public boolean has(String path, String version) {
    return hashes.containsKey(path + " " + version);
  }

  /** go's checksum mismatch message for a module ({@code version}) or its go.mod ({@code version/go.mod}). */
  public static String mismatch(String path, String version, String downloaded, String recorded) {
    return "verifying " + path + "@" + version + ": checksum mismatch\n"
        + "\tdownloaded: " + downloaded + "\n"
        + "\tgo.sum:     " + recorded + "\n\n"
        + "SECURITY ERROR\n"
        + "This download does NOT match an earlier download recorded in go.sum.\n"
        + "The bits may have been replaced on the origin server, or an attacker may\n"
        + "have intercepted the download attempt.\n\n"
        + "For more information, see 'go help module-auth'.";
  }
}
