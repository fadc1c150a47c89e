package gava.runtime;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The Java half of Go's {@code runtime} package: the std overlay {@code stdlib/overlay/runtime}
 * binds its body-less functions here with {@code //gava:java} (see gava.loader.Overlay), with the
 * descriptors the Go signatures map to (int is {@code long}, string {@link GoString}, []uintptr
 * {@link SliceJ}, []byte {@link SliceB}, any {@code Object}). Functions with several results are
 * written in Go in the overlay on top of these.
 */
public final class RuntimePackage {
    private RuntimePackage() {}

    private static final AtomicLong gcCount = new AtomicLong();
    private static volatile long maxProcs = initialMaxProcs();

    static long initialMaxProcs() {
        String env = System.getenv("GOMAXPROCS");
        if (env != null) {
            try {
                long n = Long.parseLong(env.strip());
                if (n > 0) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // gc ignores a malformed GOMAXPROCS
            }
        }
        return Runtime.getRuntime().availableProcessors();
    }

    /** {@code runtime.GC()}: asks the JVM for a collection. */
    public static void gc() {
        gcCount.incrementAndGet();
        System.gc();
    }

    /** Collections asked for by {@code runtime.GC} (MemStats.NumForcedGC). */
    public static long forcedGcCount() {
        return gcCount.get();
    }

    /**
     * Collections so far (MemStats.NumGC): the JVM's collectors' counts when the java.management
     * module is present (reached by reflection: the runtime needs only java.base), else those
     * asked for by {@code runtime.GC}.
     */
    public static long gcCount() {
        long n = 0;
        try {
            Class<?> mf = Class.forName("java.lang.management.ManagementFactory");
            Class<?> bean = Class.forName("java.lang.management.GarbageCollectorMXBean");
            java.lang.reflect.Method count = bean.getMethod("getCollectionCount");
            for (Object b : (List<?>) mf.getMethod("getGarbageCollectorMXBeans").invoke(null)) {
                long c = (Long) count.invoke(b);
                if (c > 0) {
                    n += c;
                }
            }
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            return gcCount.get();
        }
        return Math.max(n, gcCount.get());
    }

    /** {@code runtime.NumCPU()}. */
    public static long numCPU() {
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * {@code runtime.GOMAXPROCS(n)}: the previous setting; n < 1 only asks. On gava's scheduler
     * ({@link GoScheduler}) n is the number of carrier threads running goroutines; on the JDK's it is
     * only recorded.
     */
    public static long gomaxprocs(long n) {
        long prev = maxProcs;
        if (n > 0) {
            maxProcs = n;
            GoScheduler.setProcs(n);
        }
        return prev;
    }

    /** {@code runtime.Goexit()}. */
    public static void goexit() {
        throw Goexit.INSTANCE;
    }

    /** {@code runtime.KeepAlive(x)}: nothing to do on the JVM (liveness is the JIT's business). */
    public static void keepAlive(Object x) {
    }

    /**
     * {@code runtime.SetFinalizer(obj, finalizer)}: accepted, never run (Go does not promise that
     * finalizers run; a JVM Cleaner cannot hand the object to the finalizer).
     */
    public static void setFinalizer(Object obj, Object finalizer) {
    }

    /** {@code runtime.LockOSThread}/{@code UnlockOSThread}: goroutines are not tied to OS threads here. */
    public static void lockOSThread() {
    }

    public static void unlockOSThread() {
    }

    /** {@code runtime.Breakpoint()}: gc traps into a debugger; without one that is fatal. */
    public static void breakpoint() {
        throw new GoPanic(RuntimeError.plain("runtime.Breakpoint"));
    }

    /** {@code runtime.GOROOT()}: $GOROOT, else the system property gava.goroot, else "". */
    public static GoString goroot() {
        String s = System.getenv("GOROOT");
        if (s == null || s.isEmpty()) {
            s = System.getProperty("gava.goroot", "");
        }
        return GoString.fromJava(s);
    }

    /** gc's {@code runtime.overflowError} (math/bits links to it): {@code runtime error: integer overflow}. */
    public static Object overflowError() {
        return RuntimeError.of("integer overflow");
    }

    /** gc's {@code runtime.divideError} (math/bits links to it): {@code runtime error: integer divide by zero}. */
    public static Object divideError() {
        return RuntimeError.of("integer divide by zero");
    }

    /** gc's monotonic clock ({@code runtime.nanotime}, which sync and time reach by linkname). */
    public static long nanotime() {
        return System.nanoTime();
    }

    /**
     * gc's {@code throw}/{@code fatal} (sync's "unlock of unlocked mutex", ...): prints
     * {@code fatal error: msg}, the calling goroutine's traceback, and exits 2; not recoverable.
     */
    public static void fatal(GoString msg) {
        StringBuilder sb = new StringBuilder();
        sb.append("fatal error: ").append(msg).append("\n\n");
        sb.append("goroutine ").append(Go.goroutineId()).append(" [running]:\n");
        StackTraceElement[] st = StackWalker.getInstance().walk(s -> s
                .map(StackWalker.StackFrame::toStackTraceElement).toArray(StackTraceElement[]::new));
        Traceback.append(sb, st);
        Stdio.flush();
        Stdio.err(sb.toString());
        Go.exit(2);
    }

    // ---- callers ----

    /**
     * The pc of the Go frame {@code skip} frames above the Go function that called into here (0:
     * that function's caller, as runtime.Caller's skip counts from the function calling Caller,
     * which the overlay writes in Go), or 0 when the stack is not that deep.
     */
    public static long callerPC(long skip) {
        List<Traceback.Frame> fs = CallerPcs.goFrames();
        long i = skip + 1;
        return i >= 0 && i < fs.size() ? CallerPcs.pc(fs.get((int) i)) : 0;
    }

    /**
     * {@code runtime.Callers(skip, pc)}: fills pc with the pcs of the calling goroutine's Go frames,
     * skip 0 being Callers itself, 1 its caller; returns how many were written.
     */
    public static long callers(long skip, SliceJ pc) {
        if (pc == null) {
            return 0;
        }
        List<Traceback.Frame> fs = CallerPcs.goFrames();
        int n = 0;
        for (long i = skip; n < pc.len; i++) {
            Traceback.Frame f;
            if (i == 0) {
                f = new Traceback.Frame("runtime.Callers", true, "runtime/extern.go", 0);
            } else if (i - 1 < fs.size()) {
                f = fs.get((int) (i - 1));
            } else if (i - 1 == fs.size() && Go.goroutineId() == 1) {
                f = new Traceback.Frame("runtime.main", false, "runtime/proc.go", 250); // gc's bottom frames
            } else if (i - 1 == fs.size() + (Go.goroutineId() == 1 ? 1 : 0)) {
                f = new Traceback.Frame("runtime.goexit", false, "runtime/asm_amd64.s", 1594);
            } else {
                break;
            }
            pc.arr[pc.off + n++] = CallerPcs.pc(f);
        }
        return n;
    }

    /** The entry pc of a pc's function (one per function name), or 0. */
    public static long entryPC(long pc) {
        Traceback.Frame f = CallerPcs.frame(pc);
        return f == null ? 0 : CallerPcs.pc(new Traceback.Frame(f.func(), f.hasParams(), f.file(), 0));
    }

    /** Whether a pc is one {@link #callerPC}/{@link #callers} handed out. */
    public static boolean validPC(long pc) {
        return CallerPcs.frame(pc) != null;
    }

    /** The function of a pc as gc names it ({@code main.f}, {@code main.(*T).M}, {@code main.main.func1}), or "". */
    public static GoString pcFunc(long pc) {
        Traceback.Frame f = CallerPcs.frame(pc);
        return GoString.fromJava(f == null ? "" : f.func());
    }

    /** The source file of a pc, or "?". */
    public static GoString pcFile(long pc) {
        Traceback.Frame f = CallerPcs.frame(pc);
        return GoString.fromJava(f == null ? "?" : f.file());
    }

    /** The source line of a pc, or 0. */
    public static long pcLine(long pc) {
        Traceback.Frame f = CallerPcs.frame(pc);
        return f == null ? 0 : f.line();
    }

    /**
     * {@code runtime.Stack(buf, all)}: the calling goroutine's traceback as gc formats it, truncated
     * to buf; returns the bytes written. (With all, still only the calling goroutine.)
     */
    public static long stack(SliceB buf, boolean all) {
        if (buf == null) {
            return 0;
        }
        StringBuilder sb = new StringBuilder();
        sb.append("goroutine ").append(Go.goroutineId()).append(" [running]:\n");
        StackTraceElement[] st = StackWalker.getInstance().walk(s -> s
                .map(StackWalker.StackFrame::toStackTraceElement).toArray(StackTraceElement[]::new));
        GoPanic p = Defer.currentPanic();
        if (p != null) {
            // in a deferred call run by a panic, gc's stack still holds the frames where it started
            st = withPanicFrames(st, p);
        }
        Traceback.append(sb, st);
        // gc ends each file:line with the pc offset in the function (" +0x1d"); there is none here
        String text = sb.toString().replaceAll("(?m)^(\t.*:\\d+)$", "$1 +0x0");
        byte[] b = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int n = Math.min(b.length, buf.len);
        System.arraycopy(b, 0, buf.arr, buf.off, n);
        return n;
    }

    /** The current frames up to Defer.panicked (printed as gc's panic frame), then the panic's own. */
    private static StackTraceElement[] withPanicFrames(StackTraceElement[] st, GoPanic p) {
        String defer = Defer.class.getName();
        for (int i = 0; i < st.length; i++) {
            if (st[i].getClassName().equals(defer) && st[i].getMethodName().equals("panicked")) {
                StackTraceElement[] pf = p.frames();
                StackTraceElement[] r = java.util.Arrays.copyOf(st, i + 1 + pf.length);
                System.arraycopy(pf, 0, r, i + 1, pf.length);
                return r;
            }
        }
        return st;
    }

    // ---- memory statistics (java.base only: the Runtime's figures) ----

    /** Bytes of heap in use. */
    public static long heapInUse() {
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    /** Bytes of heap the JVM holds. */
    public static long heapCommitted() {
        return Runtime.getRuntime().totalMemory();
    }

    /** The most heap the JVM will take. */
    public static long heapMax() {
        return Runtime.getRuntime().maxMemory();
    }
}
