package gava.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Goroutine bookkeeping: the registry of live goroutines (for deadlock tracebacks), which goroutine
 * the current thread runs, and deadlock detection as gc's {@code checkdead} does it.
 *
 * <h2>Deadlock detection</h2>
 * Two counts, packed in one {@code long}: the live goroutines (high 32 bits) and the goroutines
 * blocked in channel operations (low 32 bits). A goroutine counts itself as blocked
 * ({@link #blocking}) after it has enqueued itself on its channel(s) and while it still holds their
 * locks; whoever takes it off a queue to wake it counts it as running again ({@link #unblocked})
 * before doing anything that could block itself. So a goroutine about to be woken is never counted as
 * blocked, and when the count of blocked goroutines equals the count of live ones nobody is left to
 * wake anybody: {@code fatal error: all goroutines are asleep - deadlock!} with every goroutine's
 * traceback, exit 2. Goroutines that sleep, spin, wait for I/O or run any other Java code are live
 * and not blocked, so they never trigger a report (as gc, which does not report while a timer is
 * pending); a pending timer ({@link Timers}) counts as one more live goroutine that is not blocked
 * ({@link #timerPending}), but not in {@link #live}. Detection is on only in programs started by
 * {@link Go#run}; threads that are not goroutines (tests, runtime helpers) are never counted.
 *
 * <p>Where the counts live and when they are compared, as gc's {@code checkdead}, which runs when a
 * thread goes idle: on gava's scheduler each {@link Carrier} keeps its own share of the counts
 * (written by that carrier only, so the hot path of a channel hand-off touches no shared atomic
 * word), and the carrier that makes all of them idle compares the sums before it parks
 * ({@link #checkIdle}): with every carrier idle no goroutine code runs, so the shares do not move.
 * Threads that are not carriers (the main goroutine on a platform thread, timers, everything on the
 * JDK's scheduler) update one atomic word and compare at once, but only when every carrier is idle
 * (else the last carrier to go idle does). Each side updates its count before it looks at the
 * other's (the idle count, the atomic word), so a change is always seen by one of them.
 */
final class Sched {
    private Sched() {}

    // gc's wait reasons, as printed in goroutine headers
    static final String CHAN_RECEIVE = "chan receive";
    static final String CHAN_SEND = "chan send";
    static final String SELECT = "select";
    static final String SELECT_NO_CASES = "select (no cases)";
    static final String CHAN_RECEIVE_NIL = "chan receive (nil chan)";
    static final String CHAN_SEND_NIL = "chan send (nil chan)";

    private static final long ONE_LIVE = 1L << 32;
    /** live goroutines &lt;&lt; 32 | blocked goroutines, as changed by threads that are not carriers. */
    private static final AtomicLong COUNTS = new AtomicLong();
    /** Live goroutines by id. */
    private static final ConcurrentHashMap<Long, G> ALL = new ConcurrentHashMap<>();
    private static final ThreadLocal<G> CURRENT = new ThreadLocal<>();
    private static final AtomicLong IDS = new AtomicLong(4);
    /** Whether deadlocks are reported (set by {@link Go#run}). */
    private static volatile boolean detect;
    /** Set when the main goroutine called runtime.Goexit. */
    private static volatile boolean mainExited;

    /** The goroutine the current thread runs, or null when it is not a goroutine. */
    static G current() {
        G g = Park.g();
        return g != null ? g : CURRENT.get();
    }

    /** The number of live goroutines ({@code runtime.NumGoroutine}). */
    static int live() {
        return (int) (counts() >>> 32) - TIMERS.get();
    }

    /** Pending timers ({@link Timers}), also counted in the live half of {@link #COUNTS}. */
    private static final java.util.concurrent.atomic.AtomicInteger TIMERS =
            new java.util.concurrent.atomic.AtomicInteger();

    /**
     * A timer became pending: it counts as a live goroutine that is not blocked (it will wake
     * somebody), so no deadlock is reported while it is pending, as in gc's checkdead.
     */
    static void timerPending() {
        TIMERS.incrementAndGet();
        count(ONE_LIVE);
    }

    /**
     * A pending timer was stopped, or fired and has done its work (its channel send or its
     * AfterFunc goroutine's start): reports a deadlock if every goroutine is now blocked.
     */
    static void timerDone() {
        TIMERS.decrementAndGet();
        count(-ONE_LIVE);
    }

    /**
     * Registers the main goroutine (id 1) and turns on deadlock detection: on the current thread, or
     * (cont) as a continuation to be started by the caller.
     */
    static G startMain(boolean cont) {
        G g = new G(1, null, null, cont ? null : Thread.currentThread());
        if (!cont) {
            CURRENT.set(g);
        }
        ALL.put(g.id, g);
        count(ONE_LIVE);
        detect = true;
        return g;
    }

    /**
     * A new goroutine created by the {@code go} statement at {@code creator} (a stack element, or
     * the frame itself): counted as live from now on.
     */
    static G create(StackTraceElement creator, Traceback.Frame creatorFrame) {
        G g = new G(IDS.incrementAndGet(), creator, creatorFrame, null);
        count(ONE_LIVE);
        return g;
    }

    /** Registers g, to be run by thread t, before t starts. */
    static void register(G g, Thread t) {
        g.thread = t;
        ALL.put(g.id, g);
    }

    /** Called on g's thread before it runs Go code (a continuation is known by its carrier). */
    static void started(G g) {
        if (g.cont == null) {
            CURRENT.set(g);
        }
    }

    /** Called on g's thread when the goroutine ends (returned, or runtime.Goexit). */
    static void exited(G g) {
        ALL.remove(g.id);
        if (g.cont == null) {
            CURRENT.remove();
        }
        if (g.id == 1) {
            mainExited = true;
        }
        count(-ONE_LIVE);
    }

    /**
     * The current goroutine g (may be null: not a goroutine) is about to park in a channel operation
     * for {@code reason}; it has enqueued itself and still holds the channel locks. Reports a deadlock
     * if nobody is left to wake it.
     */
    static void blocking(G g, String reason) {
        if (g == null) {
            return;
        }
        g.waitReason = reason;
        count(1);
    }

    /** A goroutine blocked by {@link #blocking} was taken off its queue to be woken. */
    static void unblocked(G g) {
        if (g != null) {
            count(-1);
        }
    }

    /**
     * Blocks the current goroutine forever (nil channel operations, {@code select {}}, a select whose
     * channels are all nil). Never returns; declared to return an exception so callers can write
     * {@code throw Sched.blockForever(...)}.
     */
    static RuntimeException blockForever(String reason) {
        blocking(current(), reason);
        while (true) {
            Park.park(null);
        }
    }

    /**
     * Adds delta to the counts: to the current carrier's share, or (not on a carrier) to the atomic
     * word, then compares them if every carrier is idle.
     */
    private static void count(long delta) {
        Carrier c = GoScheduler.INSTANCE != null ? GoScheduler.INSTANCE.here() : null;
        if (c != null) {
            c.addCounts(delta);
            return;
        }
        long v = COUNTS.addAndGet(delta);
        if (GoScheduler.INSTANCE == null) {
            check(v);
        } else if (GoScheduler.INSTANCE.allIdle()) {
            check(counts());
        }
    }

    /** The counts: the atomic word plus every carrier's share. */
    private static long counts() {
        long v = COUNTS.get();
        GoScheduler s = GoScheduler.INSTANCE;
        if (s != null) {
            v += s.countShares();
        }
        return v;
    }

    /** Moves a retired carrier's share of the counts to the atomic word ({@link Syscalls}). */
    static void absorb(long share) {
        COUNTS.addAndGet(share);
    }

    /** Called by the carrier that made every carrier idle, before it parks (gc's checkdead). */
    static void checkIdle() {
        check(counts());
    }

    private static void check(long counts) {
        if (!detect) {
            return;
        }
        int live = (int) (counts >>> 32);
        int blocked = (int) counts;
        if (live == 0 && mainExited) {
            Go.fatal(() -> Go.bytes("fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n"));
        } else if (live > 0 && live == blocked) {
            Go.fatal(Sched::deadlockReport);
        }
    }

    /** gc's report: the fatal error, then each goroutine's header, traceback and creator, by id. */
    static byte[] deadlockReport() {
        Go.Text sb = new Go.Text();
        sb.add("fatal error: all goroutines are asleep - deadlock!\n");
        List<G> gs = new ArrayList<>(ALL.values());
        gs.sort((a, b) -> Long.compare(a.id, b.id));
        for (G g : gs) {
            StackTraceElement[] st = g.stackTrace();
            sb.add('\n');
            String reason = g.syncReason != null ? g.syncReason : g.waitReason == null ? "running" : g.waitReason;
            Go.appendGoroutine(sb, g.id, reason, st, g.creatorFrame());
        }
        return sb.b.toByteArray();
    }
}
