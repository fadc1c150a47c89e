package gava.loader;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One package of a loaded program.
 *
 * @param importPath the canonical import path ("command-line-arguments" for files named on a
 *     command line outside a module; "vendor/..." for the std's vendored packages)
 * @param dir its directory
 * @param name the package clause's name
 * @param files its files (constraints applied), sorted by name, with the sources to parse
 * @param importMap each import path as written in the files to the canonical import path it
 *     resolved to (they differ only for vendored packages); "C" and unresolved imports are absent
 * @param standard whether the package comes from GOROOT
 */
public record LoadedPackage(
    String importPath,
    Path dir,
    String name,
    List<PackageDir.GoFile> files,
    Map<String, String> importMap,
    boolean standard) {

  /** The canonical import paths this package imports, sorted. */
  public List<String> imports() {
    return importMap.values().stream().distinct().sorted().toList();
  }

  /** Its overlay files (gava's replacements of std declarations, see {@link Overlay}); also in {@code files}. */
  public List<PackageDir.GoFile> overlayFiles() {
    return files.stream().filter(f -> Overlay.isOverlay(f.path())).toList();
  }

  /** The paths of its files. */
  public List<Path> paths() {
    return files.stream().map(PackageDir.GoFile::path).toList();
  }
}
