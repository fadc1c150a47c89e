package gava.loader;

import gava.syntax.Diagnostics;
import gava.syntax.File;
import gava.syntax.Parser;
import gava.syntax.Pos;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * gava's overlays of standard-library packages: for a std package P, the {@code .go} files of
 * {@code stdlib/overlay/P/} in the repository (packaged as the compiler's resources under
 * {@code gava/stdlib/overlay/P/}; the system property {@code gava.overlay} names another root) are
 * compiled with P's GOROOT files (build constraints apply to both). Per declaration, an overlay
 * replaces the same-named GOROOT declaration ({@link OverlayMerge}); its directives
 * ({@link OverlayDirectives}) drop GOROOT files ({@code //gava:omit}), replace the whole package
 * ({@code //gava:replace-package}), bind body-less functions to Java methods ({@code //gava:java}) or
 * take files of another overlay ({@code //gava:share}).
 *
 * <p>At load time {@link #apply} adds the overlay files to the package's files (so their imports
 * are followed) and drops the omitted GOROOT files; after loading, {@link #parse} parses a
 * {@link LoadedPackage}'s files and returns the merged syntax trees to type-check.
 */
public final class Overlay {
  private Overlay() {}

  /** Resource directory of the overlays in the compiler's class path. */
  static final String RESOURCE_DIR = "gava/stdlib/overlay";

  private static volatile Path root;
  private static volatile boolean rootKnown;

  /** The overlay root (a directory holding one directory per overlaid import path), or null. */
  public static Path root() {
    if (!rootKnown) {
      synchronized (Overlay.class) {
        if (!rootKnown) {
          root = findRoot();
          rootKnown = true;
        }
      }
    }
    return root;
  }

  private static Path findRoot() {
    String prop = System.getProperty("gava.overlay");
    if (prop != null && !prop.isEmpty()) return Path.of(prop).toAbsolutePath().normalize();
    URL url = Overlay.class.getClassLoader().getResource(RESOURCE_DIR + "/README.md");
    if (url == null) return null;
    try {
      URI uri = url.toURI();
      if (uri.getScheme().equals("file")) return Path.of(uri).getParent();
      if (uri.getScheme().equals("jar")) {
        FileSystem fs;
        try {
          fs = FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
          fs = FileSystems.getFileSystem(uri);
        }
        return fs.getPath("/" + RESOURCE_DIR);
      }
    } catch (URISyntaxException | IOException | RuntimeException e) {
      // no overlays
    }
    return null;
  }

  /** The overlay directory of an import path, or null when it has none. */
  public static Path dir(String importPath) {
    Path r = root();
    if (r == null || importPath.isEmpty() || importPath.startsWith(".")) return null;
    Path d = r.resolve(importPath);
    return Files.isDirectory(d) ? d : null;
  }

  /**
   * Whether the overlay of an import path is a {@code //gava:provide} package: gava's own for a
   * GOROOT that predates it ({@code slices} on Go 1.19).
   */
  public static boolean provides(String importPath) {
    Path d = dir(importPath);
    if (d == null) return false;
    try (Stream<Path> s = Files.list(d)) {
      for (Path p : s.filter(p -> p.getFileName().toString().endsWith(".go")).toList()) {
        gava.syntax.Source src = new gava.syntax.Source(p.toString(), Files.readAllBytes(p));
        if (OverlayDirectives.scan(src).provide()) return true;
      }
    } catch (IOException e) {
      return false;
    }
    return false;
  }

  /** Whether a file is an overlay file. */
  public static boolean isOverlay(Path p) {
    Path r = root();
    return r != null && p.getFileSystem() == r.getFileSystem() && p.toAbsolutePath().startsWith(r);
  }

  /** How an overlay file's path appears in positions and tracebacks. */
  static String display(Path p) {
    if (p.getFileSystem() == FileSystems.getDefault()) return p.toAbsolutePath().toString();
    return p.getFileSystem() + "!" + p; // the jar's path, then the entry
  }

  /**
   * The package's files with its overlay applied (for a std package with an overlay; else
   * {@code pd} itself): the GOROOT files but the omitted ones (none for a replaced package), then
   * the overlay files; their imports count as the package's. A package GOROOT lacks (its
   * directory is absent) is the overlay alone; a {@code //gava:provide} overlay applies only then.
   */
  public static PackageDir apply(String importPath, PackageDir pd, BuildContext ctx) {
    Path dir = dir(importPath);
    return dir == null ? pd : apply(dir, pd, ctx);
  }

  /** {@link #apply(String, PackageDir, BuildContext)} with the overlay directory {@code dir}. */
  static PackageDir apply(Path dir, PackageDir pd, BuildContext ctx) {
    List<Path> paths = new ArrayList<>();
    try (Stream<Path> s = Files.list(dir)) {
      s.filter(p -> p.getFileName().toString().endsWith(".go")).sorted().forEach(paths::add);
    } catch (IOException e) {
      return new PackageDir(pd.dir(), pd.name(), pd.files(), pd.ignored(), pd.testFiles(),
          "cannot read overlay " + display(dir) + ": " + e.getMessage());
    }
    if (paths.isEmpty()) return pd;
    PackageDir ov = PackageDir.fromFiles(dir, paths, ctx, Overlay::display);
    Set<String> omit = new HashSet<>();
    Set<String> include = new java.util.TreeSet<>();
    Set<String> share = new java.util.TreeSet<>();
    boolean absent = !Files.isDirectory(pd.dir()); // GOROOT predates the package: only the overlay
    boolean replace = absent;
    for (PackageDir.GoFile f : ov.files()) {
      OverlayDirectives d = OverlayDirectives.scan(f.source());
      if (d.provide() && !absent) return pd; // GOROOT's own package wins over gava's
      omit.addAll(d.omit());
      include.addAll(d.include());
      share.addAll(d.share());
      replace |= d.replacePackage();
    }
    List<PackageDir.GoFile> files = new ArrayList<>();
    List<String> ignored = new ArrayList<>(pd.ignored());
    if (!replace) {
      for (PackageDir.GoFile f : pd.files()) {
        String n = f.path().getFileName().toString();
        if (omit.contains(n)) ignored.add(n);
        else files.add(f);
      }
    }
    String included = null;
    for (String n : include) {
      if (files.stream().anyMatch(f -> f.path().getFileName().toString().equals(n))) continue;
      Path p = pd.dir().resolve(n);
      try {
        gava.syntax.Source src = new gava.syntax.Source(p.toString(), Files.readAllBytes(p));
        files.add(new PackageDir.GoFile(p, src, FileHeader.read(src)));
        ignored.remove(n);
      } catch (IOException e) {
        if (included == null) included = "cannot read included GOROOT file " + p + ": " + e.getMessage();
      }
    }
    files.addAll(ov.files());
    for (String n : share) {
      try {
        files.add(shared(dir, n, ov.name()));
      } catch (IOException e) {
        if (included == null) included = "cannot read shared overlay file " + n + ": " + e.getMessage();
      }
    }
    String name = replace || pd.name() == null ? ov.name() : pd.name();
    String error = replace ? ov.error() : pd.error() != null ? pd.error() : ov.error();
    if (error == null && ov.name() != null && name != null && !ov.name().equals(name)) {
      error = "found packages " + name + " (GOROOT) and " + ov.name() + " (overlay) in " + display(dir);
    }
    if (error == null) error = included;
    if (replace && error == null && files.isEmpty()) error = "build constraints exclude all Go files in " + display(dir);
    return new PackageDir(pd.dir(), name, List.copyOf(files), List.copyOf(ignored), pd.testFiles(), error);
  }

  /**
   * A file of another overlay ({@code //gava:share}), {@code rel} relative to the overlay root
   * (the nearest directory above {@code dir}, this overlay's, that holds it), with its package
   * clause renamed to {@code pkg}. Its positions keep its own path.
   */
  private static PackageDir.GoFile shared(Path dir, String rel, String pkg) throws IOException {
    Path p = dir.resolveSibling(rel);
    for (Path a = dir.getParent(); a != null; a = a.getParent()) {
      if (Files.isRegularFile(a.resolve(rel))) {
        p = a.resolve(rel);
        break;
      }
    }
    String text = new String(Files.readAllBytes(p), java.nio.charset.StandardCharsets.UTF_8);
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^package\\s+(\\w+)").matcher(text);
    if (pkg != null && m.find()) text = text.substring(0, m.start(1)) + pkg + text.substring(m.end(1));
    gava.syntax.Source src = new gava.syntax.Source(display(p), text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return new PackageDir.GoFile(p, src, FileHeader.read(src));
  }

  /**
   * Parses a loaded package's files and, when it has overlay files, binds their {@code //gava:java}
   * functions and merges them with the GOROOT files ({@link OverlayMerge}). Syntax errors go to
   * {@code diags}; the result has a tree for every file.
   */
  public static List<File> parse(LoadedPackage lp, Diagnostics diags) {
    List<File> goroot = new ArrayList<>();
    List<File> overlay = new ArrayList<>();
    for (PackageDir.GoFile f : lp.files()) {
      diags.at(new Pos(f.source(), 1, 1));
      File parsed = Parser.parse(f.source(), diags);
      if (lp.standard() && parsed != null) parsed.linknames = List.of(); // (the std's links go to gc's runtime: not resolved or checked)
      if (isOverlay(f.path())) {
        OverlayDirectives.scan(f.source()).bind(parsed, diags);
        overlay.add(parsed);
      } else {
        goroot.add(parsed);
      }
    }
    return overlay.isEmpty() ? goroot : OverlayMerge.merge(goroot, overlay);
  }
}
