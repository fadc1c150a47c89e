package gava.runtime;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * Experimental, off unless asked for ({@code -Dgava.goroutines=cont} or {@code GAVA_GOROUTINES=cont}):
 * goroutines as bare continuations instead of virtual threads. Not safe yet (see below).
 *
 * <p>The JDK's one-shot delimited continuations ({@code jdk.internal.vm.Continuation}, what virtual
 * threads are made of), reached through method handles, so that gava compiles against
 * {@code java.base}'s public API and still runs (on virtual threads, see {@link Park}) where the
 * package is not exported to it. A JVM started with
 * {@code --add-exports java.base/jdk.internal.vm=ALL-UNNAMED} (as {@code bin/gava}, jars made by
 * {@code gava build} and the test harness start it) gets them.
 *
 * <p>Why: a virtual thread parks and is unparked through its own state machine, mounts its identity
 * on the carrier (the current thread, scoped values, JVMTI notifications) and unmounts it again at
 * every switch; a bare continuation switch costs about half of that, and a goroutine needs nothing
 * else: gava's scheduler ({@link GoScheduler}) and park ({@link G#park}) do the rest.
 */
/*
 * Why it is off: a continuation may yield on one carrier and go on on another in the middle of a
 * compiled method, and the JIT treats Thread.currentThread() as unchanging within a method (true
 * of a virtual thread, whose identity moves with it; not of the platform carrier a bare
 * continuation runs on). gava's own code reads its carrier through a call the JIT cannot inline
 * (Carrier.current), but JDK code inlined into a goroutine's compiled code does not: a
 * ReentrantLock taken after a hand-off records the carrier the goroutine left as its owner, and
 * its unlock elsewhere throws IllegalMonitorStateException (testdata/run/vsched_migrate.go shows
 * it within seconds). A Thread identity of its own per goroutine (as VirtualThread.mount sets with
 * Thread.setCurrentThread) does not do: LockSupport.unpark wakes the OS thread behind a Thread
 * object, and a Thread that never started has none. Keeping JDK APIs that key on the current
 * thread out of goroutine code would.
 */
final class Cont {
    private Cont() {}

    /** Whether goroutines run as bare continuations: asked for ({@code -Dgava.goroutines=cont}) and usable. */
    static final boolean AVAILABLE;
    private static final Object SCOPE;
    private static final MethodHandle NEW;
    private static final MethodHandle RUN;
    private static final MethodHandle YIELD;
    private static final MethodHandle STACK;

    static {
        Object scope = null;
        MethodHandle nw = null, run = null, yield = null, stack = null;
        boolean ok = false;
        String mode = System.getProperty("gava.goroutines");
        if (mode == null) {
            mode = System.getenv("GAVA_GOROUTINES");
        }
        if ("cont".equals(mode)) {
            try {
                Class<?> cc = Class.forName("jdk.internal.vm.Continuation");
                Class<?> sc = Class.forName("jdk.internal.vm.ContinuationScope");
                if (cc.getModule().isExported("jdk.internal.vm", Cont.class.getModule())) {
                    MethodHandles.Lookup l = MethodHandles.lookup();
                    scope = l.findConstructor(sc, MethodType.methodType(void.class, String.class))
                            .invoke("goroutine");
                    nw = l.findConstructor(cc, MethodType.methodType(void.class, sc, Runnable.class))
                            .asType(MethodType.methodType(Object.class, Object.class, Runnable.class));
                    run = l.findVirtual(cc, "run", MethodType.methodType(void.class))
                            .asType(MethodType.methodType(void.class, Object.class));
                    yield = l.findStatic(cc, "yield", MethodType.methodType(boolean.class, sc))
                            .asType(MethodType.methodType(boolean.class, Object.class));
                    stack = l.findVirtual(cc, "getStackTrace", MethodType.methodType(StackTraceElement[].class))
                            .asType(MethodType.methodType(StackTraceElement[].class, Object.class));
                    ok = true;
                }
            } catch (Throwable e) {
                ok = false;
            }
        }
        AVAILABLE = ok;
        SCOPE = scope;
        NEW = nw;
        RUN = run;
        YIELD = yield;
        STACK = stack;
    }

    /** A new continuation that runs body. */
    static Object create(Runnable body) {
        try {
            return (Object) NEW.invokeExact(SCOPE, body);
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs c on the current (carrier) thread until it yields or ends. */
    static void run(Object c) {
        try {
            RUN.invokeExact(c);
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Suspends the running continuation, returning to its {@link #run} caller; returns once it is
     * run again. False, at once, when it cannot be suspended (pinned: a native frame or a monitor on
     * its stack, or a class initialiser running).
     */
    static boolean yield() {
        try {
            return (boolean) YIELD.invokeExact(SCOPE);
        } catch (IllegalStateException e) {
            return false; // pinned
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** The frames of suspended continuation c, innermost first. */
    static StackTraceElement[] stackTrace(Object c) {
        try {
            return (StackTraceElement[]) STACK.invokeExact(c);
        } catch (Throwable e) {
            return new StackTraceElement[0];
        }
    }
}
