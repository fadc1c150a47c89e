package gava.runtime;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A Go channel ({@code chan T}, {@code chan<- T}, {@code <-chan T}); the nil channel is {@code null}
 * and every operation is static and accepts it. Semantics and panics are gc 1.19's.
 *
 * <h2>API for compiled code</h2>
 * Element values travel as {@code Object}: primitives boxed as for map values ({@code Long} for int,
 * {@code Integer} for int32, ...), everything else in its design-notes representation. A send is a
 * store: struct and array values must be copied by the sender (the receiver then owns the value).
 * <pre>
 * make(chan T)            Chan.make(z)                 z: the element type's {@link Zero} (null when
 * make(chan T, n)         Chan.make(n, z)                 the zero value is null); panics
 *                                                         "makechan: size out of range"
 * ch &lt;- v                 Chan.send(ch, v)             panics "send on closed channel"
 * &lt;-ch, v := &lt;-ch         Chan.recv(ch)                the zero value once ch is closed and empty
 * v, ok := &lt;-ch           r = Chan.recv2(ch)           r == Chan.CLOSED: ok = false, v = zero value
 *                                                         ({@link #zero}(ch) or the type's own zero)
 * for v := range ch       loop on recv2 until CLOSED
 * close(ch)               Chan.close(ch)               panics "close of nil channel", "close of closed channel"
 * len(ch), cap(ch)        Chan.len(ch), Chan.cap(ch)   (long)
 * T of a long kind (int, int64, uint, uint64, uintptr), unboxed:
 * make(chan T[, n])       Chan.makeJ([n])              the buffer is a long[]
 * ch &lt;- v, &lt;-ch          Chan.sendJ(ch, v), Chan.recvJ(ch)   (other forms still work on such a
 *                                                         channel, and these on any channel of T)
 * for v := range ch       loop on v = Chan.recv2J(ch, ok) while ok.v != 0 (ok: one CellJ per loop)
 * select { case ch &lt;- v: A; default: B }   if (Chan.trySend(ch, v)) A else B
 * select { case v, ok := &lt;-ch: A; default: B }
 *                         r = Chan.tryRecv(ch)         r == Chan.WOULD_BLOCK: B; else as recv2
 * </pre>
 * gc compiles a select with one case and no default as the plain operation (it blocks as
 * {@code chan send}/{@code chan receive}), and one with one case and a default as the try forms above;
 * code generation should do the same, and use {@link Select} for the others and
 * {@link Select#block()} for {@code select {}}. Operations on the nil channel block forever
 * ({@code chan send (nil chan)} / {@code chan receive (nil chan)}); trySend/tryRecv on it never
 * proceed.
 *
 * <h2>Implementation</h2>
 * As gc's hchan: a lock per channel (no global lock), a FIFO ring buffer, and FIFO queues of waiting
 * senders and receivers ({@link Waiter}). A sender finding a waiting receiver (or a receiver finding
 * a waiting sender) hands the value over directly and wakes it; goroutines park with
 * {@link java.util.concurrent.locks.LockSupport}, after yielding their carrier a couple of times
 * when that has been completing operations on the channel ({@link #yieldsBeforePark}). The buffer
 * grows on demand up to the capacity, and values of zero-size element types ({@code struct{}}) are
 * only counted. Each channel has a unique
 * {@link #id} that orders the locking of several channels by a select (gc orders by address).
 */
public final class Chan {
    /** What {@link #recv2} and {@link #tryRecv} return once the channel is closed and empty. */
    public static final Object CLOSED = new Sentinel("closed");
    /** What {@link #tryRecv} returns when a receive would block. */
    public static final Object WOULD_BLOCK = new Sentinel("would block");

    private record Sentinel(String name) {}

    /** gc's maxAlloc - hchanSize on 64-bit Linux: the largest buffer make accepts, in bytes. */
    static final long MAX_BUFFER_BYTES = (1L << 48) - 96;
    private static final int INITIAL_BUFFER = 256;
    /** Yields before parking when that has been helping ({@link #yieldsBeforePark}); -Dgava.chanyields. */
    private static final int YIELDS = Integer.getInteger("gava.chanyields", GoScheduler.INSTANCE != null ? 0 : 2);
    private static final int MAX_ARRAY = Integer.MAX_VALUE - 8;
    private static final AtomicLong IDS = new AtomicLong();
    private static final VarHandle COUNT;

    static {
        try {
            COUNT = MethodHandles.lookup().findVarHandle(Chan.class, "count", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Unique, increasing: the order in which a select locks channels. */
    final long id = IDS.incrementAndGet();
    final ChanLock lock = new ChanLock();
    /** The element type (null: zero value null). */
    private final Zero elem;
    /** The capacity (buffer size). */
    final long cap;
    /** Whether element values are stored (false for zero-size element types). */
    private final boolean stores;
    /** Whether the element type is a long kind and the buffer a {@code long[]} ({@link #makeJ}). */
    private final boolean prim;
    /**
     * The ring buffer: an {@code Object[]}, or a {@code long[]} when {@link #prim} (null until
     * needed or when values are not stored).
     */
    private Object buf;
    /** Index in buf of the oldest buffered value. */
    private int head;
    /** Buffered values. */
    private long count;
    boolean closed;
    /**
     * A timer's channel under Go 1.23's synchronous timers (asynctimerchan=0): buffered inside,
     * but len and cap report 0 as gc's chanlen/chancap do.
     */
    boolean timerView;
    /** Recent successes of yielding before parking ({@link #yieldsBeforePark}), 0..4; racy. */
    private int yieldScore = 2;
    /** Counts parks while {@link #yieldScore} is 0, to try yielding again now and then; racy. */
    private int yieldProbe;
    final WaitQueue recvq = new WaitQueue();
    final WaitQueue sendq = new WaitQueue();

    private Chan(long cap, Zero elem, boolean prim) {
        this.cap = cap;
        this.elem = elem;
        this.prim = prim;
        this.stores = prim || Zero.size(elem) != 0;
    }

    /** {@code make(chan T, size)}; {@code z} describes T (null when T's zero value is null). */
    public static Chan make(long size, Zero z) {
        long esize = Zero.size(z);
        if (size < 0 || (esize > 0 && size > MAX_BUFFER_BYTES / esize)) {
            throw Panics.plainError("makechan: size out of range");
        }
        return new Chan(size, z, false);
    }

    /** {@code make(chan T)}: an unbuffered channel. */
    public static Chan make(Zero z) {
        return new Chan(0, z, false);
    }

    /**
     * {@code make(chan T, size)} for T of a long kind (int, int64, uint, uint64, uintptr): buffered
     * values are kept in a {@code long[]}, and {@link #sendJ}/{@link #recvJ} move them unboxed.
     */
    public static Chan makeJ(long size) {
        if (size < 0 || size > MAX_BUFFER_BYTES / 8) {
            throw Panics.plainError("makechan: size out of range");
        }
        return new Chan(size, null, true);
    }

    /** {@code make(chan T)} for T of a long kind. */
    public static Chan makeJ() {
        return new Chan(0, null, true);
    }

    /** A fresh zero value of c's element type (null for a nil channel). */
    public static Object zero(Chan c) {
        return c == null || c.elem == null ? null : c.elem.zero();
    }

    /** {@code len(c)}: the number of buffered values (0 for nil and for a synchronous timer's). */
    public static long len(Chan c) {
        return c == null || c.timerView ? 0 : (long) COUNT.getOpaque(c);
    }

    /** {@code cap(c)} (0 for nil and for a synchronous timer's channel). */
    public static long cap(Chan c) {
        return c == null || c.timerView ? 0 : c.cap;
    }

    // ---- send ----

    /** {@code c <- v}: blocks until a receiver takes v or the buffer has room. */
    public static void send(Chan c, Object v) {
        transmit(c, v, 0, false, true);
    }

    /** Non-blocking send ({@code select} with a default): whether v was sent. */
    public static boolean trySend(Chan c, Object v) {
        return transmit(c, v, 0, false, false);
    }

    /**
     * {@code c <- v} for an element type of a long kind, without boxing v (the same operation as
     * {@link #send}; the two forms meet on one channel through {@link Waiter#give}).
     */
    public static void sendJ(Chan c, long v) {
        transmit(c, null, v, true, true);
    }

    /** A send of v, or of vj when prim (a long-kind value, unboxed); block: wait for room. */
    private static boolean transmit(Chan c, Object v, long vj, boolean prim, boolean block) {
        if (c == null) {
            if (!block) {
                return false;
            }
            throw Sched.blockForever(Sched.CHAN_SEND_NIL);
        }
        ChanLock lock = c.lock;
        lock.lock();
        if (c.closed) {
            lock.unlock();
            throw sendOnClosed();
        }
        Waiter r = c.recvq.dequeue();
        if (r != null) {
            lock.unlock();
            if (prim) {
                r.giveJ(vj);
            } else {
                r.give(v);
            }
            r.wake(true);
            return true;
        }
        if (c.count < c.cap) {
            if (prim) {
                c.putJ(vj);
            } else {
                c.put(v);
            }
            lock.unlock();
            return true;
        }
        if (!block) {
            lock.unlock();
            return false;
        }
        Waiter w = new Waiter(c, Sched.current(), null, 0, true, v);
        w.prim = prim;
        w.elemJ = vj;
        c.sendq.enqueue(w);
        Sched.blocking(w.g, Sched.CHAN_SEND);
        lock.unlock();
        w.await();
        if (!w.success) {
            throw sendOnClosed();
        }
        return true;
    }

    static GoPanic sendOnClosed() {
        return Panics.plainError("send on closed channel");
    }

    // ---- receive ----

    /** {@code <-c}: the next value, or the zero value once c is closed and drained. */
    public static Object recv(Chan c) {
        Object v = receive(c, true);
        return v == CLOSED ? c.elemZero() : v;
    }

    /** {@code v, ok := <-c}: the next value, or {@link #CLOSED} once c is closed and drained. */
    public static Object recv2(Chan c) {
        return receive(c, true);
    }

    /**
     * Non-blocking receive ({@code select} with a default): the next value, {@link #CLOSED} when c is
     * closed and drained, or {@link #WOULD_BLOCK}.
     */
    public static Object tryRecv(Chan c) {
        return receive(c, false);
    }

    /** {@code <-c} for an element type of a long kind, unboxed: 0 once c is closed and drained. */
    public static long recvJ(Chan c) {
        return recv2J(c, null);
    }

    /**
     * {@code v, ok := <-c} and {@code for v := range c} for an element type of a long kind: the
     * value (0 once c is closed and drained), and ok (1 or 0) in {@code ok.v} when ok is not null.
     */
    public static long recv2J(Chan c, CellJ ok) {
        if (c == null) {
            throw Sched.blockForever(Sched.CHAN_RECEIVE_NIL);
        }
        ChanLock lock = c.lock;
        lock.lock();
        if (c.count > 0) {
            long v = c.takeJ();
            Waiter s = c.sendq.dequeue();
            if (s != null) {
                // the buffer was full: the first waiting sender's value goes to its end
                c.putFrom(s);
                lock.unlock();
                s.wake(true);
            } else {
                lock.unlock();
            }
            if (ok != null) {
                ok.v = 1;
            }
            return v;
        }
        if (c.closed) {
            lock.unlock();
            if (ok != null) {
                ok.v = 0;
            }
            return 0;
        }
        Waiter s = c.sendq.dequeue();
        if (s != null) {
            lock.unlock();
            long v = s.valueJ();
            s.wake(true);
            if (ok != null) {
                ok.v = 1;
            }
            return v;
        }
        Waiter w = new Waiter(c, Sched.current(), null, 0, false, null);
        w.prim = true;
        c.recvq.enqueue(w);
        Sched.blocking(w.g, Sched.CHAN_RECEIVE);
        lock.unlock();
        w.await();
        if (ok != null) {
            ok.v = w.success ? 1 : 0;
        }
        return w.success ? w.elemJ : 0;
    }

    private static Object receive(Chan c, boolean block) {
        if (c == null) {
            if (!block) {
                return WOULD_BLOCK;
            }
            throw Sched.blockForever(Sched.CHAN_RECEIVE_NIL);
        }
        ChanLock lock = c.lock;
        lock.lock();
        if (c.count > 0) {
            Object v = c.take();
            Waiter s = c.sendq.dequeue();
            if (s != null) {
                // the buffer was full: the first waiting sender's value goes to its end
                c.putFrom(s);
                lock.unlock();
                s.wake(true);
                return v;
            }
            lock.unlock();
            return v;
        }
        if (c.closed) {
            lock.unlock();
            return CLOSED;
        }
        Waiter s = c.sendq.dequeue();
        if (s != null) {
            lock.unlock();
            Object v = s.value();
            s.wake(true);
            return v;
        }
        if (!block) {
            lock.unlock();
            return WOULD_BLOCK;
        }
        Waiter w = new Waiter(c, Sched.current(), null, 0, false, null);
        c.recvq.enqueue(w);
        Sched.blocking(w.g, Sched.CHAN_RECEIVE);
        lock.unlock();
        w.await();
        return w.success ? w.elem : CLOSED;
    }

    // ---- close ----

    /** {@code close(c)}: wakes every waiting receiver (zero value, not ok) and sender (panics). */
    public static void close(Chan c) {
        if (c == null) {
            throw Panics.plainError("close of nil channel");
        }
        ChanLock lock = c.lock;
        lock.lock();
        if (c.closed) {
            lock.unlock();
            throw Panics.plainError("close of closed channel");
        }
        c.closed = true;
        Waiter list = null;
        for (Waiter w; (w = c.recvq.dequeue()) != null; ) {
            w.elem = null;
            w.next = list;
            list = w;
        }
        for (Waiter w; (w = c.sendq.dequeue()) != null; ) {
            w.next = list;
            list = w;
        }
        lock.unlock();
        while (list != null) {
            Waiter w = list;
            list = w.next;
            w.next = null;
            w.wake(false);
        }
    }

    // ---- yielding before parking ----

    /**
     * How many times a goroutine about to park on this channel first yields its carrier (0: park at
     * once). Parking a virtual thread and unparking it later costs a continuation switch plus a
     * submission to the scheduler, which wakes an idle carrier thread (a futex call) whenever the
     * submitting carrier's queue was empty. When the goroutine that will complete the operation is
     * runnable on the same carrier (ping-pong: the partner we just woke), yielding lets it run at
     * once, and its wake-up of us finds us not parked (no submission at all). When yielding does not
     * help (a ring of goroutines: the sender is far away) it only adds switches, so the choice adapts
     * per channel: {@link #yielded} keeps a small score of recent successes, and a channel whose
     * score fell to 0 still tries again every 32nd park. Racy by design (a heuristic).
     */
    int yieldsBeforePark() {
        if (YIELDS == 0 || !Park.canYield()) {
            return 0;
        }
        if (yieldScore > 0 || (++yieldProbe & 31) == 0) {
            return YIELDS;
        }
        return 0;
    }

    /** Records whether yielding before parking got the operation done (see {@link #yieldsBeforePark}). */
    void yielded(boolean done) {
        int s = yieldScore;
        yieldScore = done ? Math.min(s + 1, 4) : Math.max(s - 1, 0);
    }

    // ---- the buffer (callers hold the lock) ----

    /** The zero value of the element type. */
    Object elemZero() {
        return elem == null ? null : elem.zero();
    }

    /** The number of buffered values. */
    long count() {
        return count;
    }

    /** Appends v to the buffer (count &lt; cap). */
    void put(Object v) {
        if (prim) {
            putJ(v == null ? 0 : (Long) v);
            return;
        }
        if (stores) {
            Object[] b = (Object[]) buf;
            int n = (int) count;
            if (b == null || n == b.length) {
                b = (Object[]) grow();
            }
            b[slot(n, b.length)] = v;
        }
        COUNT.setOpaque(this, count + 1);
    }

    /** Appends v to the buffer of a channel whose element type is a long kind (count &lt; cap). */
    void putJ(long v) {
        if (!prim) {
            put(v);
            return;
        }
        long[] b = (long[]) buf;
        int n = (int) count;
        if (b == null || n == b.length) {
            b = (long[]) grow();
        }
        b[slot(n, b.length)] = v;
        COUNT.setOpaque(this, count + 1);
    }

    /** Appends the value of the waiting sender s. */
    void putFrom(Waiter s) {
        if (s.prim) {
            putJ(s.elemJ);
        } else {
            put(s.elem);
        }
    }

    /** The index in a buffer of length len of the value n places after the oldest. */
    private int slot(int n, int len) {
        int i = head + n;
        return i >= len ? i - len : i;
    }

    /** Removes and returns the oldest buffered value (count &gt; 0). */
    Object take() {
        if (prim) {
            return takeJ();
        }
        COUNT.setOpaque(this, count - 1);
        if (!stores) {
            return elemZero();
        }
        Object[] b = (Object[]) buf;
        Object v = b[head];
        b[head] = null;
        if (++head == b.length) {
            head = 0;
        }
        return v;
    }

    /** Removes and returns the oldest buffered value of a long kind (count &gt; 0). */
    long takeJ() {
        if (!prim) {
            Object v = take();
            return v == null ? 0 : (Long) v;
        }
        COUNT.setOpaque(this, count - 1);
        long[] b = (long[]) buf;
        long v = b[head];
        if (++head == b.length) {
            head = 0;
        }
        return v;
    }

    /** A buffer twice as long (up to the capacity), holding the buffered values from index 0. */
    private Object grow() {
        Object old = buf;
        int n = old == null ? 0 : prim ? ((long[]) old).length : ((Object[]) old).length;
        long want = n == 0 ? Math.min(cap, INITIAL_BUFFER) : Math.min(cap, 2L * n);
        if (want > MAX_ARRAY) {
            if (n == MAX_ARRAY) {
                throw new OutOfMemoryError("channel buffer");
            }
            want = MAX_ARRAY;
        }
        Object b = prim ? new long[(int) want] : new Object[(int) want];
        if (old != null) {
            int first = (int) Math.min(count, n - head);
            System.arraycopy(old, head, b, 0, first);
            System.arraycopy(old, 0, b, first, (int) count - first);
        }
        head = 0;
        buf = b;
        return b;
    }
}
