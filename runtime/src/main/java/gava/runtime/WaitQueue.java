package gava.runtime;

/**
 * A channel's queue of waiting senders or receivers (gc's waitq): FIFO, doubly linked so a select
 * can take its waiters out of the queues of the cases that did not fire. Guarded by the channel lock.
 */
final class WaitQueue {
    private Waiter first;
    private Waiter last;

    /** Whether nobody waits. */
    boolean isEmpty() {
        return first == null;
    }

    /** The number of waiters (including select waiters already claimed elsewhere). */
    int size() {
        int n = 0;
        for (Waiter w = first; w != null; w = w.next) {
            n++;
        }
        return n;
    }

    void enqueue(Waiter w) {
        w.next = null;
        w.prev = last;
        if (last == null) {
            first = w;
        } else {
            last.next = w;
        }
        last = w;
        w.queued = true;
    }

    /**
     * Takes the first waiter that can still be woken off the queue, or returns null. A waiter of a
     * select that another channel already fired (whose claim fails) is dropped and skipped.
     */
    Waiter dequeue() {
        while (true) {
            Waiter w = first;
            if (w == null) {
                return null;
            }
            unlink(w);
            if (w.sel != null && !w.sel.claim()) {
                continue;
            }
            return w;
        }
    }

    /** Takes w off the queue if it is still in it. */
    void remove(Waiter w) {
        if (w.queued) {
            unlink(w);
        }
    }

    private void unlink(Waiter w) {
        Waiter p = w.prev;
        Waiter n = w.next;
        if (p == null) {
            first = n;
        } else {
            p.next = n;
        }
        if (n == null) {
            last = p;
        } else {
            n.prev = p;
        }
        w.prev = null;
        w.next = null;
        w.queued = false;
    }
}
