package gava.cmd;

import gava.codegen.CompiledProgram;
import gava.loader.GoMod;
import gava.loader.LoadedPackage;
import gava.loader.Overlay;
import gava.loader.Program;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The build cache's fast path: finding a program's cache key without loading it. Loading reads
 * every file of every package (the std's included) to apply build constraints, and hashing them
 * makes the program key; on a cold JVM that costs most of a cached run. An index entry, keyed by
 * what the command line and the environment say ({@link #key}), holds the program key and the
 * state ({@link Stat}: kind, size, modification time, file key) of everything loading looked at:
 * each package's directory (its modification time changes when files come or go) and its .go
 * files, gava's overlay directories when they are on disk, the go.mod files looked for, and the go
 * binary that named GOROOT. When all of them are as recorded the program key is the recorded one.
 *
 * <p>Files modified less than {@link #RACY_NANOS} before the index would be written are not
 * trusted (a change within the file system's timestamp granularity could go unseen): then no
 * index is written and the next run loads and hashes the sources as usual.
 */
final class CacheIndex {
  private CacheIndex() {}

  static final long RACY_NANOS = TimeUnit.SECONDS.toNanos(2);
  /** {@link #RACY_NANOS}, but settable by tests. */
  static volatile long racyNanos = RACY_NANOS;
  private static final boolean UNIX = FileSystems.getDefault().supportedFileAttributeViews().contains("unix");

  /** Environment variables that can change what loading finds. */
  static final List<String> ENV = List.of("GOROOT", "PATH", "GOPATH", "GOMODCACHE", "GOFLAGS", "GO111MODULE",
      "GOWORK", "GOENV", "HOME", "XDG_CONFIG_HOME", "GOPROXY");

  /**
   * The state of a path: kind 'f' file, 'd' directory, 'o' other, '-' absent; size; modification
   * time; and the file key (device and inode) with the status change time (ctime: it moves on every
   * write and every change of the modification time, and cannot be set back), where the file
   * system tells them.
   */
  record Stat(String path, char kind, long size, long mtime, String fileKey) {
    static Stat of(Path p) {
      try {
        BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
        char k = a.isRegularFile() ? 'f' : a.isDirectory() ? 'd' : 'o';
        long mtime = a.lastModifiedTime().to(TimeUnit.NANOSECONDS);
        long ctime = mtime;
        if (UNIX) {
          try {
            ctime = ((FileTime) Files.getAttribute(p, "unix:ctime")).to(TimeUnit.NANOSECONDS);
          } catch (UnsupportedOperationException | IllegalArgumentException e) {
            // modification time only
          }
        }
        return new Stat(p.toString(), k, a.isDirectory() ? 0 : a.size(), mtime, a.fileKey() + " " + ctime);
      } catch (NoSuchFileException e) {
        return new Stat(p.toString(), '-', 0, 0, "");
      } catch (IOException | RuntimeException e) {
        return new Stat(p.toString(), '?', 0, 0, String.valueOf(e.getClass()));
      }
    }

    /** The status change time recorded in {@code fileKey} (else the modification time). */
    long ctime() {
      int sp = fileKey.lastIndexOf(' ');
      try {
        return sp < 0 ? mtime : Long.parseLong(fileKey.substring(sp + 1));
      } catch (NumberFormatException e) {
        return mtime;
      }
    }

    /** Whether the path is still in this state ('l': still resolves to the real path in {@code fileKey}). */
    boolean current() {
      if (kind == 'l') {
        try {
          return Path.of(path).toRealPath().toString().equals(fileKey);
        } catch (IOException | RuntimeException e) {
          return false;
        }
      }
      Stat now = of(Path.of(path));
      // (fields compared by hand: a record's equals links an invokedynamic, costly on a cold JVM)
      return now.kind == kind && now.size == size && now.mtime == mtime && now.fileKey.equals(fileKey);
    }
  }

  /** The index key of a build: the target's paths, the options, the environment that matters. */
  static String key(ProgramBuild.Target target, ProgramBuild.Options opts, Map<String, String> env) {
    BuildCache.Key k = new BuildCache.Key().add("index").add(opts.std()).add(opts.build().verify());
    if (target.dir() != null) {
      k.add("dir").add(target.dir().toAbsolutePath().normalize().toString());
    } else {
      k.add("files");
      for (Path f : target.files()) k.add(f.toAbsolutePath().normalize().toString());
    }
    for (String v : ENV) k.add(v).add(env.get(v));
    k.add(System.getProperty("gava.overlay"));
    k.add(System.getProperty("gava.mod")); // (the -mod flag, gava.loader.Modules)
    return k.hex();
  }

  /** The program the index entry {@code key} leads to when everything it recorded is unchanged, else null. */
  static CompiledProgram lookup(BuildCache cache, String key) {
    DataInputStream in = BuildCache.unframe(cache.read(key, "i"), key);
    if (in == null) return null;
    String programKey;
    try {
      programKey = in.readUTF();
      int n = in.readInt();
      for (int i = 0; i < n; i++) {
        Stat s = new Stat(in.readUTF(), in.readChar(), in.readLong(), in.readLong(), in.readUTF());
        if (!s.current()) return null;
      }
      if (in.available() != 0) return null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
    CompiledProgram p = cache.get(programKey);
    if (p != null) cache.indexHits.incrementAndGet();
    return p;
  }

  /** Writes the index entry {@code key} for a loaded program whose key is {@code programKey}, if it can be trusted. */
  static void store(BuildCache cache, String key, String programKey, ProgramBuild.Target target, Program prog,
      Path goroot, Map<String, String> env) {
    List<Stat> stats = record(target, prog, goroot, env);
    if (stats == null) return;
    long now = System.currentTimeMillis() * 1_000_000L;
    for (Stat s : stats) {
      if (s.kind() == '?' || Math.max(s.mtime(), s.ctime()) > now - racyNanos) return;
    }
    try {
      ByteArrayOutputStream bo = new ByteArrayOutputStream();
      DataOutputStream out = new DataOutputStream(bo);
      out.writeUTF(programKey);
      out.writeInt(stats.size());
      for (Stat s : stats) {
        out.writeUTF(s.path());
        out.writeChar(s.kind());
        out.writeLong(s.size());
        out.writeLong(s.mtime());
        out.writeUTF(s.fileKey());
      }
      out.flush();
      cache.write(key, "i", BuildCache.frame(key, bo.toByteArray()));
    } catch (IOException e) {
      // no index
    }
  }

  /** What loading the program looked at, or null when that cannot be told (no index then). */
  static List<Stat> record(ProgramBuild.Target target, Program prog, Path goroot, Map<String, String> env) {
    Map<String, Stat> out = new LinkedHashMap<>();
    if (!recordGoroot(goroot, env, out)) return null;
    String mainPath = prog.main().importPath();
    for (LoadedPackage lp : prog.packages()) {
      boolean namedFiles = target.files() != null && lp.importPath().equals(mainPath);
      if (namedFiles) {
        for (Path f : target.files()) put(out, f.toAbsolutePath().normalize());
      } else if (!recordDir(lp.dir(), out)) {
        return null;
      }
      if (!lp.standard()) { // what resolving its //go:embed patterns looked at (files and directories)
        for (Path p : gava.loader.EmbedPatterns.of(lp).looked()) put(out, p);
      }
      Path ovRoot = Overlay.root();
      if (lp.standard() && ovRoot != null && ovRoot.getFileSystem() == FileSystems.getDefault()) {
        // overlays on disk (-Dgava.overlay); those in gava's jar change with its build id
        Path ov = ovRoot.resolve(lp.importPath());
        if (Files.isDirectory(ov) ? !recordDir(ov, out) : put(out, ov).kind() != '-') return null;
      } else if (!lp.standard() && gava.loader.ImportResolver.isStandardImportPath(lp.importPath())) {
        put(out, goroot.resolve("src").resolve(lp.importPath())); // (GOROOT would win)
      }
    }
    // the go.mod files looked for, from the main package's directory up
    Path mainDir = target.dir() != null ? target.dir() : target.files().get(0).getParent();
    for (Path d = (mainDir == null ? Path.of("") : mainDir).toAbsolutePath().normalize(); d != null; d = d.getParent()) {
      Stat s = put(out, d.resolve("go.mod"));
      if (s.kind() == 'f') break;
    }
    GoMod mod = prog.module();
    if (mod != null) {
      put(out, mod.file().toAbsolutePath().normalize());
      // what decides where dependencies come from and whether they may be used (gava.loader.Modules)
      put(out, mod.root().resolve("go.sum"));
      put(out, mod.root().resolve("vendor"));
      put(out, mod.root().resolve("vendor/modules.txt"));
    }
    return new ArrayList<>(out.values());
  }

  /** A directory and its non-test .go files. */
  private static boolean recordDir(Path dir, Map<String, Stat> out) {
    put(out, dir);
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.go")) {
      for (Path f : ds) {
        if (!f.getFileName().toString().endsWith("_test.go")) put(out, f);
      }
      return true;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /**
   * How GOROOT was found ({@link gava.loader.Goroot#find}): $GOROOT (part of the index key), else
   * {@code go env GOROOT} of the first go on PATH (recorded: the PATH entries looked at and the go
   * binary, trusted when GOROOT is the directory above the binary's bin/), else the first of the
   * usual places with sources (recorded: each place looked at, and /usr/lib's listing). False (no
   * index) when the GOROOT cannot be explained so.
   */
  private static boolean recordGoroot(Path goroot, Map<String, String> env, Map<String, Stat> out) {
    put(out, goroot.resolve("src/runtime"));
    put(out, goroot.resolve("src/fmt"));
    String set = env.get("GOROOT");
    if (set != null && !set.isBlank()) return true;
    String path = env.get("PATH");
    for (String dir : path == null ? new String[0] : path.split(File.pathSeparator)) {
      if (dir.isEmpty()) continue;
      Path cand = Path.of(dir, "go");
      put(out, cand);
      if (Files.isExecutable(cand) && !Files.isDirectory(cand)) {
        try {
          Path real = cand.toRealPath();
          put(out, real);
          out.put("link:" + cand, new Stat(cand.toString(), 'l', 0, 0, real.toString()));
          Path bin = real.getParent();
          return bin != null && bin.getParent() != null && bin.getParent().equals(goroot.toRealPath());
        } catch (IOException | RuntimeException e) {
          return false;
        }
      }
    }
    List<Path> places = new ArrayList<>();
    places.add(Path.of("/usr/lib/go"));
    put(out, Path.of("/usr/lib"));
    List<Path> versioned = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(Path.of("/usr/lib"), "go-1.*")) {
      for (Path p : ds) if (p.getFileName().toString().matches("go-1\\.\\d+")) versioned.add(p);
    } catch (IOException | RuntimeException e) {
      // none
    }
    versioned.sort((x, y) -> Integer.parseInt(y.getFileName().toString().substring(5))
        - Integer.parseInt(x.getFileName().toString().substring(5)));
    places.addAll(versioned);
    places.add(Path.of("/usr/local/go"));
    for (Path p : places) {
      put(out, p.resolve("src/runtime"));
      put(out, p.resolve("src/fmt"));
      if (p.equals(goroot)) return true;
    }
    return false;
  }

  private static Stat put(Map<String, Stat> out, Path p) {
    return out.computeIfAbsent(p.toString(), k -> Stat.of(p));
  }

}
