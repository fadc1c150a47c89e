package gava.runtime;

import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ProtocolFamily;
import java.net.SocketAddress;
import java.net.SocketOption;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.NetworkChannel;
import java.nio.channels.SelectableChannel;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;

/**
 * An open socket (a descriptor of kind {@code SOCK} in {@link Fds}) over Java NIO channels,
 * which are always in non-blocking mode: a socket in blocking mode (no {@code SOCK_NONBLOCK}) waits
 * for readiness through its {@link NetPoll.PollDesc} instead of blocking in Java.
 *
 * <p>Linux decides late what a socket is (bind, then listen or connect); Java has one class per
 * role. A datagram socket is a {@link DatagramChannel} from the start. A stream socket is bound by a {@link ServerSocketChannel} (which listens at once: {@code listen}
 * then only confirms it, as binding then listening is what servers do); a {@code connect} of a
 * socket bound that way rebinds a {@link SocketChannel} to the same address. Options set before
 * the channel exists are recorded and applied when it is made; those Java cannot set
 * ({@code IPV6_V6ONLY}: Java's IPv6 sockets are always dual-stack, TCP keep-alive timing, ...)
 * are only recorded, so {@code getsockopt} returns what was set.
 */
final class Sock {
    static final int AF_UNIX = 1, AF_INET = 2, AF_INET6 = 10;
    static final int SOCK_STREAM = 1, SOCK_DGRAM = 2;
    static final int SOL_SOCKET = 1, IPPROTO_TCP = 6, IPPROTO_IPV6 = 41;
    static final int SO_TYPE = 3, SO_ERROR = 4, SO_REUSEADDR = 2, SO_KEEPALIVE = 9, SO_LINGER = 13,
        SO_RCVBUF = 8, SO_SNDBUF = 7, SO_BROADCAST = 6, SO_ACCEPTCONN = 30, TCP_NODELAY = 1, IPV6_V6ONLY = 26;

    final int family;
    final int type;
    /** O_NONBLOCK: operations that would block answer EAGAIN. */
    volatile boolean nonblock;
    /** The connecting or connected channel (also an accepted one). */
    volatile SocketChannel ch;
    /** The bound (listening) channel. */
    volatile ServerSocketChannel server;
    /** A datagram socket's channel. */
    volatile DatagramChannel dg;
    /** SO_ERROR of a failed connect (0: none). */
    int soError;
    /** Options by level << 16 | name, as set. */
    final Map<Long, Integer> opts = new HashMap<>();
    /**
     * The poll descriptors registered for this socket: one per runtime_pollOpen (dup'ed descriptors
     * have their own deadlines and closing state, as with gc), plus {@link #pd} for blocking mode.
     */
    final java.util.List<NetPoll.PollDesc> pds = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** The blocking-mode waits' poll descriptor (made on first use). */
    NetPoll.PollDesc pd;
    /** The selection key of {@link #selectable} (guarded by this). */
    java.nio.channels.SelectionKey key;
    volatile boolean closed;

    Sock(int family, int type) {
        this.family = family;
        this.type = type;
    }

    ProtocolFamily protocolFamily() {
        return family == AF_UNIX ? StandardProtocolFamily.UNIX
            : family == AF_INET6 ? StandardProtocolFamily.INET6 : StandardProtocolFamily.INET;
    }

    /** The channel the poller watches now. */
    SelectableChannel selectable() {
        SocketChannel c = ch;
        if (c != null) return c;
        DatagramChannel d = dg;
        return d != null ? d : server;
    }

    /** The channel options go to now. */
    NetworkChannel channel() {
        SocketChannel c = ch;
        if (c != null) return c;
        DatagramChannel d = dg;
        return d != null ? d : server;
    }

    /** A datagram socket's channel, opened (unbound) on first use. */
    synchronized DatagramChannel datagram() throws IOException {
        if (dg == null) {
            DatagramChannel d = DatagramChannel.open(protocolFamily());
            d.configureBlocking(false);
            applyOptions(d);
            dg = d;
        }
        return dg;
    }

