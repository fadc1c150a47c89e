package gava.syntax;

/** One Go source file: the path as the user named it (used in diagnostics) and its bytes. */
public record Source(String path, byte[] bytes) {}
