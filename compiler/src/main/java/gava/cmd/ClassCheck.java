package gava.cmd;

import gava.codegen.CompiledProgram;
import java.io.ByteArrayInputStream;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.constant.ClassDesc;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Checks the generated class files with the JDK's verifier ({@link ClassFile#verify(byte[])}), so
 * a code generation bug is reported as an internal compiler error rather than as a VerifyError in
 * the middle of a run. Classes of the program are resolved from the program itself, everything else
 * (the runtime, the JDK) from the system class loader.
 */
final class ClassCheck {
  private ClassCheck() {}

  /** One line per problem ({@code class: message}), at most a few; empty when every class verifies. */
  static List<String> verify(CompiledProgram program) {
    Map<String, byte[]> byName = new TreeMap<>();
    for (Map.Entry<String, byte[]> e : program.classes().entrySet()) {
      byName.put(e.getKey().replace('.', '/'), e.getValue());
    }
    ClassHierarchyResolver own = ClassHierarchyResolver.ofResourceParsing((ClassDesc d) -> {
      String desc = d.descriptorString();
      byte[] b = desc.startsWith("L") ? byName.get(desc.substring(1, desc.length() - 1)) : null;
      return b == null ? null : new ByteArrayInputStream(b);
    });
    ClassFile cf = ClassFile.of(ClassFile.ClassHierarchyResolverOption.of(
        own.orElse(ClassHierarchyResolver.defaultResolver())));
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, byte[]> e : byName.entrySet()) {
      List<VerifyError> errs;
      try {
        errs = cf.verify(e.getValue());
      } catch (RuntimeException | LinkageError x) {
        errs = List.of(new VerifyError(String.valueOf(x.getMessage())));
      }
      for (VerifyError v : errs) {
        problems.add(e.getKey() + ": " + firstLine(v.getMessage()));
        if (problems.size() >= 3) return problems;
      }
    }
    return problems;
  }

  private static String firstLine(String s) {
    if (s == null) return "verify error";
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
