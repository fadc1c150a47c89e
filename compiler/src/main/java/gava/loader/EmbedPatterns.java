package gava.loader;

import gava.syntax.Embed;
import gava.syntax.Pos;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The go command's side of {@code //go:embed}: go/build's collection of a package's patterns (the
 * {@code //go:embed} lines after the imports of each file that imports "embed", with each
 * pattern's position) and cmd/go's resolveEmbed, which maps each pattern to the package's files it
 * names (path.Match globs relative to the package directory, {@code all:} prefix, directories
 * embedded recursively without {@code .}/{@code _} files, module boundaries) or to the first error,
 * worded as go: {@code pattern X: no matching files found}.
 */
public final class EmbedPatterns {
  private EmbedPatterns() {}

  /**
   * A package's resolved patterns: each pattern's files (slash paths relative to the package
   * directory, sorted), all files, what resolution looked at (directories and files: the build
   * cache's index records them), or the first error with the position of its pattern.
   */
  public record Result(Map<String, List<String>> patterns, List<String> files, Set<Path> looked, Pos errorPos, String error) {
    static final Result NONE = new Result(Map.of(), List.of(), Set.of(), null, null);
  }

  /** go/build's EmbedPatterns with EmbedPatternPos: the patterns of the files (sorted), each with its positions. */
  public static Map<String, List<Pos>> collect(List<PackageDir.GoFile> files) {
    Map<String, List<Pos>> out = new TreeMap<>();
    for (PackageDir.GoFile f : files) {
      if (f.header() == null || f.source() == null) continue;
      int lastImportLine = 0;
      boolean hasEmbed = false;
      for (FileHeader.ImportSpec s : f.header().imports()) {
        if (s.path().equals("embed")) hasEmbed = true;
        if (s.pos() != null) lastImportLine = Math.max(lastImportLine, s.pos().line());
      }
      if (!hasEmbed) continue;
      scan(f, lastImportLine, out);
    }
    return out;
  }

  /** go/build's findEmbed: {@code //go:embed} comments at the start of a line (outside literals and comments) after the imports. */
  private static void scan(PackageDir.GoFile f, int fromLine, Map<String, List<Pos>> out) {
    byte[] b = f.source().bytes();
    int n = b.length;
    int i = 0;
    int line = 1;
    while (i < n && line <= fromLine) { // skip to the line after the last import spec
      if (b[i++] == '\n') line++;
    }
    boolean startLine = true;
    while (i < n) {
      byte c = b[i];
      switch (c) {
        case '\n' -> {
          startLine = true;
          line++;
          i++;
        }
        case ' ', '\t' -> i++;
        case '"', '\'' -> {
          startLine = false;
          i++;
          while (i < n && b[i] != c && b[i] != '\n') i += b[i] == '\\' ? 2 : 1;
          if (i < n && b[i] == c) i++;
        }
        case '`' -> {
          startLine = false;
          i++;
          while (i < n && b[i] != '`') {
            if (b[i] == '\n') line++;
            i++;
          }
          i++;
        }
        case '/' -> {
          if (i + 1 < n && b[i + 1] == '*') {
            i += 2;
            while (i < n && !(b[i] == '*' && i + 1 < n && b[i + 1] == '/')) {
              if (b[i] == '\n') line++;
              i++;
            }
            i += 2;
            startLine = false;
          } else if (i + 1 < n && b[i + 1] == '/') {
            int end = i;
            while (end < n && b[end] != '\n') end++;
            String text = new String(b, i, end - i, java.nio.charset.StandardCharsets.UTF_8);
            if (startLine && text.length() > 11 && text.startsWith("//go:embed") && (text.charAt(10) == ' ' || text.charAt(10) == '\t')) {
              int col = columnOf(b, i);
              int l = line;
              try {
                // (badly formed lines are left to the compiler, as go/build does)
                for (Embed.Pattern p : Embed.parse(text.substring(10), off -> new Pos(f.source(), l, col + text.codePointCount(0, 10 + off)))) {
                  out.computeIfAbsent(p.text(), k -> new ArrayList<>()).add(p.pos());
                }
              } catch (Embed.BadDirective e) {
                // the compiler reports it
              }
            }
            i = end;
            startLine = true;
          } else {
            startLine = false;
            i++;
          }
        }
        default -> {
          startLine = false;
          i++;
        }
      }
    }
  }

  /** The 1-based column (in runes) of byte offset {@code at}. */
  private static int columnOf(byte[] b, int at) {
    int start = at;
    while (start > 0 && b[start - 1] != '\n') start--;
    String prefix = new String(b, start, at - start, java.nio.charset.StandardCharsets.UTF_8);
    return prefix.codePointCount(0, prefix.length()) + 1;
  }

  /** The patterns of a loaded package, resolved ({@link #resolve}); {@link Result#NONE} without any. */
  public static Result of(LoadedPackage lp) {
    return of(lp.dir(), lp.files());
  }

  /** The patterns of these files of the package in {@code dir}, resolved. */
  public static Result of(Path dir, List<PackageDir.GoFile> files) {
    Map<String, List<Pos>> pats = collect(files);
    if (pats.isEmpty()) return Result.NONE;
    return resolve(dir, pats);
  }

  /** cmd/go's resolveEmbed over the sorted patterns; the first failing pattern ends it. */
  public static Result resolve(Path pkgdir, Map<String, List<Pos>> patterns) {
    Map<String, List<String>> pmap = new TreeMap<>();
    Set<String> all = new TreeSet<>();
    Set<Path> looked = new LinkedHashSet<>();
    Path dir = pkgdir.toAbsolutePath().normalize();
    Set<Path> dirOK = new java.util.HashSet<>();
    for (Map.Entry<String, List<Pos>> e : patterns.entrySet()) {
      String pattern = e.getKey();
      Pos pos = e.getValue().get(0);
      String err = resolveOne(dir, pattern, dirOK, looked, pmap);
      if (err != null) return new Result(pmap, List.of(), looked, pos, "pattern " + pattern + ": " + err);
      all.addAll(pmap.get(pattern));
    }
    return new Result(pmap, List.copyOf(all), looked, null, null);
  }

  private static String resolveOne(Path pkgdir, String pattern, Set<Path> dirOK, Set<Path> looked, Map<String, List<String>> pmap) {
    boolean allFiles = pattern.startsWith("all:");
    String glob = allFiles ? pattern.substring(4) : pattern;
    if (!PathMatch.valid(glob) || glob.equals(".") || !validPath(glob)) return "invalid pattern syntax";
    List<Path> match = glob(pkgdir, glob, looked);
    Set<String> have = new LinkedHashSet<>();
    for (Path file : match) {
      String rel = pkgdir.relativize(file).toString().replace('\\', '/');
      BasicFileAttributes info = lstat(file);
      if (info == null) continue;
      looked.add(file);
      String what = info.isDirectory() ? "directory" : "file";
      // directories along the path must not begin a new module, be files, or have bad names
      for (Path d = file; d.getNameCount() > pkgdir.getNameCount() && !dirOK.contains(d); d = d.getParent()) {
        looked.add(d);
        if (Files.exists(d.resolve("go.mod"))) return "cannot embed " + what + " " + rel + ": in different module";
        if (!d.equals(file)) {
          BasicFileAttributes di = lstat(d);
          if (di != null && !di.isDirectory()) {
            return "cannot embed " + what + " " + rel + ": in non-directory " + pkgdir.relativize(d);
          }
        }
        dirOK.add(d);
        String elem = d.getFileName().toString();
        if (isBadEmbedName(elem)) {
          return d.equals(file) ? "cannot embed " + what + " " + rel + ": invalid name " + elem
              : "cannot embed " + what + " " + rel + ": in invalid directory " + elem;
        }
      }
      if (info.isRegularFile()) {
        have.add(rel);
      } else if (info.isDirectory()) {
        int[] count = {0};
        walk(pkgdir, file, file, allFiles, have, count, looked);
        if (count[0] == 0) return "cannot embed directory " + rel + ": contains no embeddable files";
      } else {
        return "cannot embed irregular file " + rel;
      }
    }
    if (have.isEmpty()) return "no matching files found";
    List<String> list = new ArrayList<>(have);
    list.sort(null);
    pmap.put(pattern, List.copyOf(list));
    return null;
  }

  /** filepath.Walk from {@code root} as resolveEmbed walks a directory (lexical order, no symlinks followed). */
  private static void walk(Path pkgdir, Path root, Path p, boolean allFiles, Set<String> have, int[] count, Set<Path> looked) {
    BasicFileAttributes info = lstat(p);
    if (info == null) return;
    String name = p.getFileName().toString();
    if (!p.equals(root) && (isBadEmbedName(name) || ((name.startsWith(".") || name.startsWith("_")) && !allFiles))) return;
    if (info.isDirectory()) {
      looked.add(p);
      if (Files.exists(p.resolve("go.mod"))) return;
      for (String n : sortedNames(p)) walk(pkgdir, root, p.resolve(n), allFiles, have, count, looked);
      return;
    }
    if (!info.isRegularFile()) return;
    looked.add(p);
    count[0]++;
    have.add(pkgdir.relativize(p).toString().replace('\\', '/'));
  }

  /** filepath.Glob of {@code glob} (slash-separated, relative to dir): matches in lexical order per directory. */
  private static List<Path> glob(Path dir, String glob, Set<Path> looked) {
    List<Path> cur = List.of(dir);
    String[] elems = glob.split("/");
    if (!PathMatch.hasMeta(glob)) {
      Path p = dir.resolve(glob);
      looked.add(p);
      return lstat(p) != null ? List.of(p) : List.of();
    }
    for (String elem : elems) {
      List<Path> next = new ArrayList<>();
      for (Path d : cur) {
        if (!PathMatch.hasMeta(elem)) {
          Path p = d.resolve(elem);
          looked.add(p);
          if (lstat(p) != null) next.add(p);
          continue;
        }
        looked.add(d);
        if (!Files.isDirectory(d)) continue;
        for (String n : sortedNames(d)) {
          if (PathMatch.match(elem, n)) next.add(d.resolve(n));
        }
      }
      cur = next;
    }
    return cur;
  }

  private static List<String> sortedNames(Path d) {
    try (Stream<Path> s = Files.list(d)) {
      List<String> names = new ArrayList<>(s.map(x -> x.getFileName().toString()).toList());
      names.sort(null);
      return names;
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
  }

  private static BasicFileAttributes lstat(Path p) {
    try {
      return Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** io/fs.ValidPath: unrooted, slash-separated, no empty, "." or ".." elements. */
  static boolean validPath(String name) {
    if (name.equals(".")) return true;
    for (String elem : name.split("/", -1)) {
      if (elem.isEmpty() || elem.equals(".") || elem.equals("..")) return false;
    }
    return true;
  }

  /** cmd/go's isBadEmbedName: names module zips cannot hold (module.CheckFilePath) and VCS directories. */
  static boolean isBadEmbedName(String name) {
    if (name.isEmpty() || name.equals(".bzr") || name.equals(".hg") || name.equals(".git") || name.equals(".svn")) return true;
    if (name.chars().allMatch(c -> c == '.')) return true;
    if (name.endsWith(".")) return true;
    for (int i = 0; i < name.length(); ) {
      int r = name.codePointAt(i);
      i += Character.charCount(r);
      boolean ok = r < 0x80 ? (r >= '0' && r <= '9' || r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || "!#$%&()+,-.=@[]^_{}~ ".indexOf(r) >= 0)
          : Character.isLetter(r);
      if (!ok) return true;
    }
    int dot = name.indexOf('.');
    String shortName = dot >= 0 ? name.substring(0, dot) : name;
    for (String bad : List.of("CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
        "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9")) {
      if (bad.equalsIgnoreCase(shortName)) return true;
    }
    return false;
  }

  /**
   * The compiler's embedFileList: the files of the patterns in the order embed.FS keeps them
   * (embedFileLess: by directory, then element), for an FS with every parent directory as an entry
   * of its own ending in "/". Patterns the build did not map are skipped.
   */
  public static List<String> fileList(Result r, List<String> patterns, boolean fs) {
    Set<String> have = new java.util.HashSet<>();
    List<String> list = new ArrayList<>();
    for (String p : patterns) {
      for (String file : r.patterns().getOrDefault(p, List.of())) {
        if (have.add(file)) list.add(file);
        if (fs) {
          for (String d = parent(file); !d.equals(".") && have.add(d); d = parent(d)) list.add(d + "/");
        }
      }
    }
    list.sort(EmbedPatterns::embedFileLess);
    return list;
  }

  private static String parent(String p) {
    int i = p.lastIndexOf('/');
    return i < 0 ? "." : p.substring(0, i);
  }

  /** The compiler's embedFileLess (byte order of directory, then element). */
  static int embedFileLess(String x, String y) {
    String[] a = split(x), b = split(y);
    int c = compareBytes(a[0], b[0]);
    return c != 0 ? c : compareBytes(a[1], b[1]);
  }

  private static String[] split(String name) {
    if (name.endsWith("/")) name = name.substring(0, name.length() - 1);
    int i = name.lastIndexOf('/');
    return i < 0 ? new String[] {".", name} : new String[] {name.substring(0, i), name.substring(i + 1)};
  }

  private static int compareBytes(String x, String y) {
    return java.util.Arrays.compareUnsigned(x.getBytes(java.nio.charset.StandardCharsets.UTF_8), y.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  /** Reads the package's embedded files (relative names) into a map; unreadable ones are absent. */
  public static Map<String, byte[]> contents(Path pkgdir, List<String> files) {
    Map<String, byte[]> out = new HashMap<>();
    for (String f : files) {
      try {
        out.put(f, Files.readAllBytes(pkgdir.resolve(f)));
      } catch (IOException | RuntimeException e) {
        // reported by the compiler
      }
    }
    return out;
  }
}
