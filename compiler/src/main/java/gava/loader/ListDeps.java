package gava.loader;

import gava.syntax.Diagnostics;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A debugging aid like {@code go list -deps}: {@code java gava.loader.ListDeps [-files] [-arch=GOARCH] [-tags=a,b] path...}
 * prints the packages the given import paths (or directories, when a path starts with '.' or '/')
 * need, in dependency order, under gava's default context for the GOROOT found.
 */
public final class ListDeps {
  private ListDeps() {}

  public static void main(String[] args) throws Exception {
    boolean files = false;
    String arch = null;
    String tags = null;
    int i = 0;
    for (; i < args.length && args[i].startsWith("-"); i++) {
      if (args[i].equals("-files")) files = true;
      else if (args[i].startsWith("-arch=")) arch = args[i].substring(6);
      else if (args[i].startsWith("-tags=")) tags = args[i].substring(6);
    }
    String[] rest = Arrays.copyOfRange(args, i, args.length);
    Diagnostics diags = new Diagnostics();
    Loader l;
    try {
      l = Loader.standard(diags);
      BuildContext c = l.context();
      if (arch != null) c = c.withGoarch(arch);
      if (tags != null) c = c.withBuildTags(tags.isEmpty() ? java.util.List.of() : Arrays.asList(tags.split(",")));
      l = new Loader(l.goroot(), c, diags, Path::toString, System.getenv());
    } catch (Goroot.NotFound e) {
      System.err.println("gava: " + e.getMessage());
      System.exit(1);
      return;
    }
    Program p;
    if (rest.length == 1 && (rest[0].startsWith(".") || rest[0].startsWith("/"))) {
      p = l.loadDir(Path.of(rest[0]));
    } else {
      p = l.loadImportPaths(Arrays.asList(rest), Path.of("."));
    }
    for (LoadedPackage lp : p.packages()) {
      System.out.println(files ? lp.importPath() + " " + lp.files().stream()
          .map(f -> f.path().getFileName().toString()).toList() : lp.importPath());
    }
    for (String line : diags.render(true, false)) System.err.println(line);
    System.exit(diags.hasErrors() ? 1 : 0);
  }
}
