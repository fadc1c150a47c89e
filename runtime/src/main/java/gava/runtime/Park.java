package gava.runtime;

import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Blocking and waking for the whole runtime: what a channel, select, sleep or poller wait calls
 * instead of {@link LockSupport}. A goroutine is either a continuation run by gava's scheduler
 * ({@link #CONT}: parked with {@link G#park}, woken by queueing its {@link G}) or a thread (a
 * virtual thread when continuations are not available, the main goroutine on a platform thread,
 * and threads that are not goroutines at all: parked with {@link LockSupport}). A waiter records
 * {@link #self()} and its waker passes that to {@link #unpark}.
 */
final class Park {
    private Park() {}

    /** Whether goroutines run as continuations on gava's scheduler. */
    static final boolean CONT = Cont.AVAILABLE && GoScheduler.INSTANCE != null;

    /** Runs the unparks of timed parks on continuations. */
    private static final class Timer {
        static final ScheduledThreadPoolExecutor EXEC;

        static {
            EXEC = new ScheduledThreadPoolExecutor(1, r -> {
                Thread t = new Thread(r, "gava-park-timer");
                t.setDaemon(true);
                return t;
            });
            EXEC.setRemoveOnCancelPolicy(true);
        }
    }

    /** The goroutine whose continuation runs on the caller's carrier, or null (not on a continuation). */
    static G g() {
        return CONT ? Carrier.currentG() : null;
    }

    /** Who {@link #unpark} must be given to wake the caller: its {@link G}, or its thread. */
    static Object self() {
        G g = g();
        return g != null ? g : Thread.currentThread();
    }

    /** Parks the caller until {@link #unpark} of {@link #self()}; may return spuriously. */
    static void park(Object blocker) {
        G g = g();
        if (g != null) {
            g.park();
        } else {
            LockSupport.park(blocker);
            Thread.interrupted();
        }
    }

    /** As {@link #park}, for at most nanos nanoseconds. */
    static void parkNanos(Object blocker, long nanos) {
        if (nanos <= 0) {
            return;
        }
        G g = g();
        if (g != null) {
            ScheduledFuture<?> f = Timer.EXEC.schedule(g::unpark, nanos, TimeUnit.NANOSECONDS);
            g.park();
            f.cancel(false);
        } else {
            LockSupport.parkNanos(blocker, nanos);
            Thread.interrupted();
        }
    }

    /** Wakes who (a {@link #self()} value): queues its goroutine or unparks its thread. */
    static void unpark(Object who) {
        if (who instanceof G g) {
            g.unpark();
        } else if (who != null) {
            LockSupport.unpark((Thread) who);
        }
    }

    /** Lets other goroutines run: the caller goes to the back of the global queue (gc's Gosched). */
    static void yield() {
        G g = g();
        if (g != null) {
            g.yieldNow();
        } else {
            Thread.yield();
        }
    }

    /** Whether the caller is a goroutine that yields its carrier cheaply (a continuation or virtual thread). */
    static boolean canYield() {
        return Thread.currentThread().isVirtual() || g() != null;
    }
}
