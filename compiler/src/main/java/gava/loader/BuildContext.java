package gava.loader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What go/build's {@code Context} holds for deciding which files to build: GOOS, GOARCH, the
 * compiler name, whether cgo is on, the build tags and release tags, and the GOOS/GOARCH names the Go
 * version knows (for file-name suffixes). {@link #matchTag} and {@link #goodOSArchFile} are
 * go/build's functions of the same names.
 */
public record BuildContext(
    String goos,
    String goarch,
    String compiler,
    boolean cgoEnabled,
    List<String> buildTags,
    List<String> releaseTags,
    Set<String> knownOS,
    Set<String> knownArch,
    Set<String> unixOS) {

  public BuildContext {
    buildTags = List.copyOf(buildTags);
    releaseTags = List.copyOf(releaseTags);
    knownOS = Set.copyOf(knownOS);
    knownArch = Set.copyOf(knownArch);
    unixOS = Set.copyOf(unixOS);
  }

  /** The tags gava's default context sets besides GOOS/GOARCH: they select the std's pure-Go code. */
  public static final List<String> DEFAULT_TAGS = List.of("math_big_pure_go", "purego", "netgo", "osusergo", "jvm");

  /** go/build's lists for Go 1.19 (go/build/syslist.go). */
  public static final Set<String> KNOWN_OS_1_19 = Set.of("aix", "android", "darwin", "dragonfly", "freebsd",
      "hurd", "illumos", "ios", "js", "linux", "nacl", "netbsd", "openbsd", "plan9", "solaris", "windows", "zos");
  public static final Set<String> UNIX_OS_1_19 = Set.of("aix", "android", "darwin", "dragonfly", "freebsd",
      "hurd", "illumos", "ios", "linux", "netbsd", "openbsd", "solaris");
  public static final Set<String> KNOWN_ARCH_1_19 = Set.of("386", "amd64", "amd64p32", "arm", "armbe", "arm64",
      "arm64be", "loong64", "mips", "mipsle", "mips64", "mips64le", "mips64p32", "mips64p32le", "ppc", "ppc64",
      "ppc64le", "riscv", "riscv64", "s390", "s390x", "sparc", "sparc64", "wasm");

  /**
   * gava's default context for a Go version {@code 1.minor}: GOOS=linux, GOARCH=jvm (an
   * architecture the std does not know, so arch-gated code falls back to generic Go), compiler gc,
   * cgo off, {@link #DEFAULT_TAGS}, release tags go1.1..go1.minor, and the built-in Go 1.19 name
   * lists (plus wasip1 from Go 1.21).
   */
  public static BuildContext defaults(int minor) {
    Set<String> os = new LinkedHashSet<>(KNOWN_OS_1_19);
    Set<String> unix = new LinkedHashSet<>(UNIX_OS_1_19);
    if (minor >= 21) os.add("wasip1");
    return new BuildContext("linux", "jvm", "gc", false, DEFAULT_TAGS, releaseTags(minor), os, KNOWN_ARCH_1_19, unix);
  }

  /** gava's default context for the Go version of {@code goroot}, with that GOROOT's name lists. */
  public static BuildContext forGoroot(Path goroot) {
    BuildContext c = defaults(Goroot.minorVersion(goroot));
    return c.withSyslist(goroot);
  }

  /** {@code go1.1} .. {@code go1.minor}. */
  public static List<String> releaseTags(int minor) {
    List<String> out = new ArrayList<>();
    for (int i = 1; i <= minor; i++) out.add("go1." + i);
    return out;
  }

  public BuildContext withGoos(String os) {
    return new BuildContext(os, goarch, compiler, cgoEnabled, buildTags, releaseTags, knownOS, knownArch, unixOS);
  }

  public BuildContext withGoarch(String arch) {
    return new BuildContext(goos, arch, compiler, cgoEnabled, buildTags, releaseTags, knownOS, knownArch, unixOS);
  }

  public BuildContext withBuildTags(List<String> tags) {
    return new BuildContext(goos, goarch, compiler, cgoEnabled, tags, releaseTags, knownOS, knownArch, unixOS);
  }

  public BuildContext withReleaseTags(List<String> tags) {
    return new BuildContext(goos, goarch, compiler, cgoEnabled, buildTags, tags, knownOS, knownArch, unixOS);
  }

  public BuildContext withCompiler(String name) {
    return new BuildContext(goos, goarch, name, cgoEnabled, buildTags, releaseTags, knownOS, knownArch, unixOS);
  }

  public BuildContext withCgo(boolean on) {
    return new BuildContext(goos, goarch, compiler, on, buildTags, releaseTags, knownOS, knownArch, unixOS);
  }

  /**
   * This context with the knownOS, unixOS and knownArch lists of {@code goroot}'s go/build/syslist.go
   * (unchanged when that file cannot be read).
   */
  public BuildContext withSyslist(Path goroot) {
    Path f = goroot.resolve("src/go/build/syslist.go");
    try {
      String text = Files.readString(f);
      Set<String> os = mapKeys(text, "knownOS");
      Set<String> arch = mapKeys(text, "knownArch");
      Set<String> unix = mapKeys(text, "unixOS");
      if (os.isEmpty() || arch.isEmpty()) return this;
      return new BuildContext(goos, goarch, compiler, cgoEnabled, buildTags, releaseTags, os, arch,
          unix.isEmpty() ? unixOS : unix);
    } catch (IOException | RuntimeException e) {
      return this;
    }
  }

  private static final Pattern ENTRY = Pattern.compile("\"([^\"]+)\"\\s*:\\s*true");

  /** The keys of {@code var name = map[string]bool{ "k": true, ... }} in a Go file. */
  private static Set<String> mapKeys(String text, String name) {
    Set<String> out = new LinkedHashSet<>();
    Matcher m = Pattern.compile("var\\s+" + name + "\\s*=\\s*map\\[string\\]bool\\s*\\{").matcher(text);
    if (!m.find()) return out;
    int end = text.indexOf('}', m.end());
    if (end < 0) return out;
    Matcher e = ENTRY.matcher(text.substring(m.end(), end));
    while (e.find()) out.add(e.group(1));
    return out;
  }

  /** go/build's matchTag: whether a build tag is satisfied. */
  public boolean matchTag(String name) {
    if (cgoEnabled && name.equals("cgo")) return true;
    if (name.equals(goos) || name.equals(goarch) || name.equals(compiler)) return true;
    if (goos.equals("android") && name.equals("linux")) return true;
    if (goos.equals("illumos") && name.equals("solaris")) return true;
    if (goos.equals("ios") && name.equals("darwin")) return true;
    if (name.equals("unix") && unixOS.contains(goos)) return true;
    if (name.equals("boringcrypto")) name = "goexperiment.boringcrypto";
    return buildTags.contains(name) || releaseTags.contains(name);
  }

  /** Whether a constraint holds in this context. */
  public boolean eval(Constraint c) {
    return c.eval(this::matchTag);
  }

  /**
   * go/build's goodOSArchFile: whether a file name's {@code _GOOS}, {@code _GOARCH} or
   * {@code _GOOS_GOARCH} suffix (before {@code _test}, and before the first '.') is satisfied.
   */
  public boolean goodOSArchFile(String name) {
    int dot = name.indexOf('.');
    if (dot >= 0) name = name.substring(0, dot);
    int u = name.indexOf('_');
    if (u < 0) return true;
    String[] l = name.substring(u).split("_", -1);
    int n = l.length;
    if (n > 0 && l[n - 1].equals("test")) n--;
    if (n >= 2 && knownOS.contains(l[n - 2]) && knownArch.contains(l[n - 1])) {
      boolean a = matchTag(l[n - 1]);
      boolean b = matchTag(l[n - 2]);
      return a && b;
    }
    if (n >= 1 && (knownOS.contains(l[n - 1]) || knownArch.contains(l[n - 1]))) return matchTag(l[n - 1]);
    return true;
  }
}
