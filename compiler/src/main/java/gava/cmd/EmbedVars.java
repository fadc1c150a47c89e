package gava.cmd;

import gava.loader.EmbedPatterns;
import gava.loader.LoadedPackage;
import gava.syntax.Decl;
import gava.syntax.Diagnostics;
import gava.syntax.Embed;
import gava.syntax.File;
import gava.types.Basic;
import gava.types.Named;
import gava.types.Slice;
import gava.types.Type;
import gava.types.TypeString;
import gava.types.Types;
import gava.types.Var;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The compiler's side of {@code //go:embed} (cmd/compile's staticdata/embed.go), after type
 * checking: each variable with directives must be a string, a byte slice or an {@code embed.FS}
 * ({@code go:embed cannot apply to var of type T}); a string or slice takes exactly one file
 * ({@code invalid go:embed: multiple files for type T}, after which gc stops). The data of each
 * embedded variable (files in embedFileLess order, an FS with its directories) goes on its
 * declaration ({@link Decl.Var#embedFiles}) for code generation, which initialises the variable
 * before any other of its package.
 */
final class EmbedVars {
  private EmbedVars() {}

  enum Kind { UNKNOWN, BYTES, STRING, FILES }

  /** Fills the embedded variables of a checked package; errors go to diags (gc: exit status 2). */
  static void attach(LoadedPackage lp, List<File> files, gava.types.Package pkg, Diagnostics diags) {
    List<Decl.Var> vars = new ArrayList<>();
    for (File f : files) {
      if (f == null) continue;
      for (Decl d : f.decls) if (d instanceof Decl.Var v && !v.embeds.isEmpty()) vars.add(v);
    }
    if (vars.isEmpty()) return;
    EmbedPatterns.Result r = EmbedPatterns.of(lp);
    Map<String, byte[]> data = EmbedPatterns.contents(lp.dir(), r.files());
    for (Decl.Var vd : vars) {
      if (!(vd.names.get(0).obj instanceof Var v)) continue;
      Kind kind = kindOf(v.type);
      if (kind == Kind.UNKNOWN) {
        diags.error(vd.names.get(0).pos, "go:embed cannot apply to var of type " + TypeString.of(v.type, pkg));
        continue;
      }
      List<String> patterns = new ArrayList<>();
      for (Embed.Directive d : vd.embeds) {
        for (Embed.Pattern p : d.patterns()) {
          if (!r.patterns().containsKey(p.text())) {
            diags.error(d.pos(), "invalid go:embed: build system did not map pattern: " + p.text());
          }
          patterns.add(p.text());
        }
      }
      List<String> list = EmbedPatterns.fileList(r, patterns, kind == Kind.FILES);
      if (kind != Kind.FILES && list.size() > 1) {
        diags.error(vd.names.get(0).pos, "invalid go:embed: multiple files for type " + TypeString.of(v.type, pkg));
        return; // (gc goes no further)
      }
      List<Embed.FileData> out = new ArrayList<>();
      for (String name : list) {
        if (name.endsWith("/")) {
          out.add(new Embed.FileData(name, null, null));
          continue;
        }
        byte[] b = data.get(name);
        if (b == null) {
          diags.error(vd.names.get(0).pos, "embed " + name + ": open " + lp.dir().resolve(name) + ": no such file or directory");
          continue;
        }
        byte[] hash = null;
        if (kind == Kind.FILES) {
          hash = java.util.Arrays.copyOf(Sha256.of(b, 0, b.length), 16);
          for (int i = 0; i < hash.length; i++) hash[i] = (byte) ~hash[i];
        }
        out.add(new Embed.FileData(name, b, hash));
      }
      vd.embedFiles = List.copyOf(out);
    }
  }

  /** The compiler's embedKind: embed.FS (also through an alias), a string type, a slice of a byte type. */
  static Kind kindOf(Type t) {
    if (t instanceof Named n && n.obj != null && n.obj.name.equals("FS") && n.obj.pkg != null && n.obj.pkg.path.equals("embed")) {
      return Kind.FILES;
    }
    Type u = Types.under(t);
    if (u instanceof Basic b && b.kind == Basic.Kind.STRING) return Kind.STRING;
    if (u instanceof Slice s && Types.under(s.elem) instanceof Basic e && e.kind == Basic.Kind.UINT8) return Kind.BYTES;
    return Kind.UNKNOWN;
  }
}