    synchronized NetPoll.PollDesc pd() {
        if (pd == null) {
            pd = new NetPoll.PollDesc(this);
            pds.add(pd);
        }
        return pd;
    }

    // ---- addresses ----

    /**
     * The Java address of a Linux sockaddr in b (family in bytes 0-1, little-endian; port big-endian
     * in 2-3; IPv4 address at 4, IPv6 address at 8 and scope at 24; a Unix path from 2, NUL-ended).
     */
    SocketAddress address(SliceB b) throws IOException {
        byte[] a = b.arr;
        int o = b.off;
        if (b.len < 2) throw new SockError(Errno.EINVAL);
        int fam = (a[o] & 0xFF) | (a[o + 1] & 0xFF) << 8;
        if (fam != family) throw new SockError(EAFNOSUPPORT);
        if (fam == AF_UNIX) {
            int n = 2;
            while (n < b.len && a[o + n] != 0) n++;
            if (n == 2) throw new SockError(Errno.EINVAL);
            return UnixDomainSocketAddress.of(new String(a, o + 2, n - 2, java.nio.charset.StandardCharsets.UTF_8));
        }
        int port = (a[o + 2] & 0xFF) << 8 | (a[o + 3] & 0xFF);
        InetAddress ip;
        if (fam == AF_INET) {
            ip = InetAddress.getByAddress(java.util.Arrays.copyOfRange(a, o + 4, o + 8));
        } else {
            byte[] ip6 = java.util.Arrays.copyOfRange(a, o + 8, o + 24);
            int scope = (a[o + 24] & 0xFF) | (a[o + 25] & 0xFF) << 8 | (a[o + 26] & 0xFF) << 16 | (a[o + 27] & 0xFF) << 24;
            InetAddress x = InetAddress.getByAddress(ip6);
            ip = x instanceof Inet6Address && scope != 0 ? Inet6Address.getByAddress(null, ip6, scope) : x;
        }
        return new InetSocketAddress(ip, port);
    }

    /** Writes a Java address into b as a Linux sockaddr of this socket's family; returns its length. */
    int putAddress(SocketAddress sa, SliceB b) {
        byte[] a = b.arr;
        int o = b.off;
        java.util.Arrays.fill(a, o, o + Math.min(b.len, 112), (byte) 0);
        a[o] = (byte) family;
        if (family == AF_UNIX) {
            String p = sa instanceof UnixDomainSocketAddress u ? u.getPath().toString() : "";
            byte[] pb = p.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            int n = Math.min(pb.length, Math.min(b.len, 110) - 3);
            System.arraycopy(pb, 0, a, o + 2, n);
            return 2 + n + (n > 0 ? 1 : 0);
        }
        InetSocketAddress isa = sa instanceof InetSocketAddress x ? x : null;
        int port = isa == null ? 0 : isa.getPort();
        a[o + 2] = (byte) (port >> 8);
        a[o + 3] = (byte) port;
        InetAddress ip = isa == null ? null : isa.getAddress();
        byte[] ib = ip == null ? new byte[family == AF_INET ? 4 : 16] : ip.getAddress();
        if (family == AF_INET) {
            if (ib.length == 4) System.arraycopy(ib, 0, a, o + 4, 4);
            return 16;
        }
        if (ib.length == 4) { // Java reports IPv4-mapped addresses as IPv4 ones
            a[o + 18] = (byte) 0xFF;
            a[o + 19] = (byte) 0xFF;
            System.arraycopy(ib, 0, a, o + 20, 4);
        } else {
            System.arraycopy(ib, 0, a, o + 8, 16);
            if (ip instanceof Inet6Address i6) {
                int s = i6.getScopeId();
                for (int k = 0; k < 4; k++) a[o + 24 + k] = (byte) (s >>> (8 * k));
            }
        }
        return 28;
    }

    static final int EAFNOSUPPORT = 97, EADDRINUSE = 98, EADDRNOTAVAIL = 99, ENETUNREACH = 101,
        ECONNABORTED = 103, ECONNRESET = 104, EISCONN = 106, ENOTCONN = 107, ETIMEDOUT = 110,
        ECONNREFUSED = 111, EHOSTUNREACH = 113, EALREADY = 114, EINPROGRESS = 115, ENOPROTOOPT = 92,
        EOPNOTSUPP = 95, EDESTADDRREQ = 89;

