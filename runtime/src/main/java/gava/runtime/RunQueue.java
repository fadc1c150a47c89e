package gava.runtime;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * A carrier's local run queue, as gc's per-P {@code runq}: a ring of {@value #SIZE} tasks that only
 * its owner appends to ({@link #put}) and that the owner and thieves take from the head with a CAS
 * ({@link #poll}, {@link #stealHalf}). A slot between head and tail is never overwritten before the
 * head moves past it (the owner appends only while {@code tail - head < SIZE}), so a consumer that
 * read a slot and then won the CAS on head read the right task.
 */
final class RunQueue {
    static final int SIZE = 256;
    private static final VarHandle HEAD;
    private static final VarHandle TAIL;
    private static final VarHandle SLOT = MethodHandles.arrayElementVarHandle(Runnable[].class);

    static {
        try {
            MethodHandles.Lookup l = MethodHandles.lookup();
            HEAD = l.findVarHandle(RunQueue.class, "head", int.class);
            TAIL = l.findVarHandle(RunQueue.class, "tail", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Runnable[] ring = new Runnable[SIZE];
    /** Index of the oldest task; advanced by CAS (owner and thieves). */
    private volatile int head;
    /** Index past the newest task; written by the owner only. */
    private volatile int tail;

    /** Appends r (owner only); false when the ring is full (the caller puts r elsewhere). */
    boolean put(Runnable r) {
        int t = tail;
        if (t - (int) HEAD.getAcquire(this) >= SIZE) {
            return false;
        }
        SLOT.setRelease(ring, t & (SIZE - 1), r);
        TAIL.setRelease(this, t + 1);
        return true;
    }

    /** Takes the oldest task, or null when empty (owner, or anybody). */
    Runnable poll() {
        while (true) {
            int h = (int) HEAD.getAcquire(this);
            int t = (int) TAIL.getAcquire(this);
            if (t - h <= 0) {
                return null;
            }
            Runnable r = (Runnable) SLOT.getAcquire(ring, h & (SIZE - 1));
            if (HEAD.compareAndSet(this, h, h + 1)) {
                return r;
            }
        }
    }

    /** Whether the queue looks empty (racy). */
    boolean isEmpty() {
        return tail - head <= 0;
    }

    /** The number of queued tasks (racy). */
    int size() {
        return Math.max(0, tail - head);
    }

    /**
     * Moves about half of this queue's tasks into {@code to} (the thief's own, empty queue; what does
     * not fit goes to {@code overflow}) and returns one more to run, or null when there was nothing
     * to take.
     */
    Runnable stealHalf(RunQueue to, java.util.Queue<Runnable> overflow) {
        while (true) {
            int h = (int) HEAD.getAcquire(this);
            int t = (int) TAIL.getAcquire(this);
            int n = t - h;
            if (n <= 0) {
                return null;
            }
            if (n > SIZE) {
                continue; // inconsistent snapshot: read again
            }
            n = n - n / 2;
            Runnable first = (Runnable) SLOT.getAcquire(ring, h & (SIZE - 1));
            Runnable[] batch = n > 1 ? new Runnable[n - 1] : null;
            for (int i = 1; i < n; i++) {
                batch[i - 1] = (Runnable) SLOT.getAcquire(ring, (h + i) & (SIZE - 1));
            }
            if (HEAD.compareAndSet(this, h, h + n)) {
                if (batch != null) {
                    for (Runnable r : batch) {
                        if (!to.put(r)) {
                            overflow.add(r);
                        }
                    }
                }
                return first;
            }
        }
    }
}
