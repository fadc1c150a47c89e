package gava.runtime;

import java.util.concurrent.locks.LockSupport;

/**
 * Cooperative preemption of goroutines at loop back-edges, standing in for gc's asynchronous
 * preemption (Go 1.14): virtual threads are never preempted by the JVM, so with two carrier threads
 * two goroutines spinning in loops would keep every other goroutine off the CPU forever.
 *
 * <p>A ticker thread ({@code gava-preempt}, started with the first {@code go} statement) increments
 * {@link #epoch} every {@link #TICK_MS} ms. Compiled code reads the epoch into a local when it enters
 * a {@code for} loop and compares it at each back-edge (a volatile load, a compare and a branch not
 * taken); when it changed, the loop calls {@link #poll()}, which yields the goroutine's carrier to
 * the other runnable goroutines ({@link Thread#yield()} on a virtual thread) and returns the new
 * epoch. So a loop yields at most once per tick, and a program that never starts a goroutine never
 * yields.
 */
public final class Preempt {
    private Preempt() {}

    /** The time slice: gc preempts a goroutine that has run for 10 ms. */
    static final long TICK_MS = 10;

    /** How long a preempted goroutine parks: just long enough to requeue it. */
    private static final long YIELD_NANOS = 1_000;

    /** Incremented by the ticker every {@link #TICK_MS} ms once goroutines exist. */
    public static volatile int epoch;

    private static volatile boolean started;

    /**
     * Called at a loop back-edge when {@link #epoch} changed since the loop last looked: lets other
     * goroutines run (only a virtual thread yields; the main goroutine on a platform thread goes on).
     * Returns the epoch to compare with from now on.
     */
    public static int poll() {
        if (GoScheduler.INSTANCE != null) {
            GoScheduler.preemptPoll(); // yields only a goroutine that ran for a whole tick
        } else if (Thread.currentThread().isVirtual()) { // the JDK's scheduler
            // Not Thread.yield(): the carrier's pool would take the yielded goroutine back from
            // the queue it was just put in, ahead of a goroutine woken from elsewhere (a timer
            // or a platform thread), which could wait forever. A timed park queues it behind them.
            LockSupport.parkNanos(YIELD_NANOS);
        }
        return epoch;
    }

    /** Starts the ticker (once): called when the program starts its first goroutine. */
    static void start() {
        if (started) {
            return;
        }
        synchronized (Preempt.class) {
            if (started) {
                return;
            }
            started = true;
            Thread th = new Thread(Preempt::tick, "gava-preempt");
            th.setDaemon(true);
            th.start();
        }
    }

    private static void tick() {
        while (true) {
            try {
                Thread.sleep(TICK_MS);
            } catch (InterruptedException e) {
                // tick anyway
            }
            epoch++;
        }
    }
}
