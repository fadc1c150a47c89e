package gava.runtime;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One execution of a Go {@code select} statement (gc's selectgo).
 *
 * <h2>API for compiled code</h2>
 * <pre>
 * Select s = new Select(2);          // the number of send/receive cases (the default is not one)
 * s.send(ch1, v);                     // case 0: ch1 &lt;- v   (v evaluated now, as Go does)
 * s.recv(ch2);                        // case 1: x, ok := &lt;-ch2
 * int k = s.select();                 // blocks; or s.trySelect() when there is a default: -1 = default
 * switch (k) { case 1 -&gt; { x = s.value(); ok = s.ok(); ... } ... }
 * </pre>
 * Cases are numbered in the order they were added. Among the cases that can proceed one is chosen
 * uniformly at random; cases on nil channels never proceed. If none can and there is no default the
 * goroutine blocks on all the channels at once ({@code [select]} in tracebacks) until one proceeds.
 * A send case on a closed channel panics {@code send on closed channel}; a receive case on a closed
 * channel proceeds with the zero value and {@code ok == false}. {@code select {}} is
 * {@link #block()}. See {@link Chan} for the one-case forms, which gc (and code generation) compile
 * to plain channel operations. A Select object is used for one execution (create a new one each
 * time the statement runs).
 *
 * <h2>Implementation</h2>
 * As gc: a random poll order, a lock order by channel {@link Chan#id}; all the channels are locked
 * (in lock order) to look for a case that can proceed; failing that, a {@link Waiter} per case is
 * enqueued on every channel, the goroutine parks, and whoever first dequeues one of them claims the
 * select (an atomic flag) and wakes it; the waiters of the other cases are then taken off their
 * queues.
 */
public final class Select {
    private final Chan[] chans;
    private final Object[] values;
    private final boolean[] sends;
    private int n;
    /** The value received by the chosen case. */
    private Object received;
    private boolean ok;

    /** 0 until a waker claims this (blocked) select. */
    @SuppressWarnings("unused")
    private volatile int claimed;
    /** The waiter that fired; set (last) by the waker that claimed this select. */
    private volatile Waiter fired;
    /** Who to wake ({@link Park#self()}) once blocked. */
    private Object parker;

    private static final VarHandle CLAIMED;

    static {
        try {
            CLAIMED = MethodHandles.lookup().findVarHandle(Select.class, "claimed", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** A select with room for {@code cases} send/receive cases. */
    public Select(int cases) {
        chans = new Chan[cases];
        values = new Object[cases];
        sends = new boolean[cases];
    }

    /** Adds the case {@code c <- v}. */
    public Select send(Chan c, Object v) {
        chans[n] = c;
        values[n] = v;
        sends[n] = true;
        n++;
        return this;
    }

    /** Adds the case {@code <-c} (with or without an assignment). */
    public Select recv(Chan c) {
        chans[n] = c;
        n++;
        return this;
    }

    /** The value received by the chosen case (the zero value when its channel was closed). */
    public Object value() {
        return received;
    }

    /** Whether the chosen receive case got a value sent (false when its channel was closed). */
    public boolean ok() {
        return ok;
    }

    /** {@code select {}}: blocks forever. Never returns; compiled code writes {@code throw Select.block()}. */
    public static RuntimeException block() {
        throw Sched.blockForever(Sched.SELECT_NO_CASES);
    }

    /** Runs a select without a default case: the index of the case that proceeded. */
    public int select() {
        return run(true);
    }

    /** Runs a select with a default case: the index of the case that proceeded, or -1 for the default. */
    public int trySelect() {
        return run(false);
    }

    private int run(boolean block) {
        // poll order: a random permutation of the cases with a channel
        int[] poll = new int[n];
        int norder = 0;
        ThreadLocalRandom rnd = ThreadLocalRandom.current();
        for (int i = 0; i < n; i++) {
            if (chans[i] == null) {
                continue;
            }
            int j = rnd.nextInt(norder + 1);
            poll[norder] = poll[j];
            poll[j] = i;
            norder++;
        }
        if (norder == 0) {
            if (!block) {
                return -1;
            }
            throw Sched.blockForever(n == 0 ? Sched.SELECT_NO_CASES : Sched.SELECT);
        }
        // lock order: by channel id (insertion sort from the poll order; selects are small)
        int[] order = new int[norder];
        for (int k = 0; k < norder; k++) {
            int c = poll[k];
            long id = chans[c].id;
            int j = k;
            while (j > 0 && chans[order[j - 1]].id > id) {
                order[j] = order[j - 1];
                j--;
            }
            order[j] = c;
        }
        lockAll(order, norder);

        // pass 1: a case that can proceed now
        for (int k = 0; k < norder; k++) {
            int i = poll[k];
            Chan c = chans[i];
            if (sends[i]) {
                if (c.closed) {
                    unlockAll(order, norder);
                    throw Chan.sendOnClosed();
                }
                Waiter r = c.recvq.dequeue();
                if (r != null) {
                    unlockAll(order, norder);
                    r.give(values[i]);
                    r.wake(true);
                    return i;
                }
                if (c.count() < c.cap) {
                    c.put(values[i]);
                    unlockAll(order, norder);
                    return i;
                }
            } else {
                if (c.count() > 0) {
                    Object v = c.take();
                    Waiter s = c.sendq.dequeue();
                    if (s != null) {
                        c.putFrom(s);
                    }
                    unlockAll(order, norder);
                    if (s != null) {
                        s.wake(true);
                    }
                    return received(i, v, true);
                }
                if (c.closed) {
                    unlockAll(order, norder);
                    return received(i, c.elemZero(), false);
                }
                Waiter s = c.sendq.dequeue();
                if (s != null) {
                    unlockAll(order, norder);
                    Object v = s.value();
                    s.wake(true);
                    return received(i, v, true);
                }
            }
        }
        if (!block) {
            unlockAll(order, norder);
            return -1;
        }

        // pass 2: wait on every channel
        G g = Sched.current();
        parker = Park.self();
        fired = null;
        CLAIMED.setVolatile(this, 0);
        Waiter[] ws = new Waiter[norder];
        for (int k = 0; k < norder; k++) {
            int i = order[k];
            Chan c = chans[i];
            Waiter w = new Waiter(c, g, this, i, sends[i], values[i]);
            ws[k] = w;
            if (sends[i]) {
                c.sendq.enqueue(w);
            } else {
                c.recvq.enqueue(w);
            }
        }
        Sched.blocking(g, Sched.SELECT);
        unlockAll(order, norder);
        Waiter f;
        Chan first = chans[order[0]];
        int y = first.yieldsBeforePark();
        if (y > 0) {
            for (int k = 0; k < y && fired == null; k++) {
                Park.yield();
            }
            first.yielded(fired != null);
        }
        while ((f = fired) == null) {
            Park.park(this);
        }

        // pass 3: leave the queues of the other cases
        lockAll(order, norder);
        for (Waiter w : ws) {
            if (w != f) {
                if (w.isSend) {
                    w.chan.sendq.remove(w);
                } else {
                    w.chan.recvq.remove(w);
                }
            }
        }
        unlockAll(order, norder);
        int i = f.index;
        if (f.isSend) {
            if (!f.success) {
                throw Chan.sendOnClosed();
            }
            return i;
        }
        return received(i, f.success ? f.elem : f.chan.elemZero(), f.success);
    }

    private int received(int i, Object v, boolean got) {
        received = v;
        ok = got;
        return i;
    }

    /** Claims this blocked select for the caller (who dequeued one of its waiters): false if taken. */
    boolean claim() {
        return CLAIMED.compareAndSet(this, 0, 1);
    }

    /** Wakes the blocked select: waiter w's case proceeded. */
    void fire(Waiter w) {
        Object t = parker;
        fired = w;
        Park.unpark(t);
    }

    private void lockAll(int[] order, int norder) {
        Chan last = null;
        for (int k = 0; k < norder; k++) {
            Chan c = chans[order[k]];
            if (c != last) {
                c.lock.lock();
                last = c;
            }
        }
    }

    private void unlockAll(int[] order, int norder) {
        Chan last = null;
        for (int k = norder - 1; k >= 0; k--) {
            Chan c = chans[order[k]];
            if (c != last) {
                c.lock.unlock();
                last = c;
            }
        }
    }
}
