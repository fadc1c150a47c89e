package gava.runtime;


/**
 * A goroutine waiting in a channel's send or receive queue (gc's sudog): for a plain channel
 * operation, or for one case of a blocked select (then {@link #sel} is set and the select's waiters
 * share one wake-up, claimed by whoever dequeues one of them first).
 *
 * <p>Protocol: the waiting goroutine enqueues the waiter under the channel lock, counts itself as
 * blocked ({@link Sched#blocking}), unlocks and parks until {@link #done} (first yielding its carrier
 * when {@link Chan#yieldsBeforePark} says so; a wake-up during the yields finds it not parked). A
 * waker takes it off the queue under the lock ({@link WaitQueue#dequeue}, which claims a select),
 * fills in {@link #elem} and then calls {@link #wake} after unlocking.
 */
final class Waiter {
    /** The channel whose queue this waiter is in. */
    final Chan chan;
    /** The waiting goroutine (null when the thread is not a goroutine: not counted as blocked). */
    final G g;
    /** Who to wake ({@link Park#self()}: the goroutine, or the waiting thread). */
    final Object parker;
    /** The select this waiter is a case of, or null. */
    final Select sel;
    /** The case index in {@link #sel}. */
    final int index;
    /** Whether this is a send (queued in the send queue). */
    final boolean isSend;
    /** The value to send, or the value received (unless {@link #prim}). */
    Object elem;
    /** The value to send or received when {@link #prim}. */
    long elemJ;
    /**
     * Whether the operation is a {@code long}-form one ({@link Chan#sendJ}, {@link Chan#recvJ}): its
     * value is {@link #elemJ}, never boxed; others see it through {@link #value}/{@link #give}.
     */
    boolean prim;
    /** True when the operation happened; false when the channel was closed. */
    boolean success;
    /** Set (last) by the waker of a plain operation. */
    volatile boolean done;

    // WaitQueue links
    Waiter prev;
    Waiter next;
    boolean queued;

    Waiter(Chan chan, G g, Select sel, int index, boolean isSend, Object elem) {
        this.chan = chan;
        this.g = g;
        this.parker = Park.self();
        this.sel = sel;
        this.index = index;
        this.isSend = isSend;
        this.elem = elem;
    }

    /** Hands a sent value to this waiting receiver (boxed form: a {@code Long} for a long-form one). */
    void give(Object v) {
        if (prim) {
            elemJ = v == null ? 0 : (Long) v;
        } else {
            elem = v;
        }
    }

    /** Hands a sent long to this waiting receiver. */
    void giveJ(long v) {
        if (prim) {
            elemJ = v;
        } else {
            elem = v;
        }
    }

    /** The value this waiting sender sends, boxed. */
    Object value() {
        return prim ? (Object) elemJ : elem;
    }

    /** The value this waiting sender sends, as a long (its element type is a long kind). */
    long valueJ() {
        return prim ? elemJ : elem == null ? 0 : (Long) elem;
    }

    /** Completes the operation (called by the waker, outside the channel lock, once dequeued). */
    void wake(boolean ok) {
        success = ok;
        Sched.unblocked(g);
        if (sel != null) {
            sel.fire(this);
        } else {
            done = true;
            Park.unpark(parker);
        }
    }

    /** Parks the waiting goroutine until {@link #wake} (plain operations). */
    void await() {
        int y = chan.yieldsBeforePark();
        if (y > 0) {
            for (int i = 0; i < y && !done; i++) {
                Park.yield();
            }
            chan.yielded(done);
        }
        while (!done) {
            Park.park(this);
        }
    }
}
