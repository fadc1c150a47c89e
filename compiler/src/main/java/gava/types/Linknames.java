package gava.types;

import gava.syntax.Decl;
import gava.syntax.Diagnostics;
import gava.syntax.File;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A package's {@code //go:linkname} directives, checked as gc's noder checks them after type
 * checking (the file must import unsafe; the local name must be a package-level function or
 * variable, named once), and a variable's link to a variable of an imported package resolved:
 * {@link Var#linkname} (both then share one storage, as gc gives them one symbol). Links of
 * functions are handled by code generation (a body-less function), other links are ignored.
 */
final class Linknames {
  private Linknames() {}

  static void resolve(Package pkg, List<File> files, Diagnostics diags) {
    Set<String> linked = new HashSet<>();
    for (File f : files) {
      if (f == null || f.linknames.isEmpty()) continue;
      boolean unsafe = false;
      for (Decl d : f.decls) {
        if (d instanceof Decl.Import im && im.path != null && im.path.text.equals("\"unsafe\"")) unsafe = true;
      }
      for (File.Linkname l : f.linknames) {
        if (!unsafe) {
          diags.error(l.pos(), "//go:linkname only allowed in Go files that import \"unsafe\"");
          continue;
        }
        Obj o = pkg.scope.lookupLocal(l.local());
        if (!(o instanceof Var || o instanceof Func)) {
          diags.error(l.pos(), "//go:linkname must refer to declared function or variable");
          continue;
        }
        if (!linked.add(l.local())) {
          diags.error(l.pos(), "duplicate //go:linkname for " + l.local());
          continue;
        }
        if (o instanceof Var v && l.remote() != null) v.linkname = target(pkg, l.remote(), v.type);
      }
    }
  }

  /** The package-level variable {@code path.name} of a package pkg imports (directly or not) of the given type, or null. */
  private static Var target(Package pkg, String remote, Type type) {
    int dot = remote.lastIndexOf('.');
    if (dot <= 0) return null;
    String path = remote.substring(0, dot), name = remote.substring(dot + 1);
    Package p = find(pkg, path, new HashSet<>());
    if (p == null || !(p.scope.lookupLocal(name) instanceof Var t) || !Types.identical(t.type, type)) return null;
    return t;
  }

  private static Package find(Package pkg, String path, Set<Package> seen) {
    for (Package imp : pkg.imports) {
      if (!seen.add(imp)) continue;
      if (imp.path.equals(path)) return imp;
      Package p = find(imp, path, seen);
      if (p != null) return p;
    }
    return null;
  }
}
