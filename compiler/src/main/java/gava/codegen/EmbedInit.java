package gava.codegen;

import gava.syntax.Decl;
import gava.syntax.Embed;
import gava.syntax.File;
import gava.types.Basic;
import gava.types.Func;
import gava.types.Types;
import gava.types.Var;
import java.io.ByteArrayOutputStream;
import java.lang.constant.ConstantDescs;
import java.util.List;

/**
 * Initialisation of {@code //go:embed} variables (gc writes them as static data, so they hold
 * their files before any initialiser of the package runs): first in the package initialiser, a
 * string gets the file's bytes as a string literal, a byte slice a fresh copy of them (len = cap),
 * an {@code embed.FS} the result of the embed overlay's {@code gavaFS} over one string literal
 * holding the file table ({@code stdlib/overlay/embed/embed_gava.go}). The data comes from
 * {@link Decl.Var#embedFiles}.
 */
final class EmbedInit {
  private EmbedInit() {}

  static void emit(FuncGen f) {
    for (File file : f.g.files) {
      if (file == null) continue;
      for (Decl d : file.decls) {
        if (!(d instanceof Decl.Var vd) || vd.embedFiles == null || vd.names.isEmpty()) continue;
        if (!(vd.names.get(0).obj instanceof Var v) || v.name.equals("_")) continue;
        f.at(vd);
        LValues.LV lv = f.lv.var(v);
        lv.evalParts();
        push(f, v, vd.embedFiles);
        lv.store();
      }
    }
  }

  private static void push(FuncGen f, Var v, List<Embed.FileData> files) {
    gava.types.Type u = Types.under(v.type);
    if (u instanceof Basic) {
      f.g.literals.load(f.cb, files.isEmpty() ? new byte[0] : files.get(0).data());
      return;
    }
    if (u instanceof gava.types.Slice) {
      f.g.literals.load(f.cb, files.isEmpty() ? new byte[0] : files.get(0).data());
      f.cb.invokevirtual(Rt.GOSTRING, "toByteArray", Rt.mt(ConstantDescs.CD_byte.arrayType()));
      f.cb.invokestatic(Rt.slice('B'), "of", Rt.mt(Rt.slice('B'), ConstantDescs.CD_byte.arrayType()));
      return;
    }
    // embed.FS
    ByteArrayOutputStream table = new ByteArrayOutputStream();
    for (Embed.FileData fd : files) {
      byte[] name = fd.name().getBytes(java.nio.charset.StandardCharsets.UTF_8);
      byte[] data = fd.data() == null ? new byte[0] : fd.data();
      writeLen(table, name.length);
      table.writeBytes(name);
      writeLen(table, data.length);
      table.writeBytes(data);
      table.writeBytes(fd.hash() == null ? new byte[16] : fd.hash());
    }
    Func fn = null;
    for (gava.types.Package p : f.g.program.packages.keySet()) {
      if (p.path.equals("embed") && p.scope.lookupLocal("gavaFS") instanceof Func g) fn = g;
    }
    if (fn == null) throw new NotSupported(f.unit.node(), "//go:embed of an embed.FS without gava's embed overlay");
    f.g.literals.load(f.cb, table.toByteArray());
    f.cb.invokestatic(f.g.ownerOf(fn), f.g.funcName(fn), f.jt.methodType(fn.sig(), false, List.of()));
  }

  private static void writeLen(ByteArrayOutputStream out, int n) {
    out.write(n >>> 24);
    out.write(n >>> 16);
    out.write(n >>> 8);
    out.write(n);
  }
}
