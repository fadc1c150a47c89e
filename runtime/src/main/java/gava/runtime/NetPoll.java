package gava.runtime;

import java.io.IOException;
import java.nio.channels.CancelledKeyException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The network poller, gc's netpoll on a Java {@link Selector}: internal/poll's runtime hooks
 * ({@code runtime_pollOpen}, {@code pollWait}, {@code pollReset}, {@code pollSetDeadline},
 * {@code pollUnblock}, {@code pollClose}, overlay {@code internal/poll/runtime_gava.go}).
 *
 * <p>A goroutine whose non-blocking socket operation answered EAGAIN calls {@link #wait}: it adds
 * the operation's interest to its channel's selection key, wakes the selector and parks (until its
 * deadline, if any). One daemon thread selects; for each ready key it drops the ready interests
 * and marks the descriptor ready for that mode, unparking its waiter, which then retries the
 * operation (a spurious wake-up just retries, as with gc). {@link #reset} clears readiness before
 * each operation, and the selector is level-triggered, so readiness that arrived between the
 * EAGAIN and the registration is still seen. A deadline change or {@link #unblock} (close) unparks
 * the waiters, which re-check. A goroutine waiting here is not "blocked" for deadlock detection
 * ({@link Sched}): like gc, which never reports a deadlock while netpoll has waiters, the network
 * may wake it. Each registration has its own descriptor (deadlines, closing); a socket's one
 * selection key wakes all of them, so dup'ed descriptors (net's File) work as with gc.
 */
public final class NetPoll {
    private NetPoll() {}

    static final int NO_ERROR = 0, ERR_CLOSING = 1, ERR_TIMEOUT = 2;

    /** One registration's poll state (gc's pollDesc); a mode is 'r' or 'w'. */
    static final class PollDesc {
        final Sock sock;
        boolean closing;
        /** Deadlines ({@link NetPoll#now}), 0 = none, -1 = expired. */
        long rd, wd;
        boolean rready, wready;
        Object rwait, wwait;

        PollDesc(Sock sock) {
            this.sock = sock;
        }

        /** Marks the modes of ready selection ops ready and wakes their waiters. */
        void ready(int ops) {
            Object r = null, w = null;
            synchronized (this) {
                if ((ops & (SelectionKey.OP_READ | SelectionKey.OP_ACCEPT)) != 0) {
                    rready = true;
                    r = rwait;
                }
                if ((ops & (SelectionKey.OP_WRITE | SelectionKey.OP_CONNECT)) != 0) {
                    wready = true;
                    w = wwait;
                }
            }
            if (r != null) Park.unpark(r);
            if (w != null) Park.unpark(w);
        }

        /** pollUnblock: every wait now fails with ERR_CLOSING. */
        void unblock() {
            Object r, w;
            synchronized (this) {
                closing = true;
                r = rwait;
                w = wwait;
            }
            if (r != null) Park.unpark(r);
            if (w != null) Park.unpark(w);
        }

        /** The error a wait in mode would end with now, or -1 when it must wait. */
        private int check(boolean read) {
            if (closing || sock.closed) return ERR_CLOSING;
            long d = read ? rd : wd;
            if (d < 0 || d > 0 && now() >= d) return ERR_TIMEOUT;
            return -1;
        }

        /** pollWait: parks until mode is ready, the deadline passes or the descriptor closes. */
        int await(boolean read) {
            Object self = Park.self();
            while (true) {
                long d;
                synchronized (this) {
                    int e = check(read);
                    if (e >= 0) return e;
                    if (read ? rready : wready) {
                        if (read) rready = false;
                        else wready = false;
                        return NO_ERROR;
                    }
                    if (read) rwait = self;
                    else wwait = self;
                    d = read ? rd : wd;
                }
                try {
                    arm(this, read);
                } catch (IOException | RuntimeException e) {
                    // closed meanwhile: the next check says so; or not selectable: report readiness
                    ready(read ? SelectionKey.OP_READ : SelectionKey.OP_WRITE);
                }
                if (d > 0) {
                    long left = d - now();
                    if (left > 0) Park.parkNanos(this, left);
                } else {
                    Park.park(this);
                }
                synchronized (this) {
                    if (read) rwait = null;
                    else wwait = null;
                }
            }
        }

        /** pollReset: the error an operation must not start with (closing, timeout), else clears readiness. */
        synchronized int reset(boolean read) {
            int e = check(read);
            if (e >= 0) return e;
            if (read) rready = false;
            else wready = false;
            return NO_ERROR;
        }

        /** pollSetDeadline: d nanoseconds from now (0: none, negative: expired), mode 'r', 'w' or 'r'+'w'. */
        void setDeadline(long d, int mode) {
            long abs = d > 0 ? now() + d : d < 0 ? -1 : 0;
            if (d > 0 && abs <= 0) abs = 0; // beyond the clock's range: none (gc: max int64)
            Object r = null, w = null;
            synchronized (this) {
                if (mode == 'r' || mode == 'r' + 'w') {
                    rd = abs;
                    r = rwait;
                }
                if (mode == 'w' || mode == 'r' + 'w') {
                    wd = abs;
                    w = wwait;
                }
            }
            if (r != null) Park.unpark(r);
            if (w != null) Park.unpark(w);
        }
    }

    private static final long ORIGIN = System.nanoTime();

    /** Nanoseconds since this class was loaded, plus one: always positive. */
    static long now() {
        return System.nanoTime() - ORIGIN + 1;
    }

    private static final ConcurrentHashMap<Long, PollDesc> DESCS = new ConcurrentHashMap<>();
    private static final AtomicLong IDS = new AtomicLong();
    private static volatile Selector selector;

    private static Selector selector() throws IOException {
        Selector s = selector;
        if (s != null) return s;
        synchronized (NetPoll.class) {
            if (selector == null) {
                Selector sel = Selector.open();
                Thread t = new Thread(() -> loop(sel), "gava-netpoll");
                t.setDaemon(true);
                t.start();
                selector = sel;
            }
            return selector;
        }
    }

    private static void loop(Selector sel) {
        while (true) {
            try {
                sel.select(key -> {
                    try {
                        int r = key.readyOps();
                        key.interestOpsAnd(~r);
                        for (PollDesc pd : ((Sock) key.attachment()).pds) pd.ready(r);
                    } catch (CancelledKeyException e) {
                        for (PollDesc pd : ((Sock) key.attachment()).pds) pd.ready(~0);
                    }
                });
            } catch (IOException | RuntimeException e) {
                // keep polling
            }
        }
    }

    /** Adds the interest of a wait in mode to pd's channel and wakes the selector. */
    static void arm(PollDesc pd, boolean read) throws IOException {
        SelectableChannel c = pd.sock.selectable();
        if (c == null) throw new IOException("not selectable");
        int op;
        if (read) op = c instanceof ServerSocketChannel ? SelectionKey.OP_ACCEPT : SelectionKey.OP_READ;
        else op = c instanceof SocketChannel sc && sc.isConnectionPending() ? SelectionKey.OP_CONNECT : SelectionKey.OP_WRITE;
        Selector sel = selector();
        SelectionKey k;
        Sock s = pd.sock;
        synchronized (s) {
            k = s.key;
            if (k == null || k.channel() != c || !k.isValid()) {
                s.key = c.register(sel, op, s);
                sel.wakeup();
                return;
            }
        }
        k.interestOpsOr(op);
        sel.wakeup();
    }

    /** Makes the selector drop closed channels now (so a closed socket's port is freed at once). */
    static void flush() {
        Selector s = selector;
        if (s != null) s.wakeup();
    }

    /** Parks the caller until sock is ready for the mode (blocking-mode sockets); false when closed. */
    static boolean awaitBlocking(Sock sock, boolean read) {
        PollDesc pd = sock.pd();
        pd.reset(read);
        return pd.await(read) == NO_ERROR;
    }

    // ---- internal/poll's runtime hooks ----

    /** runtime_pollOpen: a context number for descriptor fd, or a negated errno (not a socket). */
    public static long open(long fd) {
        Fds.Fd f = Fds.get(fd);
        if (f == null) return -Errno.EBADF;
        if (f.sock == null) return -Errno.EPERM;
        long id = IDS.incrementAndGet();
        PollDesc pd = new PollDesc(f.sock);
        f.sock.pds.add(pd);
        DESCS.put(id, pd);
        return id;
    }

    /** runtime_pollClose. */
    public static void close(long ctx) {
        PollDesc pd = DESCS.remove(ctx);
        if (pd != null) pd.sock.pds.remove(pd);
    }

    /** runtime_pollWait. */
    public static long await(long ctx, long mode) {
        PollDesc pd = DESCS.get(ctx);
        return pd == null ? ERR_CLOSING : pd.await(mode == 'r');
    }

    /** runtime_pollReset. */
    public static long reset(long ctx, long mode) {
        PollDesc pd = DESCS.get(ctx);
        return pd == null ? ERR_CLOSING : pd.reset(mode == 'r');
    }

    /** runtime_pollSetDeadline. */
    public static void setDeadline(long ctx, long d, long mode) {
        PollDesc pd = DESCS.get(ctx);
        if (pd != null) pd.setDeadline(d, (int) mode);
    }

    /** runtime_pollUnblock. */
    public static void unblock(long ctx) {
        PollDesc pd = DESCS.get(ctx);
        if (pd != null) pd.unblock();
    }
}