    /** A failure with a known errno. */
    static final class SockError extends IOException {
        final int errno;

        SockError(int errno) {
            super("errno " + errno);
            this.errno = errno;
        }
    }

    /** The errno of a Java exception from a socket operation. */
    static int errno(Throwable e) {
        if (e instanceof SockError s) return s.errno;
        if (e instanceof java.nio.channels.AlreadyConnectedException) return EISCONN;
        if (e instanceof java.nio.channels.ConnectionPendingException) return EALREADY;
        if (e instanceof java.nio.channels.NoConnectionPendingException) return Errno.EINVAL;
        if (e instanceof java.nio.channels.NotYetConnectedException) return ENOTCONN;
        if (e instanceof java.nio.channels.UnsupportedAddressTypeException) return EAFNOSUPPORT;
        if (e instanceof java.nio.channels.AlreadyBoundException) return Errno.EINVAL;
        if (e instanceof java.nio.channels.ClosedChannelException) return Errno.EBADF;
        if (e instanceof UnsupportedOperationException) return EAFNOSUPPORT;
        String m = e.getMessage();
        if (m != null) {
            if (m.contains("Address already in use")) return EADDRINUSE;
            if (m.contains("Cannot assign requested address")) return EADDRNOTAVAIL;
            if (m.contains("Connection refused")) return ECONNREFUSED;
            if (m.contains("Connection reset")) return ECONNRESET;
            if (m.contains("Broken pipe")) return Errno.EPIPE;
            if (m.contains("Network is unreachable")) return ENETUNREACH;
            if (m.contains("No route to host")) return EHOSTUNREACH;
            if (m.contains("timed out")) return ETIMEDOUT;
            if (m.contains("Software caused connection abort")) return ECONNABORTED;
            if (m.contains("not supported") && m.contains("family")) return EAFNOSUPPORT;
            if (m.contains("Permission denied")) return Errno.EACCES;
            if (m.contains("No such file")) return Errno.ENOENT;
        }
        if (e instanceof java.net.PortUnreachableException) return ECONNREFUSED;
        if (e instanceof java.net.BindException) return EADDRINUSE;
        if (e instanceof java.net.ConnectException) return ECONNREFUSED;
        if (e instanceof IllegalArgumentException) return Errno.EINVAL;
        return Errno.of(e);
    }

    // ---- channels ----

    private static int key(int level, int name) {
        return level << 16 | name;
    }

    private Integer opt(int level, int name) {
        synchronized (opts) {
            return opts.get((long) key(level, name));
        }
    }

    /** Applies the recorded options Java can set to a new channel. */
    void applyOptions(NetworkChannel c) {
        Map<Long, Integer> copy;
        synchronized (opts) {
            copy = new HashMap<>(opts);
        }
        for (Map.Entry<Long, Integer> e : copy.entrySet()) {
            setJava(c, (int) (e.getKey() >> 16), (int) (e.getKey() & 0xFFFF), e.getValue());
        }
    }

