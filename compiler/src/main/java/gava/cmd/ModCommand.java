package gava.cmd;

import gava.loader.DirHash;
import gava.loader.GoMod;
import gava.loader.ModCache;
import gava.loader.Modules;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code gava mod download [-json] [path[@version]...]}, {@code gava mod verify} and
 * {@code gava mod init path}, as the go command's: download fills the module cache
 * ({@link ModCache}, through GOPROXY) with the main module's requirements (or the named ones) and
 * checks them against go.sum; verify checks that the cached zips and extracted directories still
 * have the hashes recorded when they were downloaded ({@code all modules verified}, else
 * {@code path version: dir has been modified (DIR)}, exit 1); init writes a go.mod.
 */
final class ModCommand {
  private ModCommand() {}

  static String modUsage() {
    return """
        Gava mod provides access to operations on modules.

        Usage:

        \tgava mod <command> [arguments]

        The commands are:

        \tdownload    download modules to local cache
        \tinit        initialize new module in current directory
        \ttidy        add missing and remove unused modules
        \tverify      verify dependencies have expected content

        Modules come from the module cache ($GOMODCACHE, else $GOPATH/pkg/mod) as
        the go command lays it out, fetched through $GOPROXY when missing, checked
        against go.sum. A vendor directory is used as go uses it (-mod=vendor, or go
        1.14 and later in go.mod with vendor/modules.txt present).
        """;
  }

