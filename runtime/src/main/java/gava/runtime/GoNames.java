package gava.runtime;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Mapping between Go package paths and JVM package names. A Go package path P compiles to the JVM
 * package {@code gop/} + {@link #escape}(P): each path element keeps ASCII letters, digits and
 * {@code _}; every other byte of its UTF-8 form becomes {@code $xx} (two lowercase hex digits), so
 * {@code example.com/my-pkg} becomes {@code gop/example$2ecom/my$2dpkg}. Package-level functions live
 * in the class {@code <pkg>/$Package} (or {@code $Package·k} for the k-th source file, k >= 2); in method names {@code ·} stands for Go's {@code .}.
 */
public final class GoNames {
    private GoNames() {}

    /** The JVM package prefix of compiled Go packages (internal form). */
    public static final String PREFIX = "gop/";
    /** The simple name of the class holding a package's functions and methods. */
    public static final String PACKAGE_CLASS = "$Package";
    /** The character that stands for {@code .} in JVM method names. */
    public static final char DOT = '\u00b7';

    /** Escapes a Go package path (or one element of it); {@code /} is kept. */
    public static String escape(String path) {
        StringBuilder sb = new StringBuilder(path.length() + 8);
        byte[] b = path.getBytes(StandardCharsets.UTF_8);
        for (byte x : b) {
            int c = x & 0xFF;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '/') {
                sb.append((char) c);
            } else {
                sb.append('$').append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 15, 16));
            }
        }
        return sb.toString();
    }

    /** Reverses {@link #escape}. */
    public static String unescape(String escaped) {
        if (escaped.indexOf('$') < 0) {
            return escaped;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(escaped.length());
        for (int i = 0; i < escaped.length(); i++) {
            char c = escaped.charAt(i);
            if (c == '$' && i + 2 < escaped.length() && hex(escaped.charAt(i + 1)) >= 0 && hex(escaped.charAt(i + 2)) >= 0) {
                out.write(hex(escaped.charAt(i + 1)) << 4 | hex(escaped.charAt(i + 2)));
                i += 2;
            } else {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                out.write(b, 0, b.length);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static int hex(char c) {
        return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
    }

    /** The JVM package (internal form, {@code /}-separated) of Go package {@code path}. */
    public static String jvmPackage(String path) {
        return PREFIX + escape(path);
    }

    /** The internal name of the class holding package {@code path}'s functions. */
    public static String packageClass(String path) {
        return jvmPackage(path) + "/" + PACKAGE_CLASS;
    }

    /**
     * The Go package path of a JVM class (binary {@code a.b.C} or internal {@code a/b/C} name),
     * or null when the class is not compiled Go code.
     */
    public static String goPackageOf(String className) {
        String n = className.replace('.', '/');
        if (!n.startsWith(PREFIX)) {
            return null;
        }
        int slash = n.lastIndexOf('/');
        if (slash < PREFIX.length()) {
            return null;
        }
        return unescape(n.substring(PREFIX.length(), slash));
    }

    /**
     * The Go name gc prints in a traceback ({@code main.f}, {@code main.(*T).M}, {@code main.main.func1})
     * for a JVM method of compiled Go code, or null for frames that are not Go functions (synthetic
     * helpers, lambda proxies, constructors).
     */
    public static String goFuncName(String className, String methodName) {
        String pkg = goPackageOf(className);
        if (pkg == null || methodName.startsWith("<") || methodName.startsWith("lambda$")) {
            return null;
        }
        String n = className.replace('.', '/');
        String simple = n.substring(n.lastIndexOf('/') + 1);
        if (!simple.equals(PACKAGE_CLASS) && !simple.startsWith(PACKAGE_CLASS + DOT) && methodName.indexOf(DOT) < 0) {
            return null;
        }
        return pkg + "." + instances(methodName.replace(DOT, '.'));
    }

    /** An instance of a generic function or type is named {@code F‹n›} in JVM names; gc prints {@code F[...]}. */
    static String instances(String name) {
        int i = name.indexOf('\u2039');
        if (i < 0) {
            return name;
        }
        StringBuilder sb = new StringBuilder(name.length());
        int from = 0;
        while (i >= 0) {
            int j = name.indexOf('\u203a', i);
            if (j < 0) {
                break;
            }
            sb.append(name, from, i).append("[...]");
            from = j + 1;
            i = name.indexOf('\u2039', from);
        }
        return sb.append(name, from, name.length()).toString();
    }
}
