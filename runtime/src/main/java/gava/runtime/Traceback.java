package gava.runtime;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns Java stack traces of compiled Go code into gc-style goroutine tracebacks: runtime and JDK
 * frames are skipped, each Go frame prints as {@code main.f(...)} then {@code \t/abs/path/file.go:LINE}
 * (class files carry Go line numbers and the Go file path as SourceFile). A function without
 * parameters prints as {@code main.main()}, as gc prints it.
 */
public final class Traceback {
    private Traceback() {}

    /** gc prints at most this many frames per goroutine. */
    public static final int MAX_FRAMES = 100;

    /** One Go frame: function name as gc prints it, whether it has parameters, source file and line. */
    public record Frame(String func, boolean hasParams, String file, int line) {
        /** The two lines gc prints for this frame. */
        public String text() {
            return func + (hasParams ? "(...)" : "()") + "\n\t" + file + ":" + line + "\n";
        }
    }

    /** The overlay of sync's runtime hooks (semaphores, notify lists), and gc's file of them. */
    private static final String SYNC_HOOKS = "/overlay/sync/runtime_gava.go";
    private static final String SYNC_HOOKS_GC = "/usr/local/go/src/runtime/sema.go";

    /** The Go frame of a Java stack element, or null when it is not compiled Go code. */
    public static Frame frame(StackTraceElement e) {
        String f = GoNames.goFuncName(e.getClassName(), e.getMethodName());
        if (f == null) {
            return null;
        }
        String file = e.getFileName() == null ? "?" : e.getFileName();
        if (file.endsWith(SYNC_HOOKS)) {
            file = SYNC_HOOKS_GC; // gc's sync hooks are runtime code
        }
        return new Frame(f, hasParams(e.getClassName(), e.getMethodName()), file, Math.max(e.getLineNumber(), 0));
    }

    /**
     * Whether the Go function behind a JVM method takes parameters: false when the class declares a
     * parameterless method of that name (Go has no overloading; another overload can only be a JVM
     * entry point such as {@code main(String[])}), true otherwise or when unknown.
     */
    static boolean hasParams(String className, String methodName) {
        Class<?> c = load(className);
        if (c == null) {
            return true;
        }
        try {
            for (Method m : c.getDeclaredMethods()) {
                if (m.getName().equals(methodName) && m.getParameterCount() == 0) {
                    return false;
                }
            }
        } catch (LinkageError | SecurityException e) {
            return true;
        }
        return true;
    }

    private static Class<?> load(String name) {
        ClassLoader[] loaders = {Go.programLoader, Thread.currentThread().getContextClassLoader(),
            ClassLoader.getSystemClassLoader()};
        for (ClassLoader l : loaders) {
            if (l == null) {
                continue;
            }
            try {
                return Class.forName(name, false, l);
            } catch (ClassNotFoundException | LinkageError e) {
                // try the next loader
            }
        }
        return null;
    }

    /** The Go frames of a Java stack trace, innermost first. */
    public static List<Frame> frames(StackTraceElement[] st) {
        List<Frame> r = new ArrayList<>();
        for (StackTraceElement e : st) {
            Frame f = frame(e);
            if (f != null) {
                r.add(f);
            }
        }
        return r;
    }

    /** gc's frame for the runtime's panic function, shown where a deferred call run by a panic panicked. */
    static final String PANIC_FRAME = "panic({0x45d820, 0xc000012000})\n\t/usr/local/go/src/runtime/panic.go:884\n";

    /**
     * Appends gc's frame lines for a stack trace (at most {@link #MAX_FRAMES}, then gc's elision
     * line). Where a deferred call was run by a panic ({@link Defer#panicked}) gc shows a frame of
     * the runtime's {@code panic} function; so does this.
     */
    public static void append(StringBuilder sb, StackTraceElement[] st) {
        int n = 0;
        String defer = Defer.class.getName();
        for (int k = 0; k < st.length; k++) {
            StackTraceElement e = st[k];
            String text;
            if (e.getClassName().equals(defer) && e.getMethodName().equals("panicked")) {
                text = PANIC_FRAME;
            } else {
                Frame f = frame(e);
                if (f == null) {
                    continue;
                }
                text = f.text();
            }
            if (n == MAX_FRAMES) {
                sb.append("...additional frames elided...\n");
                return;
            }
            sb.append(text);
            n++;
        }
    }
}