  static int mod(String[] args, PrintStream out, PrintStream err) {
    if (args.length == 0) {
      err.print(modUsage());
      return 2;
    }
    String[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
    switch (args[0]) {
      case "download":
        return download(rest, out, err);
      case "verify":
        return verify(rest, out, err);
      case "init":
        return init(rest, err);
      case "tidy":
        return ModTidy.tidy(rest, err);
      case "help", "-h", "-help", "--help":
        out.print(modUsage());
        return 0;
      default:
        err.println("gava mod " + args[0] + ": unknown command");
        err.println("Run 'gava help mod' for usage.");
        return 2;
    }
  }

  /** The main module's dependencies set up as a build would; null after printing go's error. */
  private static Modules mainModules(PrintStream err) {
    Path gm = GoMod.findGoMod(Path.of("").toAbsolutePath());
    if (gm == null) {
      err.println("go: go.mod file not found in current directory or any parent directory; see 'go help modules'");
      return null;
    }
    try {
      GoMod m = GoMod.read(gm);
      if (m.module() == null) {
        err.println("go: no module declaration in go.mod. To specify the module path:\n\tgo mod edit -module=example.com/mod");
        return null;
      }
      return Modules.load(m, System.getenv());
    } catch (GoMod.Malformed e) {
      Path cwd = Path.of("").toAbsolutePath();
      String rel = cwd.relativize(gm).toString();
      err.println("go: errors parsing " + (rel.length() < gm.toString().length() ? rel : gm) + ":\n" + e.getMessage());
    } catch (IOException e) {
      err.println("go: " + e.getMessage());
    } catch (Modules.Fatal e) {
      err.println(e.getMessage());
    }
    return null;
  }

  /** The module versions to handle: the build list (through replacements; local ones skipped), or those named. */
  private static List<String[]> targets(Modules ms, List<String> named, List<String> problems) {
    List<String[]> out = new ArrayList<>();
    if (named.isEmpty()) {
      for (Map.Entry<String, String> e : ms.buildList().entrySet()) {
        GoMod.Replace rep = ms.replacement(e.getKey(), e.getValue());
        if (rep != null && rep.isLocal()) continue;
        out.add(rep != null ? new String[] {rep.newPath(), rep.newVersion()} : new String[] {e.getKey(), e.getValue()});
      }
      return out;
    }
    for (String a : named) {
      int at = a.indexOf('@');
      String path = at < 0 ? a : a.substring(0, at);
      String version = at < 0 ? ms.buildList().get(path) : a.substring(at + 1);
      if (version == null || version.equals("latest") || version.equals("upgrade") || version.equals("patch")) {
        problems.add("go: " + (at < 0 ? "module " + path + ": not a known dependency" : a + ": gava resolves only exact versions"));
        continue;
      }
      out.add(new String[] {path, version});
    }
    return out;
  }

  static int download(String[] args, PrintStream out, PrintStream err) {
    boolean json = false;
    List<String> named = new ArrayList<>();
    for (String a : args) {
      if (a.equals("-json") || a.equals("--json")) json = true;
      else if (a.equals("-x")) continue;
      else if (a.startsWith("-")) {
        err.println("flag provided but not defined: " + a);
        err.println("usage: gava mod download [-json] [modules]");
        err.println("Run 'gava help mod download' for details.");
        return 2;
      } else named.add(a);
    }
    Modules ms = mainModules(err);
    if (ms == null) return 1;
    List<String> problems = new ArrayList<>();
    List<String[]> mods = targets(ms, named, problems);
    int status = 0;
    for (String p : problems) {
      err.println(p);
      status = 1;
    }
    ModCache cache = new ModCache(ms.cache().root(), gava.loader.ModProxy.fromEnv(System.getenv()), null);
    for (String[] m : mods) {
      Map<String, String> info = new LinkedHashMap<>();
      info.put("Path", m[0]);
      info.put("Version", m[1]);
      String error = null;
      try {
        cache.goMod(m[0], m[1]);
        Path dir = cache.ensureDir(m[0], m[1]);
        String sum = cache.zipHash(m[0], m[1]);
        String modSum = DirHash.goModHash(Files.readAllBytes(cache.download(m[0], m[1], "mod")));
        List<String> want = ms.sum() == null ? List.of() : ms.sum().h1(m[0], m[1]);
        List<String> wantMod = ms.sum() == null ? List.of() : ms.sum().h1(m[0], m[1] + "/go.mod");
        if (!wantMod.isEmpty() && !wantMod.contains(modSum)) {
          error = gava.loader.GoSum.mismatch(m[0], m[1] + "/go.mod", modSum, wantMod.get(0));
        } else if (!want.isEmpty() && !want.contains(sum)) {
          error = gava.loader.GoSum.mismatch(m[0], m[1], sum, want.get(0));
        }
        if (Files.exists(cache.download(m[0], m[1], "info"))) info.put("Info", cache.download(m[0], m[1], "info").toString());
        info.put("GoMod", cache.download(m[0], m[1], "mod").toString());
        if (Files.exists(cache.download(m[0], m[1], "zip"))) info.put("Zip", cache.download(m[0], m[1], "zip").toString());
        info.put("Dir", dir.toString());
        info.put("Sum", sum);
        info.put("GoModSum", modSum);
      } catch (ModCache.Failure e) {
        error = e.getMessage();
        if (!error.startsWith(m[0] + "@")) error = m[0] + "@" + m[1] + ": " + error;
      } catch (IOException e) {
        error = m[0] + "@" + m[1] + ": " + e.getMessage();
      }
      if (error != null) {
        status = 1;
        if (!json) err.println(error.startsWith("verifying ") ? error : "go: " + error);
        info.put("Error", error);
      }
      if (json) printJson(info, out);
    }
    out.flush();
    return status;
  }

  private static void printJson(Map<String, String> fields, PrintStream out) {
    StringBuilder sb = new StringBuilder("{\n");
    int i = 0;
    for (Map.Entry<String, String> e : fields.entrySet()) {
      sb.append("\t\"").append(e.getKey()).append("\": ").append(ListJson.quoted(e.getValue()));
      sb.append(++i < fields.size() ? ",\n" : "\n");
    }
    out.print(sb.append("}\n"));
  }

  /** {@code gava mod init path}: writes go.mod ({@code module path}, {@code go} gava's language version). */
  static int init(String[] args, PrintStream err) {
    if (args.length > 1) {
      err.println("go: 'go mod init' accepts at most one argument");
      return 1;
    }
    Path cwd = Path.of("").toAbsolutePath();
    Path gm = cwd.resolve("go.mod");
    if (Files.exists(gm)) {
      err.println("go: " + gm + " already exists");
      return 1;
    }
    if (args.length == 0) {
      err.println("go: cannot determine module path for source directory " + cwd + " (outside GOPATH, module path must be specified)\n\n"
          + "Example usage:\n\t'go mod init example.com/m' to initialize a v0 or v1 module\n"
          + "\t'go mod init example.com/m/v2' to initialize a v2 module\n\nRun 'go help mod init' for more information.");
      return 1;
    }
    String path = args[0];
    for (char c : path.toCharArray()) {
      boolean ok = Character.isLetterOrDigit(c) && c < 0x80 || "-._~/+".indexOf(c) >= 0;
      if (!ok) {
        err.println("go: malformed module path \"" + path + "\": invalid char '" + c + "'");
        return 1;
      }
    }
    String go = Main.GO_VERSION.replaceFirst("^go", "");
    try {
      Files.writeString(gm, "module " + path + "\n\ngo " + go + "\n");
    } catch (IOException e) {
      err.println("go: " + e.getMessage());
      return 1;
    }
    err.println("go: creating new go.mod: module " + path);
    return 0;
  }

  static int verify(String[] args, PrintStream out, PrintStream err) {
    if (args.length > 0) {
      err.println("go: verify takes no arguments");
      return 1;
    }
    Modules ms = mainModules(err);
    if (ms == null) return 1;
    List<String> problems = new ArrayList<>();
    for (String[] m : targets(ms, List.of(), problems)) problems.addAll(verifyMod(ms.cache(), m[0], m[1]));
    for (String p : problems) err.println(p);
    if (!problems.isEmpty()) return 1;
    out.println("all modules verified");
    return 0;
  }

  /** go's verifyMod: the zip and the extracted directory against the .ziphash recorded at download. */
  private static List<String> verifyMod(ModCache cache, String path, String version) {
    List<String> errs = new ArrayList<>();
    Path zip = cache.download(path, version, "zip");
    Path dir = cache.dir(path, version);
    Path zh = cache.download(path, version, "ziphash");
    String h;
    try {
      h = Files.readString(zh, StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      if (!Files.exists(zip) && !Files.exists(dir)) return errs; // nothing downloaded: nothing to verify
      errs.add(path + " " + version + ": missing ziphash: open " + zh + ": no such file or directory");
      return errs;
    }
    try {
      if (Files.exists(zip) && !DirHash.hashZip(zip).equals(h)) {
        errs.add(path + " " + version + ": zip has been modified (" + zip + ")");
      }
      if (Files.exists(dir) && !DirHash.hashDir(dir, path + "@" + version).equals(h)) {
        errs.add(path + " " + version + ": dir has been modified (" + dir + ")");
      }
    } catch (IOException e) {
      errs.add(path + " " + version + ": " + e.getMessage());
    }
    return errs;
  }
}
