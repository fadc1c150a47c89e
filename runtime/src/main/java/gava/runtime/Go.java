package gava.runtime;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * Program start, goroutines and exit. The main class of a compiled program calls
 * {@link #run(String[], Runnable, Runnable)}; an unrecovered panic in any goroutine prints as gc
 * does and exits with status 2.
 *
 * <p>Goroutines: the {@code go} statement is {@link #go(Runnable)} (a virtual thread per goroutine);
 * {@code runtime.Goexit} is {@link #goexit()}, {@code runtime.Gosched} {@link #gosched()},
 * {@code runtime.NumGoroutine} {@link #numGoroutine()}. Channels are {@link Chan}, select statements
 * {@link Select}; the bookkeeping behind deadlock detection is {@link Sched}.
 */
public final class Go {
    private Go() {}

    /**
     * The main goroutine's stack: 256 MiB unless the system property {@code gava.stack} (bytes, or
     * with a k/m/g suffix) says otherwise. gc allows 1 GB of Go stack, but reporting a JVM stack
     * overflow costs time and memory proportional to the depth reached (the JVM unwinds every frame):
     * about 3 s at 256 MiB against 28 s and 6 GB at 1 GiB. 256 MiB holds millions of small frames.
     */
    static final long MAIN_STACK = stackSize(System.getProperty("gava.stack"), 256L << 20);

    /**
     * Whether the main goroutine runs on a virtual thread like the others (system property
     * {@code gava.main=virtual}) rather than on a platform thread of {@link #MAIN_STACK} bytes.
     * Channel operations between virtual threads are much faster (a hand-off stays on one carrier
     * thread; a platform thread parks in the OS): an unbuffered ping-pong runs about 20 times
     * faster. But a virtual thread's stack is bounded by the JVM's {@code -Xss} (its carrier's
     * stack), so this suits a JVM started with a large {@code -Xss}: {@code bin/gava} and the test
     * harness pass {@code -Xss256m -Dgava.main=virtual}, which also reports a stack overflow faster
     * than the platform thread does.
     */
    static final boolean MAIN_VIRTUAL = "virtual".equals(System.getProperty("gava.main"));

    static long stackSize(String s, long dflt) {
        if (s == null || s.isEmpty()) {
            return dflt;
        }
        try {
            char u = Character.toLowerCase(s.charAt(s.length() - 1));
            int shift = u == 'k' ? 10 : u == 'm' ? 20 : u == 'g' ? 30 : 0;
            long n = Long.parseLong(shift == 0 ? s : s.substring(0, s.length() - 1));
            return n > 0 ? n << shift : dflt;
        } catch (NumberFormatException e) {
            return dflt;
        }
    }

    private static volatile String[] args = new String[0];
    private static volatile boolean reportExitStatus;
    /** The class loader of the compiled program (for mapping stack frames back to Go). */
    static volatile ClassLoader programLoader;
    private static final Object DYING = new Object();
    private static boolean dying;

    /**
     * Runs {@code init} (package initialisation, may be null) then {@code main} on the main goroutine
     * (a platform thread with a large stack, see {@link #MAIN_STACK}). When main returns the program
     * exits 0, whatever other goroutines are doing; an unrecovered panic prints gc's report and exits
     * 2, and so does a deadlock (see {@link Sched}). If main calls runtime.Goexit the program goes on
     * until the other goroutines end or block. Never returns.
     */
    public static void run(String[] args, Runnable init, Runnable main) {
        Go.args = args == null ? new String[0] : args.clone();
        programLoader = main.getClass().getClassLoader();
        if (MAIN_VIRTUAL && Park.CONT) {
            // the main goroutine is a continuation like the others; this thread only waits for the exit
            G g = Sched.startMain(true);
            g.cont = Cont.create(() -> mainGoroutine(g, init, main));
            g.start();
            while (true) {
                LockSupport.park();
            }
        }
        Runnable body = () -> mainGoroutine(Sched.startMain(false), init, main);
        Thread t;
        if (MAIN_VIRTUAL) {
            t = GoScheduler.newThread(body);
            t.setName("main");
        } else {
            t = new Thread(null, body, "main", MAIN_STACK);
        }
        t.start();
        while (true) {
            try {
                t.join();
                // mainGoroutine exits (or parks forever after runtime.Goexit); joining only
                // returns if that failed.
                exit(0);
            } catch (InterruptedException e) {
                // keep waiting
            }
        }
    }

    private static void mainGoroutine(G g, Runnable init, Runnable main) {
        try {
            if (init != null) {
                init.run();
            }
            main.run();
        } catch (Goexit e) {
            // the program goes on until the other goroutines end (a fatal error) or block
            Sched.exited(g);
            while (true) {
                Park.park(null);
            }
        } catch (Throwable t) {
            die(t, 1, null);
        }
        exit(0);
    }

    /** The program's command-line arguments (os.Args without the program name). */
    public static String[] args() {
        return args.clone();
    }

    /** When set (by {@code gava run}), a non-zero exit first prints {@code exit status N} as go run does. */
    public static void setReportExitStatus(boolean on) {
        reportExitStatus = on;
    }

    private static volatile int failureStatus = -1;

    /**
     * When {@code status >= 0} (gava fmt, as go fmt running gofmt), a non-zero exit ends the
     * process with {@code status} instead of the program's own.
     */
    public static void setFailureStatus(int status) {
        failureStatus = status;
    }

    /** os.Exit(code): flushes standard output and terminates at once (deferred calls do not run). */
    public static void exit(int code) {
        Stdio.flush();
        if (code != 0 && reportExitStatus) {
            Stdio.err("exit status " + code + "\n");
        }
        System.out.flush();
        System.err.flush();
        Runtime.getRuntime().halt(code != 0 && failureStatus >= 0 ? failureStatus : code);
    }

    /** The current goroutine's id (1 for main, 0 on threads that are not goroutines). */
    public static long goroutineId() {
        G g = Sched.current();
        return g == null ? 0 : g.id;
    }

    /**
     * The {@code go} statement: runs {@code f} in a new goroutine (a virtual thread), whose
     * arguments the caller has already evaluated. When f returns (or calls runtime.Goexit) the
     * goroutine ends; an unrecovered panic in it ends the program with gc's report
     * ({@code goroutine N [running]:} ... {@code created by main.main}).
     */
    public static void go(Runnable f) {
        start(Sched.create(creator(), null), f);
    }

    /**
     * The {@code go} statement, faster: as {@link #go(Runnable)} with the {@code created by} frame
     * given by the caller instead of found by walking the stack (which costs more than starting the
     * goroutine): {@code createdBy} is the Go name of the function containing the statement as gc
     * prints it ({@code main.main}, {@code main.(*T).M}, {@code main.main.func1}), {@code file} and
     * {@code line} the statement's position.
     */
    public static void go(Runnable f, String createdBy, String file, int line) {
        start(Sched.create(null, new Traceback.Frame(createdBy, true, file, line)), f);
    }

    private static void start(G g, Runnable f) {
        Preempt.start();
        if (Park.CONT) {
            g.cont = Cont.create(() -> goroutine(g, f));
            Sched.register(g, null);
            g.start();
            return;
        }
        Thread t = GoScheduler.newThread(() -> goroutine(g, f));
        Sched.register(g, t);
        t.start();
    }

    private static void goroutine(G g, Runnable f) {
        Sched.started(g);
        try {
            f.run();
        } catch (Goexit e) {
            // runtime.Goexit: the deferred calls ran, the goroutine ends quietly
        } catch (Throwable t) {
            die(t, g.id, g.creatorFrame());
        }
        Sched.exited(g);
    }

    /**
     * {@code runtime.Goexit()}: ends the current goroutine after running its deferred calls. Never
     * returns; declared to return the throwable so compiled code can write {@code throw Go.goexit()}.
     */
    public static Goexit goexit() {
        throw Goexit.INSTANCE;
    }

    /**
     * Called by sync's runtime hooks (stdlib/overlay/sync/runtime_gava.go) around their channel
     * waits: 1 = semacquire, 2 = sync.Cond.Wait, 0 = done; deadlock reports then show gc's wait
     * reason rather than {@code chan receive}.
     */
    public static void syncWait(long kind) {
        G g = Sched.current();
        if (g != null) {
            g.syncReason = kind == 1 ? "semacquire" : kind == 2 ? "sync.Cond.Wait" : null;
        }
    }

    /** The program's {@code //go:debug key=value} settings, recorded before it starts. */
    static final java.util.Map<String, String> GODEBUG = new java.util.concurrent.ConcurrentHashMap<>();

    /** Records one {@code //go:debug key=value} line of the main package (called by main). */
    public static void godebug(String kv) {
        int eq = kv.indexOf('=');
        if (eq > 0) {
            GODEBUG.put(kv.substring(0, eq).trim(), kv.substring(eq + 1).trim());
        }
    }

    /** {@code runtime.Gosched()}: lets other goroutines run. */
    public static void gosched() {
        Park.yield();
    }

    /** {@code runtime.NumGoroutine()}: the number of goroutines that exist now. */
    public static long numGoroutine() {
        return Sched.live();
    }

    /** The innermost Go frame calling into the runtime (for "created by"). */
    private static StackTraceElement creator() {
        return StackWalker.getInstance().walk(s -> s
                .filter(f -> GoNames.goFuncName(f.getClassName(), f.getMethodName()) != null)
                .findFirst()
                .map(StackWalker.StackFrame::toStackTraceElement)
                .orElse(null));
    }

    /**
     * Reports an unrecovered panic (or fatal error) of goroutine {@code gid} as gc does and exits 2.
     * Only the first dying goroutine reports; the others wait for the exit.
     */
    static void die(Throwable t, long gid, Traceback.Frame creator) {
        fatal(() -> reportBytes(t, gid, creator));
    }

    /**
     * Ends the program with status 2 after printing {@code report} to standard error, as gc's fatal
     * errors and unrecovered panics do. Only the first caller reports; any other waits for the exit.
     */
    static void fatal(Supplier<byte[]> report) {
        synchronized (DYING) {
            if (dying) {
                while (true) {
                    try {
                        DYING.wait();
                    } catch (InterruptedException e) {
                        // wait for the exit
                    }
                }
            }
            dying = true;
        }
        byte[] text;
        try {
            text = report.get();
        } catch (Throwable e) {
            text = bytes("fatal error: panic while printing panic value\n");
        }
        Stdio.err(text, 0, text.length);
        exit(2);
    }

    /** s in UTF-8. */
    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** Text made of UTF-8 Java strings and raw Go string bytes. */
    static final class Text {
        final ByteArrayOutputStream b = new ByteArrayOutputStream(256);

        Text add(String s) {
            b.writeBytes(s.getBytes(StandardCharsets.UTF_8));
            return this;
        }

        Text add(char c) {
            return add(String.valueOf(c));
        }

        Text add(long n) {
            return add(Long.toString(n));
        }

        /** A panic value as gc's printpanicval prints it (Go strings byte for byte). */
        Text value(Object v) {
            if (v instanceof GoString s) {
                b.write(s.bytes, s.off, s.len);
                return this;
            }
            return add(Panics.valueString(v));
        }
    }

    /** The report as text (for tests; invalid UTF-8 in panic strings decodes to U+FFFD). */
    static String report(Throwable t, long gid, Traceback.Frame creator) {
        return new String(reportBytes(t, gid, creator), StandardCharsets.UTF_8);
    }

    /** The bytes gc prints for an unrecovered panic or fatal error. */
    static byte[] reportBytes(Throwable t, long gid, Traceback.Frame creator) {
        Text sb = new Text();
        StackTraceElement[] frames;
        if (t instanceof StackOverflowError) {
            sb.add("runtime: goroutine stack exceeds 1000000000-byte limit\n");
            sb.add("runtime: sp=0xc0200e0390 stack=[0xc0200e0000, 0xc0400e0000]\n");
            sb.add("fatal error: stack overflow\n\n");
            frames = t.getStackTrace();
        } else if (t instanceof OutOfMemoryError) {
            sb.add("fatal error: runtime: out of memory\n\n");
            frames = t.getStackTrace();
        } else if (t instanceof Error) {
            sb.add("fatal error: ").add(t.toString()).add("\n\n");
            frames = t.getStackTrace();
            if (System.getenv("GAVA_JAVA_TRACE") != null) {
                java.io.StringWriter w = new java.io.StringWriter();
                t.printStackTrace(new java.io.PrintWriter(w));
                sb.add(w.toString()).add('\n');
            }
        } else {
            GoPanic p = Panics.toPanic(t);
            printPanics(sb, p);
            // gc keeps the goroutine's signal once one happened, so a re-panic still shows it
            boolean signal = false;
            for (GoPanic q = p; q != null && !signal; q = q.link) {
                signal = q.signal;
            }
            if (signal) {
                sb.add("[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n");
            }
            sb.add('\n');
            frames = p.frames();
            if (p.origin != null && System.getenv("GAVA_JAVA_TRACE") != null) {
                java.io.StringWriter w = new java.io.StringWriter();
                p.origin.printStackTrace(new java.io.PrintWriter(w));
                sb.add(w.toString()).add('\n');
            }
        }
        appendGoroutine(sb, gid, "running", frames, creator);
        return sb.b.toByteArray();
    }

    /**
     * One goroutine of a traceback as gc prints it: {@code goroutine N [status]:}, its Go frames and
     * the {@code created by} frame (none for the main goroutine).
     */
    static void appendGoroutine(Text sb, long gid, String status, StackTraceElement[] frames,
            Traceback.Frame creator) {
        sb.add("goroutine ").add(gid).add(" [").add(status).add("]:\n");
        StringBuilder tb = new StringBuilder();
        Traceback.append(tb, frames);
        sb.add(tb.toString());
        if (creator != null) {
            sb.add("created by ").add(creator.func()).add("\n\t").add(creator.file()).add(':')
                    .add(creator.line()).add('\n');
        }
    }

    /** gc's printpanics output for p's chain, as text (for tests). */
    static String panicsText(GoPanic p) {
        Text t = new Text();
        printPanics(t, p);
        return t.b.toString(StandardCharsets.UTF_8);
    }

    /** gc's printpanics: the chain of panics, oldest first. */
    static void printPanics(Text sb, GoPanic p) {
        java.util.ArrayDeque<GoPanic> chain = new java.util.ArrayDeque<>();
        for (GoPanic q = p; q != null && chain.size() < 1000; q = q.link) {
            chain.push(q);
        }
        boolean first = true;
        for (GoPanic q : chain) {
            if (!first) {
                sb.add('\t');
            }
            first = false;
            sb.add("panic: ").value(q.value);
            if (q.recovered) {
                sb.add(" [recovered]");
            }
            sb.add('\n');
        }
    }
}
