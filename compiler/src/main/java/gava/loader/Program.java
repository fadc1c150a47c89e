package gava.loader;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The result of loading: every package reached, in dependency order (each after all it imports;
 * among independent packages, the order of a depth-first walk over sorted imports, as
 * {@code go list -deps} prints them). {@code roots} are the packages asked for (for a program, its
 * main package, which is then last). {@code module} is the main module, or null.
 */
public record Program(List<LoadedPackage> packages, List<LoadedPackage> roots, GoMod module) {

  /** The packages by canonical import path. */
  public Map<String, LoadedPackage> byPath() {
    return packages.stream().collect(Collectors.toMap(LoadedPackage::importPath, Function.identity()));
  }

  /** The first root (the main package of a program). */
  public LoadedPackage main() {
    return roots.isEmpty() ? null : roots.get(0);
  }
}
