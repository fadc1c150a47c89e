package gava.loader;

import gava.syntax.Decl;
import gava.syntax.File;
import gava.syntax.Pos;
import gava.syntax.Source;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code //gava:} directives of one overlay file (each a line comment starting in column 1, as
 * gc's {@code //go:} pragmas):
 * <ul>
 *   <li>{@code //gava:java binary.class.Name.method} in the comment lines directly above a body-less
 *       function: the function is that public static Java method (of gava.runtime or the JDK),
 *       whose descriptor must be the one the Go signature maps to (design.md); calls are
 *       {@code invokestatic}s of it.
 *   <li>{@code //gava:omit a.go b.go}: drop these GOROOT files of the package entirely.
 *   <li>{@code //gava:replace-package}: the overlay is the whole package; no GOROOT file is used.
 *   <li>{@code //gava:include a.go b.go}: add these files of the package's GOROOT directory whatever
 *       their build constraints (another GOARCH's generated tables, e.g. syscall's
 *       {@code zerrors_linux_amd64.go}); they count as GOROOT files, so overlay declarations replace theirs.
 *   <li>{@code //gava:provide}: the overlay is gava's own package for a GOROOT that predates it
 *       ({@code slices} on Go 1.19); a GOROOT that has the package uses its files and not the overlay.
 *   <li>{@code //gava:share P a.go b.go}: add these files of the overlay of import path P, their
 *       package clause naming this package (declarations two overlays need alike: reflect takes
 *       internal/reflectlite's Kind list and Java bindings).
 * </ul>
 *
 * @param java each {@code //gava:java} method by the line its function declaration must start on
 * @param omit GOROOT file names to drop
 * @param include GOROOT file names to add despite their build constraints
 * @param replacePackage whether the overlay replaces the package
 * @param provide whether the overlay applies only when GOROOT lacks the package
 * @param share files of other overlays to add, as {@code P/a.go} (P an import path)
 * @param problems misspelled directives (position and message)
 */
public record OverlayDirectives(Map<Integer, Directive> java, List<String> omit, List<String> include, boolean replacePackage,
    boolean provide, List<String> share, List<Directive> problems) {

  /** A directive's position and argument (for problems: the message). */
  public record Directive(Pos pos, String text) {}

  static final String PREFIX = "//gava:";

  /** Reads the directives of a source. */
  public static OverlayDirectives scan(Source src) {
    String text = new String(src.bytes(), StandardCharsets.UTF_8);
    String[] lines = text.split("\n", -1);
    Map<Integer, Directive> java = new LinkedHashMap<>();
    List<String> omit = new ArrayList<>();
    List<String> include = new ArrayList<>();
    List<String> share = new ArrayList<>();
    List<Directive> problems = new ArrayList<>();
    boolean replace = false;
    boolean provide = false;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].stripTrailing();
      if (!line.startsWith(PREFIX)) continue;
      Pos pos = new Pos(src, i + 1, 1);
      String rest = line.substring(PREFIX.length());
      int sp = rest.indexOf(' ');
      String verb = sp < 0 ? rest : rest.substring(0, sp);
      String arg = sp < 0 ? "" : rest.substring(sp + 1).strip();
      switch (verb) {
        case "java" -> {
          if (!arg.matches("[\\p{L}_$][\\p{L}\\p{N}_$]*(\\.[\\p{L}_$][\\p{L}\\p{N}_$]*)+")) {
            problems.add(new Directive(pos, "usage: //gava:java binary.class.Name.method"));
            break;
          }
          int target = i + 1;
          while (target < lines.length && lines[target].startsWith("//")) target++;
          java.put(target + 1, new Directive(pos, arg));
        }
        case "omit" -> {
          if (arg.isEmpty()) problems.add(new Directive(pos, "usage: //gava:omit file.go..."));
          for (String f : arg.split("\\s+")) if (!f.isEmpty()) omit.add(f);
        }
        case "include" -> {
          if (arg.isEmpty()) problems.add(new Directive(pos, "usage: //gava:include file.go..."));
          for (String f : arg.split("\\s+")) if (!f.isEmpty()) include.add(f);
        }
        case "share" -> {
          String[] words = arg.split("\\s+");
          if (words.length < 2) problems.add(new Directive(pos, "usage: //gava:share import/path file.go..."));
          for (int w = 1; w < words.length; w++) share.add(words[0] + "/" + words[w]);
        }
        case "replace-package" -> replace = true;
        case "provide" -> provide = true;
        default -> problems.add(new Directive(pos, "unknown directive " + PREFIX + verb));
      }
    }
    return new OverlayDirectives(Map.copyOf(java), List.copyOf(omit), List.copyOf(include), replace, provide,
        List.copyOf(share), List.copyOf(problems));
  }

  /**
   * Binds the file's body-less functions to their {@code //gava:java} methods
   * ({@link Decl.Func#javaMethod}) and reports directives that bind nothing, functions with a body,
   * and misspelled directives.
   */
  public void bind(File f, gava.syntax.Diagnostics diags) {
    Map<Integer, Directive> left = new LinkedHashMap<>(java);
    for (Decl d : f.decls) {
      if (!(d instanceof Decl.Func fn) || fn.pos == null || fn.pos.col() != 1) continue;
      Directive dir = left.remove(fn.pos.line());
      if (dir == null) continue;
      if (fn.body != null) {
        diags.error(fn.name.pos, "can only use //gava:java with a function without body");
      } else if (fn.tparams != null && !fn.tparams.isEmpty()) {
        diags.error(fn.name.pos, "//gava:java function cannot have type parameters");
      } else {
        fn.javaMethod = dir.text();
      }
    }
    for (Directive d : left.values()) diags.error(d.pos(), "misplaced //gava:java directive: no function declaration follows");
    for (Directive d : problems) diags.error(d.pos(), d.text());
  }
}
