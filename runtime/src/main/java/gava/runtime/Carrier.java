package gava.runtime;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One carrier thread of {@link GoScheduler}: gc's P and M in one. It runs virtual threads'
 * continuation tasks one after the other: first its {@code runnext} slot (the goroutine the last
 * one woke), then its local {@link RunQueue}, then the global queue (also every 61st task, so that
 * it is never starved), then work stolen from other carriers; with nothing to do it spins for
 * {@link GoScheduler#SPIN_NANOS}, then parks in the idle list until {@link GoScheduler#wakep} or
 * more GOMAXPROCS wakes it.
 */
final class Carrier extends Thread {
    private static final VarHandle RUNNEXT;
    private static final VarHandle CURRENT;
    private static final VarHandle SCHEDTICK;
    private static final VarHandle COUNTS;

    static {
        try {
            MethodHandles.Lookup l = MethodHandles.lookup();
            RUNNEXT = l.findVarHandle(Carrier.class, "runnext", Runnable.class);
            CURRENT = l.findVarHandle(Carrier.class, "current", Runnable.class);
            SCHEDTICK = l.findVarHandle(Carrier.class, "schedtick", long.class);
            COUNTS = l.findVarHandle(Carrier.class, "counts", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /**
     * {@link #lookup}, called through a method handle in a field that is deliberately not final, so
     * that the JIT never inlines it. A goroutine parks on one carrier and may go on on another in
     * the middle of a compiled method, and the JIT treats the carrier ({@code
     * Thread.currentCarrierThread()}, or {@code Thread.currentThread()} under a bare continuation)
     * as unchanging within a method: an inlined read after a park could return the carrier the
     * goroutine left, and the scheduler would then queue work on another carrier's runnext (owner
     * only) or count a blocked goroutine in another carrier's share. A real call reads it afresh.
     */
    private static MethodHandle lookupHandle;

    static {
        try {
            lookupHandle = MethodHandles.lookup().findStatic(Carrier.class, "lookup",
                    java.lang.invoke.MethodType.methodType(Carrier.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** The carrier the caller runs on (as a continuation or as a virtual thread), or null. */
    static Carrier current() {
        try {
            return (Carrier) lookupHandle.invokeExact();
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** The goroutine whose continuation runs on the caller's carrier, or null. */
    static G currentG() {
        Carrier c = current();
        return c != null ? c.g : null;
    }

    private static Carrier lookup() {
        Thread t = Thread.currentThread();
        if (t.isVirtual()) {
            t = GoScheduler.carrierOf(t);
        }
        return t instanceof Carrier c ? c : null;
    }

    final GoScheduler sched;
    final int index;
    final RunQueue local = new RunQueue();
    /** The task to run next (owner sets it; thieves and the monitor may take it with a CAS). */
    private volatile Runnable runnext;
    /** The goroutine whose continuation runs on this carrier now ({@link Park#CONT}), else null. */
    G g;
    /** The task running now (null between tasks). */
    volatile Runnable current;
    /** Set by the monitor when the running task ran for a whole tick (see {@link GoScheduler#preemptPoll}). */
    volatile boolean preempt;
    /** Tasks run so far (the monitor compares it between looks). */
    volatile long schedtick;
    /** Whether this carrier counts in {@link GoScheduler#nspinning}. */
    boolean spinning;
    /** Set (under the scheduler's idle lock, or by a waker) to let a parked carrier go on. */
    volatile boolean notified;
    /** Stopped because GOMAXPROCS went below its index (guarded by the idle lock). */
    boolean stopped;
    /** {@link Syscalls}: running, in a blocking call, or retired; with the call's task tick and start. */
    volatile int sys;
    long sysTick;
    long sysSince;
    /**
     * This carrier's share of {@link Sched}'s goroutine counts (live &lt;&lt; 32 | blocked): the
     * changes made by goroutines while they ran here. Written by this carrier only.
     */
    private long counts;

    Carrier(GoScheduler sched, int index) {
        super(null, null, "gava-carrier-" + index, 0, false);
        this.sched = sched;
        this.index = index;
        setDaemon(true);
    }

    /** Puts r in runnext and returns the task it replaces (owner only). */
    Runnable swapRunnext(Runnable r) {
        if (runnext == null) {
            // only the owner fills the slot, so it stays empty until this store: no atomic needed
            RUNNEXT.setRelease(this, r);
            return null;
        }
        return (Runnable) RUNNEXT.getAndSet(this, r);
    }

    /** Takes runnext, or null (anybody). */
    Runnable takeRunnext() {
        Runnable r = runnext;
        return r != null && RUNNEXT.compareAndSet(this, r, null) ? r : null;
    }

    /** Appends r to the local queue, or to the global one when full (owner only). */
    void putLocal(Runnable r) {
        if (!local.put(r)) {
            sched.global.add(r);
        }
    }

    /** Tasks waiting in runnext and the local queue (racy). */
    int queued() {
        return local.size() + (runnext != null ? 1 : 0);
    }

    /** Adds delta to this carrier's share of the goroutine counts (this carrier only). */
    void addCounts(long delta) {
        COUNTS.setRelease(this, counts + delta);
    }

    /** This carrier's share of the goroutine counts (any thread). */
    long counts() {
        return (long) COUNTS.getAcquire(this);
    }

    /** Lets this parked carrier go on; spinning: it counts as the spinner {@link GoScheduler#wakep} made. */
    void wake(boolean spinning) {
        this.spinning = spinning;
        notified = true;
        java.util.concurrent.locks.LockSupport.unpark(this);
    }

    @Override
    public void run() {
        long tick = 0;
        while (true) {
            Runnable r = findRunnable(tick);
            if (r == null) {
                Syscalls.leave(this); // retired in a blocking call, replaced: the thread ends
                return;
            }
            if (index >= sched.nprocs) {
                // GOMAXPROCS went below this carrier's index while it was looking: not its task
                sched.global.add(r);
                sched.wakep();
                continue;
            }
            // release stores: only the monitor reads these from another thread
            CURRENT.setRelease(this, r);
            SCHEDTICK.setRelease(this, ++tick);
            if (preempt) {
                preempt = false;
            }
            try {
                r.run();
            } catch (Throwable e) {
                // a continuation task does not throw; never let a carrier die
            }
            CURRENT.setRelease(this, (Runnable) null);
        }
    }

    private Runnable findRunnable(long tick) {
        GoScheduler s = sched;
        while (true) {
            if (sys == Syscalls.RETIRED) {
                return null;
            }
            if (index >= s.nprocs) {
                stopHere();
                continue;
            }
            Runnable r;
            if (tick % 61 == 0 && (r = s.global.poll()) != null) {
                return found(r);
            }
            if (runnext != null && (r = takeRunnext()) != null) {
                return found(r);
            }
            if ((r = local.poll()) != null) {
                return found(r);
            }
            if ((r = s.global.poll()) != null) {
                return found(r);
            }
            // look elsewhere for a while (as the spinner: wakep wakes nobody meanwhile), then park
            if (!spinning) {
                spinning = true;
                s.nspinning.incrementAndGet();
            }
            long deadline = System.nanoTime() + GoScheduler.SPIN_NANOS;
            do {
                if ((r = steal(false)) != null || (r = s.global.poll()) != null) {
                    return found(r);
                }
                Thread.onSpinWait();
            } while (System.nanoTime() < deadline && index < s.nprocs);
            if ((r = steal(true)) != null) {
                return found(r);
            }
            if (spinning) {
                spinning = false;
                s.nspinning.decrementAndGet();
            }
            if (s.idle(this)) {
                Sched.checkIdle(); // the last one to go idle: is every goroutine blocked?
            }
            if (s.hasWork() && s.unidle(this)) {
                continue;
            }
            GoScheduler.parkCarrier(this);
        }
    }

    /** A task was found: a spinning carrier that was the last spinner wakes another (gc's resetspinning). */
    private Runnable found(Runnable r) {
        if (spinning) {
            spinning = false;
            if (sched.nspinning.decrementAndGet() == 0) {
                sched.wakep();
            }
        }
        return r;
    }

    /**
     * Steals half of another carrier's local queue (from a random one on), or with
     * {@code runnextToo} its runnext when that carrier has not switched tasks for a few microseconds.
     */
    private Runnable steal(boolean runnextToo) {
        GoScheduler s = sched;
        int n = s.nprocs;
        if (n <= 1) {
            return null;
        }
        int start = ThreadLocalRandom.current().nextInt(n);
        for (int k = 0; k < n; k++) {
            Carrier v = s.carriers[(start + k) % n];
            if (v == null || v == this) {
                continue;
            }
            Runnable r = v.local.stealHalf(local, s.global);
            if (r != null) {
                return r;
            }
            if (runnextToo && v.runnext != null) {
                long t = v.schedtick;
                long until = System.nanoTime() + 3_000;
                while (System.nanoTime() < until) {
                    Thread.onSpinWait();
                }
                if (v.schedtick == t && (r = v.takeRunnext()) != null) {
                    return r;
                }
            }
        }
        return null;
    }

    /** GOMAXPROCS went below this carrier's index: hands its tasks to the others and waits. */
    private void stopHere() {
        GoScheduler s = sched;
        Runnable r = takeRunnext();
        boolean moved = false;
        if (r != null) {
            s.global.add(r);
            moved = true;
        }
        while ((r = local.poll()) != null) {
            s.global.add(r);
            moved = true;
        }
        if (spinning) {
            spinning = false;
            s.nspinning.decrementAndGet();
            moved = true;
        }
        if (moved) {
            s.wakep();
        }
        if (s.stop(this)) {
            GoScheduler.parkCarrier(this);
        }
    }
}
