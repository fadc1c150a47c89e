package gava.loader;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The module cache as the go command lays it out ({@code $GOMODCACHE}, default
 * {@code $GOPATH/pkg/mod}): a module version's files extracted in {@code <path>@<version>/} and what
 * was downloaded in {@code cache/download/<path>/@v/<version>.{info,mod,zip,ziphash}}, paths and
 * versions case-encoded ({@link ImportResolver#escapePath}). So a cache filled by {@code go mod
 * download} works as is, and one filled by gava works for go. Missing files are fetched through
 * {@link ModProxy} (printing {@code go: downloading path version} as go does); a zip is extracted
 * with read-only files as go does.
 */
public final class ModCache {
  /** A module version that cannot be had; the message is go's. */
  public static final class Failure extends Exception {
    public Failure(String message) {
      super(message);
    }
  }

  private final Path root;
  private final ModProxy proxy;
  private final PrintStream progress;

  public ModCache(Path root, ModProxy proxy, PrintStream progress) {
    this.root = root;
    this.proxy = proxy;
    this.progress = progress;
  }

  /** The cache of the environment ({@link ImportResolver#defaultModCache}, GOPROXY), progress on stderr. */
  public static ModCache fromEnv(Map<String, String> env) {
    Path r = ImportResolver.defaultModCache(env);
    return new ModCache(r == null ? Path.of(System.getProperty("java.io.tmpdir"), "gava-modcache") : r, ModProxy.fromEnv(env), System.err);
  }

  public Path root() {
    return root;
  }

  /** Where a module version's files are extracted. */
  public Path dir(String path, String version) {
    return root.resolve(ImportResolver.escapePath(path) + "@" + ImportResolver.escapePath(version));
  }

  /** {@code cache/download/<path>/@v/<version>.<ext>}. */
  public Path download(String path, String version, String ext) {
    return root.resolve("cache/download").resolve(ImportResolver.escapePath(path)).resolve("@v")
        .resolve(ImportResolver.escapePath(version) + "." + ext);
  }

  /** The module's go.mod (the cached .mod file, fetched if missing). */
  public byte[] goMod(String path, String version) throws Failure {
    Path f = download(path, version, "mod");
    try {
      return Files.readAllBytes(f);
    } catch (NoSuchFileException e) {
      // fetch it
    } catch (IOException e) {
      throw new Failure(path + "@" + version + ": " + e.getMessage());
    }
    byte[] b;
    try {
      b = proxy.fetch(path, version, "mod");
    } catch (ModProxy.Failure e) {
      throw new Failure(e.getMessage());
    }
    write(f, b, path, version);
    return b;
  }

  /** Whether the module's files are in the cache (extracted, or as a zip). */
  public boolean has(String path, String version) {
    return Files.isDirectory(dir(path, version)) || Files.isRegularFile(download(path, version, "zip"));
  }

  /**
   * The directory of a module version's files: extracted already, else extracted from the cached
   * zip, else downloaded (zip, .ziphash, .info and .mod as go writes them) and extracted.
   */
  public Path ensureDir(String path, String version) throws Failure {
    Path d = dir(path, version);
    if (Files.isDirectory(d)) return d;
    Path zip = download(path, version, "zip");
    if (!Files.isRegularFile(zip)) {
      if (progress != null) {
        progress.println("go: downloading " + path + " " + version);
        progress.flush();
      }
      byte[] z;
      try {
        z = proxy.fetch(path, version, "zip");
      } catch (ModProxy.Failure e) {
        throw new Failure(e.getMessage());
      }
      write(zip, z, path, version);
      try {
        write(download(path, version, "ziphash"), DirHash.hashZip(zip).getBytes(StandardCharsets.UTF_8), path, version);
        if (!Files.exists(download(path, version, "info"))) {
          try {
            write(download(path, version, "info"), proxy.fetch(path, version, "info"), path, version);
          } catch (ModProxy.Failure e) {
            // the .info file is optional
          }
        }
        if (!Files.exists(download(path, version, "mod"))) goMod(path, version);
      } catch (IOException e) {
        throw new Failure(path + "@" + version + ": not a valid zip file: " + e.getMessage());
      }
    }
    extract(zip, d, path, version);
    return d;
  }

  /** The module zip's hash: the .ziphash file, else computed from the zip, else from the extracted files. */
  public String zipHash(String path, String version) throws Failure {
    try {
      Path zh = download(path, version, "ziphash");
      if (Files.isRegularFile(zh)) return Files.readString(zh, StandardCharsets.UTF_8).strip();
      Path zip = download(path, version, "zip");
      if (Files.isRegularFile(zip)) return DirHash.hashZip(zip);
      return DirHash.hashDir(dir(path, version), path + "@" + version);
    } catch (IOException e) {
      throw new Failure(path + "@" + version + ": " + e.getMessage());
    }
  }

  private static void write(Path f, byte[] b, String path, String version) throws Failure {
    try {
      Files.createDirectories(f.getParent());
      Path tmp = Files.createTempFile(f.getParent(), f.getFileName().toString(), ".tmp");
      Files.write(tmp, b);
      Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new Failure(path + "@" + version + ": cannot write the module cache: " + e.getMessage());
    }
  }

  /** Extracts a module zip (entries {@code path@version/...}) into {@code dir}, files read-only. */
  private static void extract(Path zip, Path dir, String path, String version) throws Failure {
    String prefix = path + "@" + version + "/";
    Path tmp = null;
    try {
      Files.createDirectories(dir.getParent());
      tmp = Files.createTempDirectory(dir.getParent(), dir.getFileName().toString() + ".tmp-");
      try (ZipFile z = new ZipFile(zip.toFile())) {
        for (ZipEntry e : Collections.list(z.entries())) {
          String name = e.getName();
          if (!name.startsWith(prefix)) throw new Failure(path + "@" + version + ": zip file has unexpected file " + name);
          String rel = name.substring(prefix.length());
          if (rel.isEmpty() || e.isDirectory()) continue;
          Path out = tmp.resolve(rel).normalize();
          if (!out.startsWith(tmp) || rel.contains("..")) throw new Failure(path + "@" + version + ": zip file has malformed file " + name);
          Files.createDirectories(out.getParent());
          try (InputStream in = z.getInputStream(e)) {
            Files.copy(in, out);
          }
          out.toFile().setWritable(false, false);
        }
      }
      try (Stream<Path> s = Files.walk(tmp)) {
        for (Path p : s.filter(Files::isDirectory).sorted(Comparator.reverseOrder()).toList()) p.toFile().setWritable(false, false);
      }
      tmp.toFile().setWritable(true); // (made read-only below, once renamed)
      Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
      dir.toFile().setWritable(false, false);
      tmp = null;
    } catch (IOException e) {
      if (Files.isDirectory(dir)) return; // extracted by someone else meanwhile
      throw new Failure(path + "@" + version + ": cannot extract " + zip + ": " + e.getMessage());
    } finally {
      if (tmp != null) deleteTree(tmp);
    }
  }

  private static void deleteTree(Path d) {
    try (Stream<Path> s = Files.walk(d)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        p.toFile().setWritable(true);
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // left behind
    }
  }
}
