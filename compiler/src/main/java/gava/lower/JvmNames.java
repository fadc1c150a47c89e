package gava.lower;

import gava.types.Func;
import gava.types.Named;
import gava.types.Pointer;
import gava.types.Type;

/**
 * JVM names of Go functions (design.md "Names"): a package-level function F is the static method
 * {@code F}; a method M of T is {@code T·M} (value receiver) or {@code (*T)·M} (pointer receiver);
 * init functions are {@code init·0}, {@code init·1}, ...; the package initialiser is {@code init};
 * the n-th function literal in F is {@code F·func<n>}, literals nested in a literal L are
 * {@code L·<n>}, literals in package-level initialisers {@code glob··func<n>} (as gc names them).
 * The runtime prints {@code ·} as {@code .}. The n-th instance of a generic function F is
 * {@code F‹n›}, methods of the n-th instance of a generic type T are {@code T‹n›·M} /
 * {@code (*T‹n›)·M}; the runtime prints {@code ‹n›} as gc's {@code [...]}.
 */
public final class JvmNames {
  private JvmNames() {}

  /** Name of the method holding package initialisation (variable initialisers, then init functions). */
  public static final String PACKAGE_INIT = "init";

  public static String funcName(Func f) {
    if (f.isMethod()) {
      Type rt = f.sig().recv.type;
      boolean ptr = rt instanceof Pointer;
      Type base = ptr ? ((Pointer) rt).elem : rt;
      String tn = base instanceof Named n ? n.obj.name : String.valueOf(base);
      return methodName(tn, ptr, f.name);
    }
    return f.name;
  }

  public static String methodName(String typeName, boolean ptrRecv, String method) {
    return ptrRecv ? "(*" + typeName + ")·" + method : typeName + "·" + method;
  }

  /** The name of the n-th instance of generic function or type base (JVM names cannot contain '['). */
  public static String instanceName(String base, int n) {
    return base + "\u2039" + n + "\u203a";
  }

  public static String initFuncName(int index) {
    return "init·" + index;
  }
}
