package gava.codegen;

import java.lang.classfile.ClassBuilder;
import java.lang.classfile.ClassFile;
import java.lang.classfile.CodeBuilder;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDescs;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * String literals: each distinct value is a static final GoString field {@code $s<n>} of the
 * package class, created once in its static initialiser with {@code GoString.lit}.
 */
final class Literals {
  private final ClassDesc owner;
  private final Map<Key, String> fields = new LinkedHashMap<>();

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

  Literals(ClassDesc owner) {
    this.owner = owner;
  }

  /** Pushes the GoString of these bytes. */
  synchronized void load(CodeBuilder cb, byte[] bytes) {
    if (bytes.length == 0) {
      cb.getstatic(Rt.GOSTRING, "EMPTY", Rt.GOSTRING);
      return;
    }
    String f = fields.computeIfAbsent(new Key(bytes.clone()), k -> "$s" + (fields.size() + 1));
    cb.getstatic(owner, f, Rt.GOSTRING);
  }

  boolean isEmpty() {
    return fields.isEmpty();
  }

  /** Declares the fields and returns how to initialise them (split in chunks to stay under method size limits). */
  void declare(ClassBuilder clb) {
    for (String f : fields.values()) {
      clb.withField(f, Rt.GOSTRING, ClassFile.ACC_PUBLIC | ClassFile.ACC_STATIC | ClassFile.ACC_FINAL);
    }
  }

  /** Number of literal-initialising helper methods {@link #emitChunk} must be called for. */
  int chunks() {
    return (fields.size() + CHUNK - 1) / CHUNK;
  }

  private static final int CHUNK = 500;

  /** Body of the chunk-th initialiser method: sets its literal fields and returns. */
  void emitChunk(CodeBuilder cb, int chunk) {
    emitChunkBody(cb, chunk);
    cb.return_();
  }

  /** Sets the chunk-th group of literal fields. */
  void emitChunkBody(CodeBuilder cb, int chunk) {
    int i = 0;
    for (Map.Entry<Key, String> e : fields.entrySet()) {
      if (i / CHUNK == chunk) {
        pushLatin1(cb, e.getKey().bytes);
        cb.invokestatic(Rt.GOSTRING, "lit", Rt.mt(Rt.GOSTRING, ConstantDescs.CD_String));
        cb.putstatic(owner, e.getValue(), Rt.GOSTRING);
      }
      i++;
    }
  }

  /** Pushes a java.lang.String whose chars are the bytes (ldc, concatenated in pieces for long strings). */
  private static void pushLatin1(CodeBuilder cb, byte[] b) {
    final int piece = 16000;
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
