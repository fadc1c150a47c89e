package gava.loader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * golang.org/x/mod/sumdb/dirhash's Hash1, the {@code h1:} hashes of go.sum: SHA-256 over the sorted
 * lines {@code "<sha256 hex of the file>  <name>\n"} of a set of files, base64 encoded. A module's
 * hash is over its zip's files (named {@code path@version/...}), the hash of its go.mod over the
 * one file named {@code go.mod}.
 */
public final class DirHash {
  private DirHash() {}

  /** Hash1 of named contents (sorted by name here). */
  public static String hash1(Map<String, byte[]> files) {
    MessageDigest all = sha256();
    for (Map.Entry<String, byte[]> e : new TreeMap<>(files).entrySet()) {
      if (e.getKey().contains("\n")) throw new IllegalArgumentException("dirhash: filename with newline");
      String hex = HexFormat.of().formatHex(sha256().digest(e.getValue()));
      all.update((hex + "  " + e.getKey() + "\n").getBytes(StandardCharsets.UTF_8));
    }
    return "h1:" + Base64.getEncoder().encodeToString(all.digest());
  }

  /** The hash of a go.mod file's content. */
  public static String goModHash(byte[] content) {
    return hash1(Map.of("go.mod", content));
  }

  /** HashZip: over the zip's file entries (directories skipped). */
  public static String hashZip(Path zip) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (ZipFile z = new ZipFile(zip.toFile())) {
      for (ZipEntry e : java.util.Collections.list(z.entries())) {
        if (e.isDirectory()) continue;
        try (InputStream in = z.getInputStream(e)) {
          files.put(e.getName(), in.readAllBytes());
        }
      }
    }
    return hash1(files);
  }

  /** HashDir: over the regular files under {@code dir}, named {@code prefix/relative/path}. */
  public static String hashDir(Path dir, String prefix) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    List<Path> all = new ArrayList<>();
    try (Stream<Path> s = Files.walk(dir)) {
      s.filter(Files::isRegularFile).forEach(all::add);
    }
    for (Path p : all) {
      String rel = dir.relativize(p).toString().replace('\\', '/');
      files.put(prefix + "/" + rel, Files.readAllBytes(p));
    }
    return hash1(files);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
