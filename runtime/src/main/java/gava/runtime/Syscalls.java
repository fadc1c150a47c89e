package gava.runtime;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Goroutines in blocking system calls, as gc's {@code entersyscall}/{@code exitsyscall} and sysmon's
 * {@code retake}: a goroutine about to make a call that may block its thread in the kernel (a read of
 * standard input, a terminal or a FIFO, a file write, an open of a FIFO) marks its {@link Carrier}
 * ({@link #enter}) and unmarks it afterwards ({@link #exit}); the marks are two plain stores and one
 * release store, and one CAS. The JDK frees a virtual thread's carrier only while it waits in the JDK's
 * own poller (sockets, pipes made by {@code Pipe.open}), in {@code Object.wait} or a lock; a native
 * blocking read keeps the carrier, and with gava's scheduler nothing compensates for it.
 *
 * <p>The scheduler's monitor ({@link GoScheduler}'s sysmon, every 10 ms) retires a carrier that has
 * been in the same call for {@link #THRESHOLD_NANOS} (1 ms; {@code -Dgava.sched.syscall=NANOS}) while
 * work waits or no other carrier is idle or spinning, or for 10 ms in any case ({@link #retake}): a
 * new carrier takes its index (gc's P) in {@link GoScheduler#carriers}, its queued tasks go to the
 * global queue, and the retired one keeps only its thread (gc's M blocked in the kernel). When the call
 * returns, the goroutine yields to the global queue ({@link #exit}: gc's exitsyscall finding no P) and
 * the retired carrier's thread ends ({@link #leave}). So GOMAXPROCS carriers always run goroutines,
 * however many goroutines are blocked in calls.
 *
 * <p>Deadlock detection is not affected: a goroutine in a call is live and not blocked. A retired
 * carrier's share of {@link Sched}'s goroutine counts stays visible ({@link #retired}, summed by
 * {@link GoScheduler#countShares}) until it moves it to the shared word before its thread ends.
 */
final class Syscalls {
    private Syscalls() {}

    /** {@link Carrier#sys}: running goroutine code. */
    static final int RUNNING = 0;
    /** {@link Carrier#sys}: in a system call since {@link Carrier#sysSince}. */
    static final int IN_SYSCALL = 1;
    /** {@link Carrier#sys}: retired by the monitor while in a call; replaced, ends after the call. */
    static final int RETIRED = 2;
    /** How long a call runs before its carrier may be retired, in nanoseconds. */
    static final long THRESHOLD_NANOS = Long.getLong("gava.sched.syscall", 1_000_000);
    /** A call this long always loses its carrier (gc's sysmon: 10 ms). */
    static final long FORCE_NANOS = 10_000_000;

    private static final VarHandle SYS;
    /** Retired carriers whose thread has not ended yet. */
    private static final Set<Carrier> RETIRED_SET = ConcurrentHashMap.newKeySet();

    static {
        try {
            SYS = MethodHandles.lookup().findVarHandle(Carrier.class, "sys", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /**
     * Marks the calling goroutine's carrier as in a blocking call; returns it for {@link #exit}, or null
     * when the caller is not a goroutine on gava's scheduler (nothing to do then).
     */
    static Carrier enter() {
        GoScheduler s = GoScheduler.INSTANCE;
        if (s == null) {
            return null;
        }
        Carrier c = s.here();
        if (c == null) {
            return null;
        }
        c.sysTick = c.schedtick;
        c.sysSince = System.nanoTime();
        SYS.setRelease(c, IN_SYSCALL);
        return c;
    }

    /**
     * The call marked by {@link #enter} returned: unmarks the carrier, or, when the monitor retired it
     * meanwhile, yields, so the goroutine goes on on a carrier that owns an index.
     */
    static void exit(Carrier c) {
        if (c == null) {
            return;
        }
        if (GoScheduler.INSTANCE.here() != c) {
            // the goroutine was unmounted inside the call (a lock) and runs elsewhere now: the mark
            // is stale (the monitor ignores it: the carrier has switched tasks since)
            return;
        }
        if (SYS.compareAndSet(c, IN_SYSCALL, RUNNING)) {
            return;
        }
        if ((int) SYS.getAcquire(c) == RETIRED) {
            absorbCounts(c);
            Park.yield();
        }
    }

    /**
     * The monitor's look at carrier c (index below GOMAXPROCS) at time now: retires it when it has been
     * in one call long enough (see the class comment) and returns true.
     */
    static boolean retake(GoScheduler s, Carrier c, long now) {
        if ((int) SYS.getAcquire(c) != IN_SYSCALL || c.sysTick != c.schedtick || c.current == null) {
            return false; // not in a call, or a stale mark (the goroutine was unmounted inside it)
        }
        long d = now - c.sysSince;
        if (d < THRESHOLD_NANOS) {
            return false;
        }
        if (d < FORCE_NANOS && c.queued() == 0 && s.global.isEmpty()
            && s.npidle.get() + s.nspinning.get() > 0) {
            return false; // nothing waits and others can take new work: not yet (as gc's retake)
        }
        RETIRED_SET.add(c); // before it leaves the carriers array: its count share stays summed
        if (!SYS.compareAndSet(c, IN_SYSCALL, RETIRED)) {
            RETIRED_SET.remove(c);
            return false;
        }
        c.setName(c.getName() + "-syscall");
        synchronized (s) {
            if (s.carriers[c.index] == c) {
                Carrier n = new Carrier(s, c.index);
                s.carriers[c.index] = n;
                n.start();
            }
        }
        handOff(s, c);
        return true;
    }

    /** A retired carrier c, its last task done: gives away what it holds; its thread then ends. */
    static void leave(Carrier c) {
        GoScheduler s = c.sched;
        absorbCounts(c);
        RETIRED_SET.remove(c);
        if (c.spinning) {
            c.spinning = false;
            s.nspinning.decrementAndGet();
        }
        handOff(s, c);
        if (!s.global.isEmpty()) {
            s.wakep(); // in case a wake-up meant for work was spent on this carrier
        }
    }

    /** Retired carriers that still run (their shares of the goroutine counts). */
    static Set<Carrier> retired() {
        return RETIRED_SET;
    }

    /** Moves c's queued tasks to the global queue and wakes a carrier for them. */
    private static void handOff(GoScheduler s, Carrier c) {
        boolean moved = false;
        Runnable r = c.takeRunnext();
        if (r != null) {
            s.global.add(r);
            moved = true;
        }
        while ((r = c.local.poll()) != null) {
            s.global.add(r);
            moved = true;
        }
        if (moved) {
            s.wakep();
        }
    }

    /** Moves retired carrier c's share of the goroutine counts to the shared word (on c only). */
    private static void absorbCounts(Carrier c) {
        long v = c.counts();
        if (v != 0) {
            Sched.absorb(v);
            c.addCounts(-v);
        }
    }
}
