package gava.codegen;

import gava.syntax.Decl;
import gava.syntax.File;
import gava.types.Func;
import gava.types.Signature;
import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;

/**
 * Body-less functions. gava has no assembly, so a function without body is gc's
 * {@code missing function body} error, unless a std overlay bound it to a static Java method with
 * {@code //gava:java} ({@link Decl.Func#javaMethod}, set by gava.loader.OverlayDirectives). Such a
 * function has no JVM method of its own: calls, function values, deferred calls and method tables
 * name the Java method directly ({@link Gen#ownerOf(Func)}, {@link Gen#funcName}), with the
 * descriptor the Go signature maps to (design.md). {@link #check} verifies at compile time, by
 * reflection on the runtime the compiler runs with, that the method exists with that descriptor.
 */
final class JavaBindings {
  private JavaBindings() {}

  /** The Java method bound to a function ({@code binary.class.Name.method}), or null. */
  static String of(Func f) {
    return f != null && f.decl != null ? f.decl.javaMethod : null;
  }

  /**
   * The body-less functions of a package compiled without {@code -complete} ({@link
   * gava.types.Package#incomplete}) that are not bound to Java: each gets a stub that panics.
   */
  static List<gava.lower.FuncUnit> externalStubs(Gen g) {
    List<gava.lower.FuncUnit> out = new java.util.ArrayList<>();
    if (!g.pkg.incomplete) return out;
    for (File f : g.files) {
      for (Decl d : f.decls) {
        if (!(d instanceof Decl.Func fn) || fn.body != null || fn.javaMethod != null) continue;
        if (fn.tparams != null && !fn.tparams.isEmpty()) continue;
        if (linknamed(f, fn.name.name)) continue;
        gava.lower.FuncUnit u = g.facts.unit(fn);
        if (u != null && !g.facts.units.contains(u)) out.add(u);
      }
    }
    return out;
  }

  /** The class holding a bound function's Java method. */
  static ClassDesc owner(String binding) {
    return ClassDesc.of(binding.substring(0, binding.lastIndexOf('.')));
  }

  /** The name of a bound function's Java method. */
  static String method(String binding) {
    return binding.substring(binding.lastIndexOf('.') + 1);
  }

  /** Reports body-less functions of the package that are not bound, or bound to a missing method. */
  static void check(Gen g) {
    for (File f : g.files) {
      for (Decl d : f.decls) {
        if (!(d instanceof Decl.Func fn) || fn.body != null) continue;
        if (fn.tparams != null && !fn.tparams.isEmpty()) continue; // (the checker reports these)
        if (fn.javaMethod == null) {
          // gc accepts a body-less function named by //go:linkname (its body is elsewhere)
          boolean linked = linknamed(f, fn.name.name);
          if (g.pkg.incomplete && !linked) continue; // a stub (ProgramGen) stands for the assembly
          g.diags.error(gcPos(fn), linked ? "//go:linkname function without body not supported yet" : "missing function body");
          continue;
        }
        if (!(fn.name.obj instanceof Func obj) || !(obj.type instanceof Signature sig)) continue;
        MethodTypeDesc mtd;
        try {
          mtd = g.jt.methodType(sig, true, List.of());
        } catch (NotSupported ns) {
          g.diags.error(fn.name.pos, ns.getMessage());
          continue;
        }
        String problem = problem(fn.javaMethod, mtd);
        if (problem != null) g.diags.error(fn.name.pos, "//gava:java " + fn.javaMethod + ": " + problem);
      }
    }
  }

  /** gc's position of a function: its name, for a method the '(' of its receiver. */
  private static gava.syntax.Pos gcPos(Decl.Func fn) {
    if (fn.recv == null || fn.pos == null || fn.pos.src() == null) return fn.name.pos;
    byte[] b = fn.pos.src().bytes();
    int line = 1, i = 0;
    while (i < b.length && line < fn.pos.line()) if (b[i++] == '\n') line++;
    int start = i;
    for (int k = start + fn.pos.col() - 1 + 4; k < b.length && b[k] != '\n'; k++) {
      if (b[k] == '(') return new gava.syntax.Pos(fn.pos.src(), line, k - start + 1);
      if (b[k] != ' ' && b[k] != '\t') break;
    }
    return fn.name.pos;
  }

  /** Whether the file has a {@code //go:linkname name ...} directive. */
  private static boolean linknamed(File f, String name) {
    if (f.src == null) return false;
    String text = new String(f.src.bytes(), java.nio.charset.StandardCharsets.UTF_8);
    return java.util.regex.Pattern.compile("(?m)^//go:linkname\\s+" + java.util.regex.Pattern.quote(name) + "(\\s|$)")
        .matcher(text).find();
  }

  /** Why the binding does not name a public static method of that descriptor, or null when it does. */
  static String problem(String binding, MethodTypeDesc mtd) {
    String cls = binding.substring(0, binding.lastIndexOf('.'));
    String name = method(binding);
    Class<?> c;
    try {
      c = Class.forName(cls, false, JavaBindings.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      return "no class " + cls;
    }
    String want = mtd.descriptorString();
    StringBuilder others = new StringBuilder();
    for (Method m : c.getMethods()) {
      if (!m.getName().equals(name) || !Modifier.isStatic(m.getModifiers())) continue;
      String have = java.lang.invoke.MethodType.methodType(m.getReturnType(), m.getParameterTypes()).descriptorString();
      if (have.equals(want)) return null;
      others.append(others.isEmpty() ? "" : ", ").append(have);
    }
    return "no public static method " + name + want + " in " + cls
        + (others.isEmpty() ? "" : " (has " + others + ")");
  }
}
