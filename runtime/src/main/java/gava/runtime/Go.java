package gava.runtime;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Program start, goroutines and exit. The main class of a compiled program calls
 * {@link #run(String[], Runnable, Runnable)}; an unrecovered panic in any goroutine prints as gc
 * does and exits with status 2.
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
    private static final AtomicLong GOROUTINE_IDS = new AtomicLong(4);
    private static final ThreadLocal<long[]> GOROUTINE_ID = new ThreadLocal<>();

    /**
     * Runs {@code init} (package initialisation, may be null) then {@code main} on the main goroutine
     * (a platform thread with a 1 GiB stack). When main returns the program exits 0, whatever other
     * goroutines are doing; an unrecovered panic prints gc's report and exits 2. Never returns.
     */
    public static void run(String[] args, Runnable init, Runnable main) {
        Go.args = args == null ? new String[0] : args.clone();
        programLoader = main.getClass().getClassLoader();
        Thread t = new Thread(null, () -> mainGoroutine(init, main), "main", MAIN_STACK);
        t.start();
        while (true) {
            try {
                t.join();
                // mainGoroutine always exits; joining only returns if that failed.
                exit(0);
            } catch (InterruptedException e) {
                // keep waiting
            }
        }
    }

    private static void mainGoroutine(Runnable init, Runnable main) {
        GOROUTINE_ID.set(new long[] {1});
        try {
            if (init != null) {
                init.run();
            }
            main.run();
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

    /** os.Exit(code): flushes standard output and terminates at once (deferred calls do not run). */
    public static void exit(int code) {
        Stdio.flush();
        if (code != 0 && reportExitStatus) {
            Stdio.err("exit status " + code + "\n");
        }
        System.out.flush();
        System.err.flush();
        Runtime.getRuntime().halt(code);
    }

    /** The current goroutine's id (1 for main). */
    public static long goroutineId() {
        long[] id = GOROUTINE_ID.get();
        return id == null ? 0 : id[0];
    }

    /** The {@code go} statement: runs {@code f} in a new goroutine. */
    public static void go(Runnable f) {
        long id = GOROUTINE_IDS.incrementAndGet();
        StackTraceElement creator = creator();
        Thread.ofVirtual().name("goroutine " + id).start(() -> {
            GOROUTINE_ID.set(new long[] {id});
            try {
                f.run();
            } catch (Throwable t) {
                die(t, id, creator);
            }
        });
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
    static void die(Throwable t, long gid, StackTraceElement creator) {
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
        byte[] report;
        try {
            report = reportBytes(t, gid, creator);
        } catch (Throwable e) {
            report = "fatal error: panic while printing panic value\n".getBytes(StandardCharsets.UTF_8);
        }
        Stdio.err(report, 0, report.length);
        exit(2);
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
    static String report(Throwable t, long gid, StackTraceElement creator) {
        return new String(reportBytes(t, gid, creator), StandardCharsets.UTF_8);
    }

    /** The bytes gc prints for an unrecovered panic or fatal error. */
    static byte[] reportBytes(Throwable t, long gid, StackTraceElement creator) {
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
        sb.add("goroutine ").add(gid).add(" [running]:\n");
        StringBuilder tb = new StringBuilder();
        Traceback.append(tb, frames);
        sb.add(tb.toString());
        Traceback.Frame cf = creator == null ? null : Traceback.frame(creator);
        if (cf != null) {
            sb.add("created by ").add(cf.func()).add("\n\t").add(cf.file()).add(':').add(cf.line()).add('\n');
        }
        return sb.b.toByteArray();
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
