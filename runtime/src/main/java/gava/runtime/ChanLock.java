package gava.runtime;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * A channel's lock (gc's hchan.lock): held only for the few loads and stores of one channel
 * operation, never across a park, so a waiter spins instead of queueing. Uncontended, it costs one
 * compare-and-set to take and one release store to give back ({@code ReentrantLock} also keeps an
 * owner and a wait queue). A contender spins briefly, then yields its carrier (a virtual thread) or
 * its processor (a platform thread) between tries, in case the holder's carrier was descheduled.
 * Not reentrant.
 */
final class ChanLock {
    private static final VarHandle STATE;
    /** Tries between yields when contended. */
    private static final int SPINS = 128;

    static {
        try {
            STATE = MethodHandles.lookup().findVarHandle(ChanLock.class, "state", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** 1 while held. */
    private volatile int state;

    /** Takes the lock, waiting while another thread holds it. */
    void lock() {
        if (!STATE.compareAndSet(this, 0, 1)) {
            contended();
        }
    }

    private void contended() {
        while (true) {
            for (int i = 0; i < SPINS; i++) {
                if (state == 0 && STATE.compareAndSet(this, 0, 1)) {
                    return;
                }
                Thread.onSpinWait();
            }
            Park.yield();
        }
    }

    /** Gives the lock back (its holder only). */
    void unlock() {
        STATE.setRelease(this, 0);
    }
}
