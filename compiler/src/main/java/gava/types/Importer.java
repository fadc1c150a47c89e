package gava.types;

/**
 * How the checker finds the packages a package imports: the already checked {@link Package} of an
 * import path as written in an import declaration (the same Java object for every importer, so
 * types are shared across the program), or null when it is not available (the checker then reports
 * {@code could not import P (not supported yet)}). Package {@code unsafe} is built in and never
 * asked for.
 */
@FunctionalInterface
public interface Importer {
  Package importPackage(String path);

  /** No imports available (a single package program). */
  Importer NONE = path -> null;
}
