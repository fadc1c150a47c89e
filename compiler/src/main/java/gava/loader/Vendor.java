package gava.loader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The main module's vendor directory: {@code vendor/modules.txt} as {@code go mod vendor} writes it
 * ({@code # path version [=> replacement [version]]} per module, {@code ## explicit; go 1.19}
 * annotations, then the module's vendored package paths), the consistency check go makes against
 * go.mod before using it ({@link #check}), and whether vendoring is in effect ({@link #enabled}:
 * {@code -mod=vendor}, or by default when the vendor directory exists and go.mod says go 1.14 or
 * later, as go does).
 */
public final class Vendor {
  /** A module of modules.txt; replacement null unless {@code =>} was given. */
  public record Module(String path, String version, String replacement, String replacementVersion, boolean explicit,
      String goVersion, List<String> packages) {}

  private final Path dir;
  private final Map<String, Module> modules;

  private Vendor(Path dir, Map<String, Module> modules) {
    this.dir = dir;
    this.modules = modules;
  }

  /** The vendor directory of a module root. */
  public static Path dirOf(GoMod main) {
    return main.root().resolve("vendor");
  }

  /**
   * Whether packages come from vendor/: the -mod setting ("vendor", "mod", "readonly" or null for
   * go's default: vendor when the directory exists and go.mod's go version is 1.14 or later).
   */
  public static boolean enabled(GoMod main, String modFlag) {
    if (modFlag != null && !modFlag.isEmpty()) return modFlag.equals("vendor");
    if (!Files.isDirectory(dirOf(main))) return false;
    return main.go() != null && compareGo(main.go(), "1.14") >= 0;
  }

  /** Compares go versions such as 1.9, 1.14 and 1.21.0. */
  static int compareGo(String a, String b) {
    String[] x = a.replaceAll("(rc|beta).*", "").split("\\.");
    String[] y = b.replaceAll("(rc|beta).*", "").split("\\.");
    for (int i = 0; i < Math.max(x.length, y.length); i++) {
      int p = i < x.length ? Integer.parseInt(x[i]) : 0;
      int q = i < y.length ? Integer.parseInt(y[i]) : 0;
      if (p != q) return Integer.compare(p, q);
    }
    return 0;
  }

  /** Reads vendor/modules.txt (absent: no modules). */
  public static Vendor read(GoMod main) throws IOException {
    Path d = dirOf(main);
    String text;
    try {
      text = Files.readString(d.resolve("modules.txt"), StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      text = "";
    }
    return new Vendor(d, parse(text));
  }

  static Map<String, Module> parse(String text) {
    Map<String, Module> out = new LinkedHashMap<>();
    String path = null, version = null, repl = null, replVersion = null, goV = null;
    boolean explicit = false;
    List<String> pkgs = null;
    for (String line : text.split("\n")) {
      if (line.startsWith("# ")) {
        if (path != null) out.put(path, new Module(path, version, repl, replVersion, explicit, goV, List.copyOf(pkgs)));
        String[] f = line.substring(2).strip().split("\\s+");
        path = f[0];
        version = null;
        repl = null;
        replVersion = null;
        goV = null;
        explicit = false;
        pkgs = new ArrayList<>();
        int arrow = List.of(f).indexOf("=>");
        int end = arrow < 0 ? f.length : arrow;
        if (end >= 2) version = f[1];
        if (arrow >= 0 && arrow + 1 < f.length) {
          repl = f[arrow + 1];
          if (arrow + 2 < f.length) replVersion = f[arrow + 2];
        }
      } else if (line.startsWith("## ") && path != null) {
        for (String a : line.substring(3).split(";")) {
          a = a.strip();
          if (a.equals("explicit")) explicit = true;
          else if (a.startsWith("go ")) goV = a.substring(3).strip();
        }
      } else if (!line.isBlank() && !line.startsWith("#") && path != null) {
        pkgs.add(line.strip());
      }
    }
    if (path != null) out.put(path, new Module(path, version, repl, replVersion, explicit, goV, List.copyOf(pkgs)));
    return out;
  }

  public Path dir() {
    return dir;
  }

  public Map<String, Module> modules() {
    return modules;
  }

  /**
   * go's checkVendorConsistency: every requirement of go.mod must be a module of modules.txt marked
   * explicit at the same version, and every explicit one required; replacements must match both ways.
   * Returns the complaint lines (empty when consistent) as go prints them under {@code go:
   * inconsistent vendoring}.
   */
  public List<String> check(GoMod main) {
    List<String> bad = new ArrayList<>();
    Map<String, Module> byVersion = new LinkedHashMap<>();
    for (Module m : modules.values()) byVersion.put(key(m.path(), m.version()), m);
    for (GoMod.Require r : main.requires()) {
      Module m = byVersion.get(key(r.path(), r.version()));
      if (m == null || !m.explicit()) {
        bad.add(r.path() + "@" + r.version() + ": is explicitly required in go.mod, but not marked as explicit in vendor/modules.txt");
      }
    }
    for (GoMod.Replace rep : main.replaces()) {
      Module m = byVersion.get(key(rep.oldPath(), rep.oldVersion()));
      String old = describe(rep.oldPath(), rep.oldVersion());
      if (m == null || m.replacement() == null) {
        bad.add(old + ": is replaced in go.mod, but not marked as replaced in vendor/modules.txt");
      } else if (!describe(m.replacement(), m.replacementVersion()).equals(describe(rep.newPath(), rep.newVersion()))) {
        bad.add(old + ": is replaced by " + describe(rep.newPath(), rep.newVersion()) + " in go.mod, but marked as replaced by "
            + describe(m.replacement(), m.replacementVersion()) + " in vendor/modules.txt");
      }
    }
    for (Module m : modules.values()) {
      if (m.explicit() && main.requires().stream().noneMatch(r -> r.path().equals(m.path()) && r.version().equals(m.version()))) {
        bad.add(describe(m.path(), m.version()) + ": is marked as explicit in vendor/modules.txt, but not explicitly required in go.mod");
      }
    }
    for (Module m : modules.values()) {
      if (m.replacement() == null) continue;
      GoMod.Replace rep = null;
      for (GoMod.Replace r : main.replaces()) {
        if (r.oldPath().equals(m.path()) && m.version() != null && m.version().equals(r.oldVersion())) rep = r;
      }
      if (rep == null) {
        for (GoMod.Replace r : main.replaces()) if (r.oldPath().equals(m.path()) && r.oldVersion() == null) rep = r;
      }
      if (rep == null) {
        bad.add(describe(m.path(), m.version()) + ": is marked as replaced in vendor/modules.txt, but not replaced in go.mod");
      } else if (!describe(rep.newPath(), rep.newVersion()).equals(describe(m.replacement(), m.replacementVersion()))) {
        bad.add(describe(m.path(), m.version()) + ": is marked as replaced by " + describe(m.replacement(), m.replacementVersion())
            + " in vendor/modules.txt, but replaced by " + describe(rep.newPath(), rep.newVersion()) + " in go.mod");
      }
    }
    return bad.stream().distinct().toList();
  }

  private static String key(String path, String version) {
    return path + "@" + (version == null ? "" : version);
  }

  private static String describe(String path, String version) {
    return version == null || version.isEmpty() ? path : path + "@" + version;
  }

  /** go's whole message for {@link #check}'s complaints. */
  public static String inconsistent(GoMod main, List<String> complaints) {
    StringBuilder sb = new StringBuilder("go: inconsistent vendoring in " + main.root() + ":\n");
    for (String c : complaints) sb.append('\t').append(c).append('\n');
    sb.append("\n\tTo ignore the vendor directory, use -mod=readonly or -mod=mod.\n\tTo sync the vendor directory, run:\n\t\tgo mod vendor");
    return sb.toString();
  }

  /** The vendored directory of an import path (may not exist). */
  public Path packageDir(String importPath) {
    return dir.resolve(importPath);
  }
}
