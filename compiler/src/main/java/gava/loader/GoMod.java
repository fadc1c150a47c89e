package gava.loader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A parsed go.mod file: the module path, go and toolchain versions, require, replace and exclude
 * directives (retract and godebug lines are accepted and skipped). Lines and {@code verb ( ... )}
 * blocks, {@code //} comments, and quoted ({@code "..."} or {@code `...`}) tokens are handled as
 * golang.org/x/mod/modfile does. {@code requireLines} holds the line of each require (for messages).
 */
public record GoMod(
    Path file,
    String module,
    String go,
    String toolchain,
    List<Require> requires,
    List<Replace> replaces,
    List<ModuleVersion> excludes,
    List<Integer> requireLines) {

  public record ModuleVersion(String path, String version) {}

  /** {@code require path version [// indirect]}. */
  public record Require(String path, String version, boolean indirect) {}

  /**
   * {@code replace old [oldVersion] => new [newVersion]}: oldVersion null means every version;
   * newVersion is null when {@code newPath} is a directory ({@link #isLocal}).
   */
  public record Replace(String oldPath, String oldVersion, String newPath, String newVersion) {
    public boolean isLocal() {
      return isDirectoryPath(newPath);
    }
  }

  /** A go.mod that cannot be parsed; the message is {@code file:line: problem}, as go prints it. */
  public static final class Malformed extends Exception {
    public Malformed(String message) {
      super(message);
    }
  }

  /** modfile.IsDirectoryPath: a replacement that names a directory. */
  public static boolean isDirectoryPath(String p) {
    return p.startsWith("./") || p.startsWith("../") || p.startsWith("/") || p.equals(".") || p.equals("..")
        || p.startsWith(".\\") || p.startsWith("..\\") || (p.length() >= 2 && p.charAt(1) == ':');
  }

  public static GoMod read(Path file) throws IOException, Malformed {
    return parse(file, Files.readString(file, StandardCharsets.UTF_8));
  }

  /** Parses go.mod text; {@code file} is used for messages and for relative replacements. */
  public static GoMod parse(Path file, String text) throws Malformed {
    String module = null;
    String go = null;
    String toolchain = null;
    List<Require> requires = new ArrayList<>();
    List<Integer> requireLines = new ArrayList<>();
    List<Replace> replaces = new ArrayList<>();
    List<ModuleVersion> excludes = new ArrayList<>();
    String where = file.getFileName() == null ? file.toString() : file.toString();
    String block = null;
    int blockLine = 0;
    String[] lines = text.split("\n", -1);
    for (int ln = 0; ln < lines.length; ln++) {
      String where1 = where + ":" + (ln + 1);
      String raw = lines[ln];
      boolean indirect = false;
      String comment = commentOf(raw);
      if (comment != null && comment.strip().matches("indirect(;.*)?")) indirect = true;
      List<String> toks = tokens(raw, where1);
      if (toks.isEmpty()) continue;
      String verb;
      List<String> args;
      if (block != null) {
        if (toks.size() == 1 && toks.get(0).equals(")")) {
          block = null;
          continue;
        }
        verb = block;
        args = toks;
      } else {
        verb = toks.get(0);
        args = toks.subList(1, toks.size());
        if (args.size() == 1 && args.get(0).equals("(")) {
          if (verb.equals("module") || verb.equals("go") || verb.equals("toolchain")) {
            throw new Malformed(where1 + ": unknown block type: " + verb);
          }
          checkVerb(verb, where1);
          block = verb;
          blockLine = ln + 1;
          continue;
        }
      }
      switch (verb) {
        case "module" -> {
          if (module != null) throw new Malformed(where1 + ": repeated module statement");
          if (args.size() != 1) throw new Malformed(where1 + ": usage: module module/path");
          module = args.get(0);
        }
        case "go" -> {
          if (go != null) throw new Malformed(where1 + ": repeated go statement");
          if (args.size() != 1 || !args.get(0).matches("[1-9][0-9]*\\.(0|[1-9][0-9]*)(\\.(0|[1-9][0-9]*))?(rc[0-9]+|beta[0-9]+)?")) {
            throw new Malformed(args.size() == 1 ? where1 + ": invalid go version '" + args.get(0) + "': must match format 1.23"
                : where1 + ": usage: go 1.23");
          }
          go = args.get(0);
        }
        case "toolchain" -> {
          if (args.size() != 1) throw new Malformed(where1 + ": usage: toolchain name");
          toolchain = args.get(0);
        }
        case "require" -> {
          if (args.size() != 2) throw new Malformed(where1 + ": usage: require module/path v1.2.3");
          requires.add(new Require(args.get(0), args.get(1), indirect));
          requireLines.add(ln + 1);
        }
        case "exclude" -> {
          if (args.size() != 2) throw new Malformed(where1 + ": usage: exclude module/path v1.2.3");
          excludes.add(new ModuleVersion(args.get(0), args.get(1)));
        }
        case "replace" -> replaces.add(replace(args, where1));
        case "retract", "godebug" -> {}
        default -> throw new Malformed(where1 + ": unknown directive: " + verb);
      }
    }
    if (block != null) {
      throw new Malformed(where + ":" + lines.length + ": syntax error (unterminated block started at " + where + ":" + blockLine + ":1)");
    }
    return new GoMod(file, module, go, toolchain, List.copyOf(requires), List.copyOf(replaces), List.copyOf(excludes),
        List.copyOf(requireLines));
  }

  private static void checkVerb(String verb, String where) throws Malformed {
    switch (verb) {
      case "require", "exclude", "replace", "retract", "godebug" -> {}
      default -> throw new Malformed(where + ": unknown block type: " + verb);
    }
  }

  private static Replace replace(List<String> args, String where) throws Malformed {
    int arrow = args.indexOf("=>");
    String usage = where + ": usage: replace module/path [v1.2.3] => other/module v1.4\n\t or replace module/path [v1.2.3] => ../local/directory";
    if (arrow < 1 || arrow > 2) throw new Malformed(usage);
    String oldPath = args.get(0);
    String oldVersion = arrow == 2 ? args.get(1) : null;
    List<String> rhs = args.subList(arrow + 1, args.size());
    if (rhs.isEmpty() || rhs.size() > 2) throw new Malformed(usage);
    String newPath = rhs.get(0);
    if (rhs.size() == 1) {
      if (!isDirectoryPath(newPath)) {
        throw new Malformed(where + ": replacement module without version must be directory path (rooted or starting with ./ or ../)");
      }
      return new Replace(oldPath, oldVersion, newPath, null);
    }
    if (isDirectoryPath(newPath)) throw new Malformed(where + ": replacement module directory path \"" + newPath + "\" cannot have version");
    return new Replace(oldPath, oldVersion, newPath, rhs.get(1));
  }

  /** The text after {@code //} outside quotes, or null. */
  private static String commentOf(String line) {
    char q = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (q != 0) {
        if (c == '\\' && q == '"') i++;
        else if (c == q) q = 0;
      } else if (c == '"' || c == '`') {
        q = c;
      } else if (c == '/' && i + 1 < line.length() && line.charAt(i + 1) == '/') {
        return line.substring(i + 2);
      }
    }
    return null;
  }

  /** The tokens of a line: words, quoted strings (unquoted), "(", ")", "=>"; comments dropped. */
  private static List<String> tokens(String line, String where) throws Malformed {
    List<String> out = new ArrayList<>();
    int i = 0;
    int n = line.length();
    while (i < n) {
      char c = line.charAt(i);
      if (c == ' ' || c == '\t' || c == '\r') {
        i++;
      } else if (c == '/' && i + 1 < n && line.charAt(i + 1) == '/') {
        break;
      } else if (c == '(' || c == ')') {
        out.add(String.valueOf(c));
        i++;
      } else if (c == '=' && i + 1 < n && line.charAt(i + 1) == '>') {
        out.add("=>");
        i += 2;
      } else if (c == '"') {
        StringBuilder sb = new StringBuilder();
        i++;
        while (true) {
          if (i >= n) throw new Malformed(where + ": unterminated quoted string");
          char d = line.charAt(i++);
          if (d == '"') break;
          if (d == '\\' && i < n) d = line.charAt(i++);
          sb.append(d);
        }
        out.add(sb.toString());
      } else if (c == '`') {
        int end = line.indexOf('`', i + 1);
        if (end < 0) throw new Malformed(where + ": unterminated raw string");
        out.add(line.substring(i + 1, end));
        i = end + 1;
      } else {
        int st = i;
        while (i < n) {
          char d = line.charAt(i);
          if (d == ' ' || d == '\t' || d == '\r' || d == '(' || d == ')' || d == '"' || d == '`') break;
          if (d == '/' && i + 1 < n && line.charAt(i + 1) == '/') break;
          if (d == '=' && i + 1 < n && line.charAt(i + 1) == '>') break;
          i++;
        }
        out.add(line.substring(st, i));
      }
    }
    return out;
  }

  /** The directory holding go.mod. */
  public Path root() {
    return file.toAbsolutePath().getParent();
  }

  /** The nearest go.mod at or above {@code dir}, or null. */
  public static Path findGoMod(Path dir) {
    for (Path d = dir.toAbsolutePath().normalize(); d != null; d = d.getParent()) {
      Path f = d.resolve("go.mod");
      if (Files.isRegularFile(f)) return f;
    }
    return null;
  }
}
