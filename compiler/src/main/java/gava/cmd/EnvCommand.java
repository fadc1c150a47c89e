package gava.cmd;

import gava.loader.GoMod;
import gava.loader.Goroot;
import gava.loader.ImportResolver;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code gava env [-json] [var ...]}, as go env: every variable as {@code NAME="value"} lines, or the
 * values of the named ones one per line (an unknown name gives an empty line), or with {@code -json}
 * an object of them (sorted names). The values are gava's: GOOS/GOARCH are linux/jvm (the build
 * context gava selects files and build tags with, and runtime.GOARCH), GOCACHE is gava's build
 * cache ({@link BuildCache}), GOVERSION the Go version gava implements, CGO_ENABLED is 0, and the
 * GAVA_* settings gava reads are listed after go's. {@code -w} and {@code -u} are not supported: gava
 * does not write a go env file.
 */
final class EnvCommand {
  private EnvCommand() {}

  static final String USAGE_LINE = "usage: gava env [-json] [var ...]";

  static String envUsage() {
    return USAGE_LINE + "\n\n" + """
        Env prints gava's environment information, as go env prints Go's.

        By default env prints information as a shell script (NAME="value" lines).
        If one or more variable names are given as arguments, env prints the value
        of each named variable on its own line.

        The -json flag prints the environment in JSON format instead of as a
        shell script.

        The values are gava's: GOOS and GOARCH are linux and jvm (the build
        context used to select files and build tags), GOCACHE is gava's build
        cache ($GAVA_CACHE, else $XDG_CACHE_HOME/gava or ~/.cache/gava), GOVERSION
        the Go version gava implements and CGO_ENABLED is 0. GOROOT holds the
        standard library's sources. The GAVA_* variables gava reads follow.

        gava does not keep a go env file: the -u and -w flags of go env are not
        supported; set variables in the environment instead.

        For more about environment variables, see 'gava help environment'.
        """;
  }

  static int env(String[] args, PrintStream out, PrintStream err) {
    boolean json = false;
    List<String> names = new ArrayList<>();
    for (String a : args) {
      if (!names.isEmpty() || !a.startsWith("-")) {
        names.add(a);
        continue;
      }
      String n = a.replaceFirst("^--?", "");
      switch (n) {
        case "json", "json=true" -> json = true;
        case "json=false" -> json = false;
        case "u", "w" -> {
          err.println("gava: 'gava env -" + n + "' is not supported: gava keeps no go env file; set " + "the variable in the environment");
          return 2;
        }
        case "h", "help" -> {
          err.println(USAGE_LINE);
          err.println("Run 'gava help env' for details.");
          return 2;
        }
        default -> {
          err.println("flag provided but not defined: -" + n.replaceFirst("=.*", ""));
          err.println(USAGE_LINE);
          err.println("Run 'gava help env' for details.");
          return 2;
        }
      }
    }
    Map<String, String> vars = vars(System.getenv());
    if (!names.isEmpty()) {
      if (json) {
        Map<String, Object> m = new TreeMap<>();
        for (String n : names) m.put(n, vars.getOrDefault(n, ""));
        out.println(ListJson.write(m));
      } else {
        for (String n : names) out.println(vars.getOrDefault(n, ""));
      }
      return 0;
    }
    if (json) {
      out.println(ListJson.write(new TreeMap<String, Object>(vars)));
      return 0;
    }
    vars.forEach((k, v) -> out.println(k + "=\"" + v + "\""));
    return 0;
  }

  /** gava's variables, in go env's order, then gava's own. */
  static Map<String, String> vars(Map<String, String> env) {
    Map<String, String> m = new LinkedHashMap<>();
    String home = env.getOrDefault("HOME", System.getProperty("user.home"));
    String gopath = env.getOrDefault("GOPATH", "");
    if (gopath.isEmpty() && home != null) gopath = Path.of(home, "go").toString();
    m.put("GO111MODULE", env.getOrDefault("GO111MODULE", ""));
    m.put("GOARCH", "jvm");
    m.put("GOBIN", env.getOrDefault("GOBIN", ""));
    Path cache = BuildCache.directory(env);
    m.put("GOCACHE", cache == null ? "off" : cache.toString());
    m.put("GOEXE", "");
    m.put("GOEXPERIMENT", "");
    m.put("GOFLAGS", env.getOrDefault("GOFLAGS", ""));
    m.put("GOHOSTARCH", "amd64");
    m.put("GOHOSTOS", "linux");
    m.put("GOINSECURE", env.getOrDefault("GOINSECURE", ""));
    Path mc = ImportResolver.defaultModCache(env);
    m.put("GOMODCACHE", mc == null ? "" : mc.toString());
    m.put("GONOPROXY", env.getOrDefault("GONOPROXY", env.getOrDefault("GOPRIVATE", "")));
    m.put("GONOSUMDB", env.getOrDefault("GONOSUMDB", env.getOrDefault("GOPRIVATE", "")));
    m.put("GOOS", "linux");
    m.put("GOPATH", gopath);
    m.put("GOPRIVATE", env.getOrDefault("GOPRIVATE", ""));
    m.put("GOPROXY", env.getOrDefault("GOPROXY", "https://proxy.golang.org,direct"));
    String goroot;
    try {
      goroot = Goroot.find().toString();
    } catch (Goroot.NotFound e) {
      goroot = "";
    }
    m.put("GOROOT", goroot);
    m.put("GOSUMDB", env.getOrDefault("GOSUMDB", "sum.golang.org"));
    m.put("GOTMPDIR", env.getOrDefault("GOTMPDIR", ""));
    m.put("GOVCS", env.getOrDefault("GOVCS", ""));
    m.put("GOVERSION", Main.GO_VERSION);
    m.put("CGO_ENABLED", "0");
    String gomod = "";
    if (!"off".equals(env.get("GO111MODULE"))) {
      Path gm = GoMod.findGoMod(Path.of("").toAbsolutePath());
      gomod = gm == null ? "/dev/null" : gm.toAbsolutePath().normalize().toString();
    }
    m.put("GOMOD", gomod);
    m.put("GOWORK", "");
    m.put("GAVA_CACHE", env.getOrDefault("GAVA_CACHE", ""));
    m.put("GAVA_DEBUG", env.getOrDefault("GAVA_DEBUG", ""));
    m.put("GAVA_JAVA_OPTS", env.getOrDefault("GAVA_JAVA_OPTS", ""));
    m.put("GAVA_STD", env.getOrDefault("GAVA_STD", ""));
    m.put("GAVA_VERIFY", env.getOrDefault("GAVA_VERIFY", ""));
    m.put("GAVA_JAVA_HOME", System.getProperty("java.home", ""));
    m.put("GAVA_VERSION", Main.VERSION);
    return m;
  }
}
