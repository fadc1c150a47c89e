package gava.cmd;

import gava.loader.BuildContext;
import gava.loader.FileHeader;
import gava.loader.PackageDir;
import gava.syntax.Source;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Which files of a directory make up its package, as the go command decides (the logic lives in
 * {@link gava.loader.PackageDir}; this is the command's context for user programs): {@code .go}
 * files not starting with {@code _} or {@code .}, not {@code _test.go}, whose name suffixes
 * ({@code _GOOS}, {@code _GOARCH}, {@code _GOOS_GOARCH}) and build constraints ({@code //go:build}
 * or else {@code // +build} lines before the package clause) are satisfied. gava builds user
 * programs for linux/amd64; the satisfied tags are {@link #TAGS} and {@code go1.1} to {@code go1.24}.
 */
public final class GoFiles {
  private GoFiles() {}

  /** Build tags that hold for gava. ("ignore" and everything unknown do not.) */
  public static final Set<String> TAGS = Set.of("linux", "unix", "amd64", "gava");

  /** The command's build context: GOOS linux, GOARCH amd64, compiler "gava", cgo off, Go 1.24 release tags. */
  public static final BuildContext CONTEXT = BuildContext.defaults(24)
      .withGoarch("amd64").withBuildTags(List.of()).withCgo(false)
      .withCompiler("gava");

  /** The package's files of {@code dir}, sorted by name. */
  public static List<Path> packageFiles(Path dir) throws IOException {
    try (var s = Files.list(dir)) {
      // (the directory's listing errors are the caller's to report)
    }
    return PackageDir.read(dir, CONTEXT, Path::toString).paths();
  }

  /** The GOOS/GOARCH file name suffix rule. */
  static boolean nameMatches(String name) {
    return CONTEXT.goodOSArchFile(name);
  }

  /** Whether the build constraints in the file's header (before the package clause) hold. */
  static boolean constraintsHold(byte[] src) {
    return PackageDir.shouldBuild(FileHeader.read(new Source("x.go", src)), CONTEXT);
  }

  static boolean tag(String t) {
    return CONTEXT.matchTag(t);
  }
}
