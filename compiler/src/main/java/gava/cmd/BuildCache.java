package gava.cmd;

import gava.codegen.CompiledProgram;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * gava's build cache: the compiled classes of whole programs, so that running an unchanged program
 * again skips parsing, checking, code generation and verification. A program's key ({@link Key})
 * hashes gava's own build id, the Java version, the build options and every file of every package
 * of the program (path and content; std files and gava's overlay files included), so a changed
 * source, a changed selection of files or a changed gava gives another key. Entries live in
 * {@code $GAVA_CACHE}, else {@code ${XDG_CACHE_HOME:-~/.cache}/gava}, as {@code XX/KEY-p} (XX the
 * key's first two hex digits); {@code GAVA_CACHE=off} disables the cache. Index entries
 * {@code XX/KEY-i} ({@link CacheIndex}) let a run find its program's key without reading its sources.
 *
 * <p>Safe for concurrent gava processes: an entry is written to a temporary file in its directory
 * and renamed into place, so readers see a complete entry or none; an entry ends in its length and
 * CRC-32, and an entry that does not match (truncated, corrupted, another format) is ignored
 * (and overwritten by the next build). Entries unused for 5 days are deleted, at most once a day
 * (as the go command trims its cache). Every problem of the cache itself is silent: a build without
 * the cache is always correct.
 */
public final class BuildCache {
  /** Format of entries and keys; change it when either changes. */
  static final String FORMAT = "gava-cache-1";
  private static final byte[] MAGIC = (FORMAT + "\n").getBytes(StandardCharsets.US_ASCII);
  private static final Duration TRIM_INTERVAL = Duration.ofDays(1);
  private static final Duration TRIM_LIMIT = Duration.ofDays(5);
  private static final Duration MTIME_INTERVAL = Duration.ofHours(1);

  private final Path dir;
  /** Lookups that found a program, those that found it by an index entry, programs written (for tests). */
  final java.util.concurrent.atomic.AtomicInteger hits = new java.util.concurrent.atomic.AtomicInteger(),
      indexHits = new java.util.concurrent.atomic.AtomicInteger(), puts = new java.util.concurrent.atomic.AtomicInteger();

  public BuildCache(Path dir) {
    this.dir = dir;
  }

  /** The cache directory. */
  public Path dir() {
    return dir;
  }

  /** The cache the environment asks for: null when {@code GAVA_CACHE=off} or no directory can be named. */
  public static BuildCache fromEnv(Map<String, String> env) {
    Path d = directory(env);
    return d == null ? null : new BuildCache(d);
  }

  /**
   * The cache directory for an environment: {@code $GAVA_CACHE} (an absolute path; "off" disables),
   * else {@code $XDG_CACHE_HOME/gava}, else {@code $HOME/.cache/gava}; null when disabled or unknown.
   */
  public static Path directory(Map<String, String> env) {
    String g = env.get("GAVA_CACHE");
    if (g != null && !g.isEmpty()) {
      if (g.equals("off")) return null;
      Path p = Path.of(g);
      return p.isAbsolute() ? p : null;
    }
    String x = env.get("XDG_CACHE_HOME");
    if (x != null && !x.isEmpty() && Path.of(x).isAbsolute()) return Path.of(x, "gava");
    String home = env.get("HOME");
    if (home == null || home.isEmpty()) home = System.getProperty("user.home");
    if (home == null || home.isEmpty() || !Path.of(home).isAbsolute()) return null;
    return Path.of(home, ".cache", "gava");
  }

  /** The entry file of a key; {@code kind}: "p" a program, "i" an index ({@link CacheIndex}). */
  Path entry(String key, String kind) {
    return dir.resolve(key.substring(0, 2)).resolve(key + "-" + kind);
  }

  /** The program cached under {@code key}, or null (missing, unreadable or corrupted entry). */
  public CompiledProgram get(String key) {
    CompiledProgram p = decode(read(key, "p"), key);
    if (p != null) hits.incrementAndGet();
    return p;
  }

  /** Stores a program under {@code key} (atomically: written aside, then renamed); failures are ignored. */
  public void put(String key, CompiledProgram program) {
    try {
      if (write(key, "p", encode(key, program))) puts.incrementAndGet();
    } catch (IOException e) {
      // not cached
    }
  }

  /** The bytes of an entry (marked used), or null. */
  byte[] read(String key, String kind) {
    Path f = entry(key, kind);
    try {
      byte[] all = Files.readAllBytes(f);
      touch(f);
      return all;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** Writes an entry atomically; false (and nothing written) on failure. */
  boolean write(String key, String kind, byte[] bytes) {
    Path f = entry(key, kind);
    Path tmp = null;
    try {
      Files.createDirectories(f.getParent());
      writeReadme();
      tmp = Files.createTempFile(f.getParent(), key.substring(0, 8) + "-", ".tmp");
      Files.write(tmp, bytes);
      try {
        Files.move(tmp, f, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING);
      }
      tmp = null;
      trim();
      return true;
    } catch (IOException | RuntimeException e) {
      if (Build.debug()) e.printStackTrace();
      return false;
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException e) {
          // leave it to trim
        }
      }
    }
  }

  /**
   * An entry: MAGIC, key, the payload, then the length and CRC-32 of all that (which catches a
   * truncated or damaged entry; the JDK computes it natively, cheaply on a cold JVM).
   */
  static byte[] frame(String key, byte[] payload) throws IOException {
    ByteArrayOutputStream bo = new ByteArrayOutputStream(payload.length + 160);
    DataOutputStream out = new DataOutputStream(bo);
    out.write(MAGIC);
    out.writeUTF(key);
    out.write(payload);
    out.flush();
    int n = bo.size();
    out.writeInt(n);
    out.writeLong(crc(bo.toByteArray(), n));
    out.flush();
    return bo.toByteArray();
  }

  private static long crc(byte[] b, int len) {
    java.util.zip.CRC32 c = new java.util.zip.CRC32();
    c.update(b, 0, len);
    return c.getValue();
  }

  /** The payload of an entry, or null when it is not a complete, intact entry for {@code key}. */
  static DataInputStream unframe(byte[] all, String key) {
    if (all == null) return null;
    int body = all.length - 12;
    if (body < MAGIC.length || !Arrays.equals(all, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) return null;
    java.nio.ByteBuffer tail = java.nio.ByteBuffer.wrap(all, body, 12);
    if (tail.getInt() != body || tail.getLong() != crc(all, body)) return null;
    try {
      DataInputStream in = new DataInputStream(new ByteArrayInputStream(all, MAGIC.length, body - MAGIC.length));
      return in.readUTF().equals(key) ? in : null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** A program entry: the main class, the classes (name, length, bytes). */
  static byte[] encode(String key, CompiledProgram program) throws IOException {
    ByteArrayOutputStream bo = new ByteArrayOutputStream(1 << 16);
    DataOutputStream out = new DataOutputStream(bo);
    out.writeUTF(program.mainClass());
    out.writeInt(program.classes().size());
    for (Map.Entry<String, byte[]> e : program.classes().entrySet()) {
      out.writeUTF(e.getKey());
      out.writeInt(e.getValue().length);
      out.write(e.getValue());
    }
    out.flush();
    return frame(key, bo.toByteArray());
  }

  /** The program of an entry, or null. */
  static CompiledProgram decode(byte[] all, String key) {
    DataInputStream in = unframe(all, key);
    if (in == null) return null;
    try {
      String main = in.readUTF();
      int n = in.readInt();
      if (n < 0 || n > all.length) return null;
      Map<String, byte[]> classes = new LinkedHashMap<>(n * 2);
      for (int i = 0; i < n; i++) {
        String name = in.readUTF();
        int len = in.readInt();
        if (len < 0 || len > all.length) return null;
        byte[] b = new byte[len];
        in.readFully(b);
        classes.put(name, b);
      }
      if (in.available() != 0 || !classes.containsKey(main)) return null;
      return new CompiledProgram(classes, main);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** Marks an entry used (its modification time, at most once an hour). */
  private static void touch(Path f) {
    try {
      FileTime now = FileTime.from(Instant.now());
      if (Files.getLastModifiedTime(f).toInstant().plus(MTIME_INTERVAL).isBefore(now.toInstant())) {
        Files.setLastModifiedTime(f, now);
      }
    } catch (IOException | RuntimeException e) {
      // only the trimming is affected
    }
  }

  private void writeReadme() throws IOException {
    Path r = dir.resolve("README");
    if (Files.exists(r)) return;
    Path tmp = Files.createTempFile(dir, "README-", ".tmp");
    Files.writeString(tmp, "This directory holds cached builds of gava (Go for the JVM).\n"
        + "Remove it, or run 'gava clean -cache', to empty it; GAVA_CACHE=off disables it.\n");
    Files.move(tmp, r, StandardCopyOption.REPLACE_EXISTING);
  }

  /** Deletes entries unused for {@link #TRIM_LIMIT} and stale temporary files, at most once a {@link #TRIM_INTERVAL}. */
  void trim() {
    Path stamp = dir.resolve("trim.txt");
    Instant now = Instant.now();
    try {
      if (Files.exists(stamp) && Files.getLastModifiedTime(stamp).toInstant().plus(TRIM_INTERVAL).isAfter(now)) return;
      Files.writeString(stamp, now.getEpochSecond() + "\n");
      try (DirectoryStream<Path> subs = Files.newDirectoryStream(dir, BuildCache::isEntryDir)) {
        for (Path sub : subs) {
          try (Stream<Path> s = Files.list(sub)) {
            for (Path f : (Iterable<Path>) s::iterator) {
              Instant t = Files.getLastModifiedTime(f).toInstant();
              Duration limit = f.toString().endsWith(".tmp") ? MTIME_INTERVAL : TRIM_LIMIT;
              if (t.plus(limit).isBefore(now)) Files.deleteIfExists(f);
            }
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      // next time
    }
  }

  private static boolean isEntryDir(Path p) {
    String n = p.getFileName().toString();
    return n.length() == 2 && HexFormat.isHexDigit(n.charAt(0)) && HexFormat.isHexDigit(n.charAt(1))
        && Files.isDirectory(p);
  }

  /**
   * Empties a cache directory as {@code go clean -cache} does: every entry directory (two hex digits)
   * and the trim stamp; the directory itself and its README stay. Returns false (after trying every
   * file) if something could not be deleted.
   */
  public static boolean clean(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) return true;
    boolean ok = true;
    try (DirectoryStream<Path> subs = Files.newDirectoryStream(dir, BuildCache::isEntryDir)) {
      for (Path sub : subs) {
        try (Stream<Path> s = Files.walk(sub)) {
          for (Path f : s.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
            try {
              Files.deleteIfExists(f);
            } catch (IOException e) {
              ok = false;
            }
          }
        }
      }
    }
    Files.deleteIfExists(dir.resolve("trim.txt"));
    return ok;
  }

  private static volatile String buildId;

  /**
   * gava's own build id: the system property {@code gava.buildid} when set ({@code bin/gava} passes
   * the hash of gava's sources it rebuilds by), else a hash of the class path entries holding the
   * compiler and the runtime (jar contents, or the files of a class directory). Changes whenever
   * gava is rebuilt from changed sources.
   */
  public static String buildId() {
    String id = buildId;
    if (id != null) return id;
    String p = System.getProperty("gava.buildid");
    if (p != null && !p.isBlank()) {
      id = "prop:" + p.strip();
    } else {
      Sha256 md = new Sha256();
      hashCodeSource(md, BuildCache.class);
      hashCodeSource(md, gava.runtime.Go.class);
      id = "code:" + HexFormat.of().formatHex(md.digest());
    }
    buildId = id;
    return id;
  }

  private static void hashCodeSource(Sha256 md, Class<?> c) {
    try {
      var cs = c.getProtectionDomain().getCodeSource();
      URI u = cs == null || cs.getLocation() == null ? null : cs.getLocation().toURI();
      Path p = u == null ? null : Path.of(u);
      if (p == null) {
        md.update(("unknown:" + c.getName() + System.nanoTime()).getBytes(StandardCharsets.UTF_8));
      } else if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.walk(p)) {
          for (Path f : s.filter(Files::isRegularFile).sorted().toList()) {
            md.update(p.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
            md.update(Files.readAllBytes(f));
          }
        }
      } else {
        try (InputStream in = Files.newInputStream(p)) {
          byte[] buf = new byte[1 << 16];
          for (int n; (n = in.read(buf)) > 0; ) md.update(buf, 0, n);
        }
      }
    } catch (Exception e) {
      // an unknown build id: a key nobody else produces (no hits, but correct)
      md.update(("error:" + e + System.nanoTime()).getBytes(StandardCharsets.UTF_8));
    }
  }

  /** Builds a cache key: an unambiguous stream of strings and byte arrays hashed with SHA-256. */
  public static final class Key {
    private final Sha256 md = new Sha256();
    private final byte[] len = new byte[8];

    public Key() {
      add(FORMAT);
      add(buildId());
      add(Runtime.version().toString());
    }

    public Key add(String s) {
      return add(s == null ? new byte[] {(byte) 0xff} : s.getBytes(StandardCharsets.UTF_8));
    }

    public Key add(byte[] b) {
      long n = b.length;
      for (int i = 0; i < 8; i++) len[i] = (byte) (n >>> (8 * i));
      md.update(len);
      md.update(b);
      return this;
    }

    public Key add(boolean b) {
      return add(b ? "true" : "false");
    }

    /** The key, 64 hex digits. */
    public String hex() {
      return HexFormat.of().formatHex(md.digest());
    }
  }

  /** Sorted copy of a map, for hashing maps whose iteration order is not fixed. */
  static Map<String, String> sorted(Map<String, String> m) {
    return new java.util.TreeMap<>(m == null ? new HashMap<>() : m);
  }
}
