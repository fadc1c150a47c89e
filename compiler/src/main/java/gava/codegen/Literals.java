package gava.codegen;

import java.lang.classfile.ClassFile;
import java.lang.classfile.CodeBuilder;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDescs;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * String literals: each distinct value is a {@code static final} GoString field {@code s<n>} of a
 * holder class {@code $Strings<k>} (at most {@value #CHUNK} per class, so each static initialiser
 * stays within the method size limit), created once with {@code GoString.lit}.
 */
final class Literals {
  private static final int CHUNK = 500;

  private final String prefix;
  private final Map<Key, Field> fields = new LinkedHashMap<>();

  private record Key(byte[] bytes) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && Arrays.equals(k.bytes, bytes);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(bytes);
    }
  }

  private record Field(ClassDesc owner, String name, byte[] bytes) {}

  Literals(String prefix) {
    this.prefix = prefix;
  }

  private ClassDesc holder(int chunk) {
    return ClassDesc.ofInternalName(prefix + "$Strings" + chunk);
  }

  /** Pushes the GoString of these bytes. */
  synchronized void load(CodeBuilder cb, byte[] bytes) {
    if (bytes.length == 0) {
      cb.getstatic(Rt.GOSTRING, "EMPTY", Rt.GOSTRING);
      return;
    }
    Field f = fields.computeIfAbsent(new Key(bytes.clone()), k -> {
      int n = fields.size();
      return new Field(holder(n / CHUNK), "s" + n, k.bytes);
    });
    cb.getstatic(f.owner(), f.name(), Rt.GOSTRING);
  }

  /** The holder classes (internal name -> class file). */
  synchronized Map<String, byte[]> classes(ClassFile cf) {
    Map<String, byte[]> out = new LinkedHashMap<>();
    List<Field> all = new ArrayList<>(fields.values());
    for (int start = 0; start < all.size(); start += CHUNK) {
      List<Field> chunk = all.subList(start, Math.min(all.size(), start + CHUNK));
      ClassDesc c = chunk.get(0).owner();
      byte[] bytes = cf.build(c, clb -> {
        clb.withFlags(ClassFile.ACC_PUBLIC | ClassFile.ACC_FINAL | ClassFile.ACC_SUPER);
        for (Field f : chunk) clb.withField(f.name(), Rt.GOSTRING, ClassFile.ACC_PUBLIC | ClassFile.ACC_STATIC | ClassFile.ACC_FINAL);
        clb.withMethodBody("<clinit>", ConstantDescs.MTD_void, ClassFile.ACC_STATIC, cb -> {
          for (Field f : chunk) {
            pushLatin1(cb, f.bytes());
            cb.invokestatic(Rt.GOSTRING, "lit", Rt.mt(Rt.GOSTRING, ConstantDescs.CD_String));
            cb.putstatic(c, f.name(), Rt.GOSTRING);
          }
          cb.return_();
        });
      });
      String d = c.descriptorString();
      out.put(d.substring(1, d.length() - 1), bytes);
    }
    return out;
  }

  /** Pushes a java.lang.String whose chars are the bytes (ldc, concatenated in pieces for long strings). */
  private static void pushLatin1(CodeBuilder cb, byte[] b) {
    final int piece = 16000;
    if (b.length > 8 * piece) { // (a big one, e.g. a //go:embed file: appended in a builder, not concatenated)
      ClassDesc sb = ClassDesc.of("java.lang.StringBuilder");
      cb.new_(sb).dup().ldc(b.length).invokespecial(sb, "<init>", Rt.mt(ConstantDescs.CD_void, ConstantDescs.CD_int));
      for (int off = 0; off < b.length; off += piece) {
        int end = Math.min(b.length, off + piece);
        char[] cs = new char[end - off];
        for (int i = off; i < end; i++) cs[i - off] = (char) (b[i] & 0xFF);
        cb.ldc(new String(cs)).invokevirtual(sb, "append", Rt.mt(sb, ConstantDescs.CD_String));
      }
      cb.invokevirtual(sb, "toString", Rt.mt(ConstantDescs.CD_String));
      return;
    }
    boolean first = true;
    for (int off = 0; off < b.length || first; off += piece) {
      int end = Math.min(b.length, off + piece);
      char[] cs = new char[end - off];
      for (int i = off; i < end; i++) cs[i - off] = (char) (b[i] & 0xFF);
      cb.ldc(new String(cs));
      if (!first) {
        cb.invokevirtual(ConstantDescs.CD_String, "concat", Rt.mt(ConstantDescs.CD_String, ConstantDescs.CD_String));
      }
      first = false;
    }
  }
}
