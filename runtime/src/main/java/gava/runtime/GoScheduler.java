package gava.runtime;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.util.ArrayDeque;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * gava's scheduler of goroutines (virtual threads), modelled on gc's: GOMAXPROCS {@link Carrier}
 * threads (gc's Ps with their Ms), each with a local run queue and a {@code runnext} slot, a global
 * queue, and idle carriers that are woken one at a time (gc's spinning rule).
 *
 * <p>The JDK runs a virtual thread by handing its continuation task to the thread's scheduler
 * ({@link #execute}): when it starts, when it is unparked, after {@code Thread.yield()}. JDK 25 has no
 * public API for a custom scheduler, but {@code java.lang.ThreadBuilders$VirtualThreadBuilder} has a
 * package-private constructor taking one, reachable by reflection when {@code java.lang} is open to
 * gava ({@code --add-opens java.base/java.lang=ALL-UNNAMED}, which {@code bin/gava}, jars made by
 * {@code gava build} and the test harness give). Without it, or with {@code -Dgava.sched=jdk}
 * (environment {@code GAVA_SCHED=jdk}), goroutines run on the JDK's default scheduler, quietly.
 *
 * <p>Where a task goes, as gc's {@code ready}/{@code runqput}:
 * <ul>
 * <li>submitted on one of our carriers (a goroutine unparking another: a channel hand-off, or a
 *     {@code go} statement): into that carrier's {@code runnext}, the previous one moving to the
 *     tail of its local queue; so the woken goroutine runs on the same carrier as soon as the waker
 *     blocks, without any other thread being woken;</li>
 * <li>from any other thread (timers, the I/O poller, the main thread), or the task the carrier is
 *     running now ({@code Thread.yield()}: a preemption or {@code runtime.Gosched}, which gc also
 *     puts there; or a park that was unparked meanwhile): the global queue.</li>
 * </ul>
 * After queueing work an idle carrier is woken ({@link #wakep}) only when none is spinning (looking
 * for work); a woken carrier spins, steals half of another carrier's queue, and wakes the next only
 * when it found work. A task in {@code runnext} alone does not wake anybody (unless
 * {@code -Dgava.sched.wakerunnext=true}): its waker is expected to block soon; if it does not, the
 * monitor ({@link #sysmon}) moves the queued work of a carrier that has run the same goroutine for a
 * whole tick (10 ms) to the global queue and wakes an idle carrier for it.
 */
final class GoScheduler implements Executor {
    /** At most this many carriers (GOMAXPROCS is clamped to it). */
    static final int MAX_CARRIERS = 256;
    /** The scheduler, or null when goroutines run on the JDK's. */
    static final GoScheduler INSTANCE;
    /** Builds virtual threads run by {@link #INSTANCE} (null with the JDK's scheduler). */
    private static final Thread.Builder.OfVirtual BUILDER;
    /** {@code Thread.currentCarrierThread()}. */
    private static final MethodHandle CARRIER;
    /** Whether a task put in runnext wakes an idle carrier as gc's ready does. */
    static final boolean WAKE_ON_RUNNEXT = Boolean.getBoolean("gava.sched.wakerunnext");
    /** How long an idle carrier spins looking for work before parking, in nanoseconds. */
    static final long SPIN_NANOS = Long.getLong("gava.sched.spin", 20_000);

    static {
        GoScheduler s = null;
        Thread.Builder.OfVirtual b = null;
        MethodHandle mh = null;
        String mode = System.getProperty("gava.sched");
        if (mode == null) {
            mode = System.getenv("GAVA_SCHED");
        }
        if (mode == null || !mode.equals("jdk")) {
            try {
                MethodHandles.Lookup l = MethodHandles.privateLookupIn(Thread.class, MethodHandles.lookup());
                mh = l.findStatic(Thread.class, "currentCarrierThread", MethodType.methodType(Thread.class));
                Class<?> bc = Class.forName("java.lang.ThreadBuilders$VirtualThreadBuilder");
                Constructor<?> ctor = bc.getDeclaredConstructor(Executor.class);
                ctor.setAccessible(true);
                s = new GoScheduler(RuntimePackage.initialMaxProcs());
                b = (Thread.Builder.OfVirtual) ctor.newInstance(s);
            } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
                // java.lang not open to us (or another JDK): the JDK's scheduler
                s = null;
                b = null;
                mh = null;
            }
        }
        INSTANCE = s;
        BUILDER = b;
        CARRIER = mh;
    }

    /** A new, unstarted virtual thread running task, on gava's scheduler when there is one. */
    static Thread newThread(Runnable task) {
        return BUILDER != null ? BUILDER.unstarted(task) : Thread.ofVirtual().unstarted(task);
    }

    /** Sets GOMAXPROCS: the number of carriers running goroutines (no-op on the JDK's scheduler). */
    static void setProcs(long n) {
        if (INSTANCE != null) {
            int procs = (int) Math.max(1, Math.min(n, MAX_CARRIERS));
            INSTANCE.resize(procs);
            Carrier c = INSTANCE.here();
            if (c != null && c.index >= INSTANCE.nprocs) {
                Park.yield(); // move the caller to a carrier that still runs (via the global queue)
            }
            INSTANCE.awaitStopped(procs, INSTANCE.here());
        }
    }

    final Carrier[] carriers = new Carrier[MAX_CARRIERS];
    /** GOMAXPROCS: carriers with an index below it run goroutines, the others stop. */
    volatile int nprocs;
    /** Runnable tasks submitted from outside the carriers, and overflow. */
    final ConcurrentLinkedQueue<Runnable> global = new ConcurrentLinkedQueue<>();
    /** Carriers looking for work (gc's nmspinning). */
    final AtomicInteger nspinning = new AtomicInteger();
    /** Carriers parked in {@link #idle} (gc's npidle). */
    final AtomicInteger npidle = new AtomicInteger();
    /** Idle carriers, most recently parked first; guarded by itself. */
    private final ArrayDeque<Carrier> idle = new ArrayDeque<>();
    /** Whether the carriers and the monitor were started. */
    private volatile boolean started;

    private GoScheduler(long procs) {
        nprocs = (int) Math.max(1, Math.min(procs, MAX_CARRIERS));
    }

    /** The carrier the calling code runs on, or null when it is not one of ours. */
    Carrier here() {
        Carrier c = Carrier.current();
        return c != null && c.sched == this ? c : null;
    }

    /** The carrier thread of virtual thread t (the current thread), or t when it cannot be told. */
    static Thread carrierOf(Thread t) {
        if (CARRIER == null) {
            return t;
        }
        try {
            return (Thread) CARRIER.invokeExact();
        } catch (Throwable e) {
            return t;
        }
    }

    @Override
    public void execute(Runnable task) {
        if (!started) {
            start();
        }
        Carrier c = here();
        if (c != null && c.index < nprocs && task != c.current) {
            Runnable old = c.swapRunnext(task);
            if (old != null) {
                c.putLocal(old);
                wakep();
            } else if (WAKE_ON_RUNNEXT) {
                wakep();
            }
            return;
        }
        // from elsewhere, or the task the carrier runs now (Thread.yield: a preemption or Gosched,
        // which gc also puts in the global queue; or unparked while parking)
        global.add(task);
        wakep();
    }

    /** Wakes an idle carrier to look for work, unless one is looking already (gc's wakep). */
    void wakep() {
        if (npidle.get() == 0 || nspinning.get() != 0 || !nspinning.compareAndSet(0, 1)) {
            return;
        }
        Carrier c;
        synchronized (idle) {
            c = idle.pollFirst();
            if (c != null) {
                npidle.decrementAndGet();
            }
        }
        if (c == null) {
            nspinning.decrementAndGet();
            return;
        }
        c.wake(true);
    }

    /** Puts c in the idle list (c is about to park); true when every carrier is idle now. */
    boolean idle(Carrier c) {
        synchronized (idle) {
            c.notified = false;
            idle.addFirst(c);
            return npidle.incrementAndGet() >= nprocs;
        }
    }

    /** Whether every carrier is idle (or none was started yet). */
    boolean allIdle() {
        return !started || npidle.get() >= nprocs;
    }

    /** The sum of every carrier's share of the goroutine counts ({@link Sched}). */
    long countShares() {
        long v = 0;
        for (Carrier c : carriers) {
            if (c != null) {
                v += c.counts();
            }
        }
        for (Carrier c : Syscalls.retired()) {
            v += c.counts();
        }
        return v;
    }

    /** Takes c back out of the idle list: false when a waker took it already (it will be notified). */
    boolean unidle(Carrier c) {
        synchronized (idle) {
            if (idle.remove(c)) {
                npidle.decrementAndGet();
                return true;
            }
            return false;
        }
    }

    /** Whether any task is queued anywhere (racy: used before parking, after counting as idle). */
    boolean hasWork() {
        if (!global.isEmpty()) {
            return true;
        }
        int n = nprocs;
        for (int i = 0; i < n; i++) {
            Carrier c = carriers[i];
            if (c != null && c.local.size() > 0) {
                return true;
            }
        }
        return false;
    }

    /** Stops c (its index is not below GOMAXPROCS any more) unless GOMAXPROCS grew meanwhile. */
    boolean stop(Carrier c) {
        synchronized (idle) {
            if (c.index < nprocs) {
                return false;
            }
            c.notified = false;
            c.stopped = true;
            return true;
        }
    }

    private synchronized void start() {
        if (started) {
            return;
        }
        for (int i = 0; i < nprocs; i++) {
            carriers[i] = new Carrier(this, i);
            carriers[i].start();
        }
        Thread mon = new Thread(this::sysmon, "gava-sysmon");
        mon.setDaemon(true);
        mon.start();
        started = true;
    }

    /**
     * Waits (up to 100 ms) until the carriers at index n and above have finished the task they ran,
     * as gc's GOMAXPROCS stops the world: when it returns, at most n goroutines run at once. A
     * carrier whose task runs on is asked to yield at its next loop poll.
     */
    private void awaitStopped(int n, Carrier self) {
        long deadline = System.nanoTime() + 100_000_000L;
        for (int i = n; i < MAX_CARRIERS; i++) {
            Carrier c = carriers[i];
            if (c == null || c == self) {
                continue;
            }
            while (c.current != null && nprocs <= i && System.nanoTime() < deadline) {
                c.preempt = true;
                Park.yield();
            }
        }
    }

    private synchronized void resize(int n) {
        if (!started) {
            nprocs = n;
            return;
        }
        int old = nprocs;
        synchronized (idle) {
            nprocs = n;
            if (n < old) {
                // idle carriers past the new count stop where they are
                idle.removeIf(c -> {
                    if (c.index >= n) {
                        npidle.decrementAndGet();
                        c.stopped = true;
                        return true;
                    }
                    return false;
                });
            }
        }
        for (int i = old; i < n; i++) {
            Carrier c = carriers[i];
            if (c == null) {
                carriers[i] = c = new Carrier(this, i);
                c.start();
            } else {
                synchronized (idle) {
                    if (c.stopped) {
                        c.stopped = false;
                        c.wake(false);
                    }
                }
            }
        }
        wakep();
    }

    /**
     * The monitor (gc's sysmon, in part): every 10 ms, a carrier that has run the same task since
     * the last look while other tasks wait in its runnext or local queue gives them to the global
     * queue, and an idle carrier is woken for them.
     */
    private void sysmon() {
        long[] seen = new long[MAX_CARRIERS];
        while (true) {
            try {
                Thread.sleep(Preempt.TICK_MS);
            } catch (InterruptedException e) {
                // look anyway
            }
            int n = nprocs;
            long now = System.nanoTime();
            for (int i = 0; i < n; i++) {
                Carrier c = carriers[i];
                if (c == null) {
                    continue;
                }
                if (Syscalls.retake(this, c, now)) {
                    continue; // blocked in a system call: replaced by a new carrier (Syscalls)
                }
                long tick = c.schedtick;
                if (tick != seen[i] || c.current == null) {
                    seen[i] = tick;
                    continue;
                }
                // the same task for a whole tick: ask it to yield at its next loop poll
                c.preempt = true;
                if (c.queued() > 0) {
                    Runnable r = c.takeRunnext();
                    if (r != null) {
                        global.add(r);
                    }
                    while ((r = c.local.poll()) != null) {
                        global.add(r);
                    }
                    wakep();
                }
            }
        }
    }

    /**
     * A loop's preemption poll ({@link Preempt#poll}) on gava's scheduler: yields the carrier when
     * the monitor saw the goroutine run for a whole tick (gc's sysmon preempts a goroutine that ran
     * for 10 ms), else returns at once. The yielded goroutine goes to the global queue, behind the
     * goroutines woken by timers meanwhile.
     */
    static void preemptPoll() {
        Carrier c = INSTANCE.here();
        if (c != null && c.preempt) {
            c.preempt = false;
            Park.yield();
        }
    }

    /** Parks the calling carrier until {@link Carrier#notified}. */
    static void parkCarrier(Carrier c) {
        while (!c.notified) {
            LockSupport.park(c);
        }
    }
}