    /** Sets an option on a channel when Java knows it; false when it does not. */
    static boolean setJava(NetworkChannel c, int level, int name, int v) {
        SocketOption<?> o = javaOption(level, name);
        if (o == null || c == null || !c.supportedOptions().contains(o)) return false;
        try {
            if (o.type() == Boolean.class) {
                @SuppressWarnings("unchecked") SocketOption<Boolean> b = (SocketOption<Boolean>) o;
                c.setOption(b, v != 0);
            } else {
                @SuppressWarnings("unchecked") SocketOption<Integer> i = (SocketOption<Integer>) o;
                c.setOption(i, v);
            }
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static SocketOption<?> javaOption(int level, int name) {
        if (level == SOL_SOCKET) {
            return switch (name) {
                case SO_REUSEADDR -> StandardSocketOptions.SO_REUSEADDR;
                case SO_BROADCAST -> StandardSocketOptions.SO_BROADCAST;
                case SO_KEEPALIVE -> StandardSocketOptions.SO_KEEPALIVE;
                case SO_RCVBUF -> StandardSocketOptions.SO_RCVBUF;
                case SO_SNDBUF -> StandardSocketOptions.SO_SNDBUF;
                case SO_LINGER -> StandardSocketOptions.SO_LINGER;
                default -> null;
            };
        }
        if (level == IPPROTO_TCP && name == TCP_NODELAY) return StandardSocketOptions.TCP_NODELAY;
        return null;
    }

    /** setsockopt(2) of an int option (SO_LINGER: the linger seconds when on, else -1). */
    void setOption(int level, int name, int v) {
        synchronized (opts) {
            opts.put((long) key(level, name), v);
        }
        setJava(channel(), level, name, v);
    }

    /** getsockopt(2) of an int option. */
    int getOption(int level, int name) throws IOException {
        if (level == SOL_SOCKET) {
            switch (name) {
                case SO_ERROR -> {
                    return takeError();
                }
                case SO_TYPE -> {
                    return type;
                }
                case SO_ACCEPTCONN -> {
                    return server != null ? 1 : 0;
                }
                default -> { }
            }
        }
        SocketOption<?> o = javaOption(level, name);
        NetworkChannel c = channel();
        if (o != null && c != null && c.supportedOptions().contains(o)) {
            Object v = c.getOption(o);
            if (v instanceof Boolean b) return b ? 1 : 0;
            if (v instanceof Integer i) return name == SO_LINGER && i < 0 ? 0 : i;
        }
        Integer v = opt(level, name);
        return v != null ? v : 0;
    }

    /** SO_ERROR: the outcome of a pending non-blocking connect (0, EINPROGRESS or its error). */
    private synchronized int takeError() {
        SocketChannel c = ch;
        if (c != null && c.isConnectionPending()) {
            try {
                if (!c.finishConnect()) return EINPROGRESS;
            } catch (IOException | RuntimeException e) {
                soError = errno(e);
            }
        }
        int e = soError;
        soError = 0;
        return e;
    }

    /** bind(2). */
    synchronized void bind(SocketAddress a) throws IOException {
        if (type == SOCK_DGRAM) {
            DatagramChannel d = datagram();
            if (d.getLocalAddress() != null) throw new SockError(Errno.EINVAL);
            d.bind(a);
            return;
        }
        if (server != null || ch != null && ch.getLocalAddress() != null) throw new SockError(Errno.EINVAL);
        ServerSocketChannel s = ServerSocketChannel.open(protocolFamily());
        try {
            s.configureBlocking(false);
            applyOptions(s);
            s.bind(a, 4096);
        } catch (IOException | RuntimeException e) {
            s.close();
            throw e;
        }
        server = s;
    }

    /** listen(2): binds to the wildcard address (any port) when not bound yet. */
    synchronized void listen() throws IOException {
        if (type == SOCK_DGRAM) throw new SockError(EOPNOTSUPP);
        if (ch != null) throw new SockError(Errno.EINVAL);
        if (server == null) {
            if (family == AF_UNIX) throw new SockError(Errno.EINVAL);
            bind(new InetSocketAddress(family == AF_INET6 ? InetAddress.getByName("::") : InetAddress.getByName("0.0.0.0"), 0));
        }
    }

    /** accept(2): the accepted channel, or null when none is pending (non-blocking). */
    SocketChannel accept() throws IOException {
        ServerSocketChannel s = server;
        if (s == null) throw new SockError(Errno.EINVAL);
        SocketChannel c = s.accept();
        if (c != null) c.configureBlocking(false);
        return c;
    }

    /** connect(2) without waiting: true when connected at once. */
    synchronized boolean connect(SocketAddress a) throws IOException {
        if (type == SOCK_DGRAM) {
            DatagramChannel d = datagram();
            if (d.isConnected()) d.disconnect();
            d.connect(a);
            return true;
        }
        SocketChannel c = ch;
        if (c != null) {
            if (c.isConnected()) throw new SockError(EISCONN);
            if (c.isConnectionPending()) throw new SockError(EALREADY);
        }
        SocketAddress local = null;
        if (server != null) { // bound before: rebind a connecting channel to the same address
            local = server.getLocalAddress();
            server.close();
            server = null;
            if (local instanceof UnixDomainSocketAddress u) Files.deleteIfExists(u.getPath());
        }
        c = SocketChannel.open(protocolFamily());
        try {
            c.configureBlocking(false);
            applyOptions(c);
            if (local != null) {
                if (family != AF_UNIX) c.setOption(StandardSocketOptions.SO_REUSEADDR, true);
                c.bind(local);
            }
            ch = c;
            return c.connect(a);
        } catch (IOException | RuntimeException e) {
            ch = null;
            c.close();
            throw e;
        }
    }

    SocketAddress localAddress() throws IOException {
        SocketChannel c = ch;
        if (c != null) return c.getLocalAddress();
        DatagramChannel d = dg;
        if (d != null) return d.getLocalAddress();
        ServerSocketChannel s = server;
        return s != null ? s.getLocalAddress() : null;
    }

    SocketAddress remoteAddress() throws IOException {
        if (type == SOCK_DGRAM) {
            DatagramChannel d = dg;
            SocketAddress a = d != null ? d.getRemoteAddress() : null;
            if (a == null) throw new SockError(ENOTCONN);
            return a;
        }
        SocketChannel c = ch;
        SocketAddress a = c != null && c.isConnected() ? c.getRemoteAddress() : null;
        if (a == null) throw new SockError(ENOTCONN);
        return a;
    }

    /** read(2) without waiting: bytes read, 0 at end of stream, -1 when none is ready. */
    int read(ByteBuffer b) throws IOException {
        if (type == SOCK_DGRAM) {
            int p0 = b.position();
            return receive(b) == null ? -1 : b.position() - p0;
        }
        SocketChannel c = ch;
        if (c == null || !c.isConnected()) throw new SockError(ENOTCONN);
        int n = c.read(b);
        return n < 0 ? 0 : n == 0 ? -1 : n;
    }

    /** recvfrom(2) of a datagram socket without waiting: the sender, or null when none is ready. */
    SocketAddress receive(ByteBuffer b) throws IOException {
        DatagramChannel d = datagram();
        return d.receive(b);
    }

    /** sendto(2) of a datagram socket (a == null: to the connected peer): -1 when it would block. */
    int send(ByteBuffer b, SocketAddress a) throws IOException {
        DatagramChannel d = datagram();
        if (a == null) {
            if (!d.isConnected()) throw new SockError(EDESTADDRREQ);
            a = d.getRemoteAddress();
        }
        int len = b.remaining();
        int n = d.send(b, a);
        return n == 0 && len > 0 ? -1 : n;
    }

    /** write(2) without waiting: bytes written, -1 when none could be. */
    int write(ByteBuffer b) throws IOException {
        if (type == SOCK_DGRAM) return send(b, null);
        SocketChannel c = ch;
        if (c == null || !c.isConnected()) throw new SockError(c == null ? ENOTCONN : Errno.EPIPE);
        int n = c.write(b);
        return n == 0 ? -1 : n;
    }

    /** shutdown(2): 0 read side, 1 write side, 2 both. */
    void shutdown(int how) throws IOException {
        if (type == SOCK_DGRAM) {
            if (dg == null || !dg.isConnected()) throw new SockError(ENOTCONN);
            return;
        }
        SocketChannel c = ch;
        if (c == null || !c.isConnected()) throw new SockError(ENOTCONN);
        if (how == 0 || how == 2) c.shutdownInput();
        if (how == 1 || how == 2) c.shutdownOutput();
        if (how < 0 || how > 2) throw new SockError(Errno.EINVAL);
    }

    /** close(2): closes the channels and wakes goroutines waiting on them. */
    void close() throws IOException {
        closed = true;
        for (NetPoll.PollDesc p : pds) p.unblock();
        SocketChannel c = ch;
        ServerSocketChannel s = server;
        DatagramChannel d = dg;
        try {
            if (d != null) d.close();
            if (c != null) c.close();
            if (s != null) s.close(); // (a Unix socket's file stays, as on Linux: net removes it)
        } finally {
            NetPoll.flush();
        }
    }
}
