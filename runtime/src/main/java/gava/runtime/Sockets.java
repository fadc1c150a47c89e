package gava.runtime;

import gava.runtime.Fds.Fd;
import gava.runtime.Fds.Kind;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;

/**
 * The socket system calls of Go's syscall package (overlay {@code stdlib/overlay/syscall/net_gava.go})
 * on {@link Sock}: stream sockets of AF_INET, AF_INET6 and AF_UNIX, datagram sockets of AF_INET and
 * AF_INET6. Each returns its result (>= 0)
 * or a negated Linux errno. Addresses travel as Linux sockaddr bytes (see {@link Sock#address}).
 * A socket made with SOCK_NONBLOCK (what package net does) answers EAGAIN and EINPROGRESS as
 * Linux does; one in blocking mode waits for readiness through the poller ({@link NetPoll}).
 */
public final class Sockets {
    private Sockets() {}

    static final int SOCK_NONBLOCK = 0x800, SOCK_CLOEXEC = 0x80000, O_NONBLOCK = 0x800;
    static final int EPROTONOSUPPORT = 93, ESOCKTNOSUPPORT = 94, ENOTSOCK = 88;

    private static long fail(Throwable e) {
        return -Sock.errno(e);
    }

    private static Sock sock(long fd) throws Sock.SockError {
        Fd f = Fds.get(fd);
        if (f == null) throw new Sock.SockError(Errno.EBADF);
        if (f.sock == null) throw new Sock.SockError(ENOTSOCK);
        return f.sock;
    }

    private static long install(Sock s) {
        Fd f = new Fd(Kind.SOCK);
        f.sock = s;
        f.flags = Sys.O_RDWR | (s.nonblock ? O_NONBLOCK : 0);
        long fd = Fds.add(f, 0);
        if (fd < 0) {
            try {
                s.close();
            } catch (Throwable e) {
                // already failing
            }
        }
        return fd;
    }

    /** socket(2). */
    public static long socket(long domain, long type, long proto) {
        int t = (int) type & ~(SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (domain != Sock.AF_INET && domain != Sock.AF_INET6 && domain != Sock.AF_UNIX) return -Sock.EAFNOSUPPORT;
        if (t != Sock.SOCK_STREAM && (t != Sock.SOCK_DGRAM || domain == Sock.AF_UNIX)) return -ESOCKTNOSUPPORT;
        if (proto != 0 && !(proto == (t == Sock.SOCK_STREAM ? 6 : 17) && domain != Sock.AF_UNIX)) return -EPROTONOSUPPORT;
        Sock s = new Sock((int) domain, t);
        s.nonblock = (type & SOCK_NONBLOCK) != 0;
        if (t == Sock.SOCK_DGRAM) {
            try {
                s.datagram();
            } catch (Throwable e) {
                return fail(e);
            }
        }
        return install(s);
    }

    /** bind(2). */
    public static long bind(long fd, SliceB sa) {
        try {
            Sock s = sock(fd);
            s.bind(s.address(sa));
            return 0;
        } catch (Throwable e) {
            return fail(e);
        }
    }

    /** listen(2). */
    public static long listen(long fd, long backlog) {
        try {
            sock(fd).listen();
            return 0;
        } catch (Throwable e) {
            return fail(e);
        }
    }

    /** accept4(2): the new descriptor; its peer's address into sa. */
    public static long accept(long fd, SliceB sa, long flags) {
        try {
            Sock s = sock(fd);
            while (true) {
                SocketChannel c = s.accept();
                if (c != null) {
                    Sock n = new Sock(s.family, s.type);
                    n.nonblock = (flags & SOCK_NONBLOCK) != 0;
                    n.ch = c;
                    if (sa != null) n.putAddress(c.getRemoteAddress(), sa);
                    return install(n);
                }
                if (s.nonblock) return -Errno.EAGAIN;
                if (!NetPoll.awaitBlocking(s, true)) return -Errno.EBADF;
            }
        } catch (Throwable e) {
            return fail(e);
        }
    }

    /** connect(2): EINPROGRESS for a non-blocking socket whose connection is under way. */
    public static long connect(long fd, SliceB sa) {
        try {
            Sock s = sock(fd);
            if (s.connect(s.address(sa))) return 0;
            if (s.nonblock) return -Sock.EINPROGRESS;
            while (true) {
                if (!NetPoll.awaitBlocking(s, false)) return -Errno.EBADF;
                long e = s.getOption(Sock.SOL_SOCKET, Sock.SO_ERROR);
                if (e != Sock.EINPROGRESS) return -e;
            }
        } catch (Throwable e) {
            return fail(e);
        }
    }

    /** getsockname(2) (peer = false) / getpeername(2): the address into sa; its length. */
    public static long name(long fd, SliceB sa, boolean peer) {
        try {
            Sock s = sock(fd);
            return s.putAddress(peer ? s.remoteAddress() : s.localAddress(), sa);
        } catch (Throwable e) {
            return fail(e);
        }
    }

    /** getsockopt(2) of an int option: the value into v[0]. */
    public static long getsockopt(long fd, long level, long opt, SliceJ v) {
        try {
            v.arr[v.off] = sock(fd).getOption((int) level, (int) opt);
            return 0;
        } catch (Throwable e) {
            return fail(e);
        }
    }

    /** setsockopt(2) of an int option (SO_LINGER: seconds, or -1 for off). */
    public static long setsockopt(long fd, long level, long opt, long value) {
        try {
            sock(fd).setOption((int) level, (int) opt, (int) value);
            return 0;
        } catch (Throwable e) {
            return fail(e);
        }
    }

    /** shutdown(2). */
    public static long shutdown(long fd, long how) {
        try {
            sock(fd).shutdown((int) how);
            return 0;
        } catch (Throwable e) {
            return fail(e);
        }
    }

    /** fcntl(F_SETFL) on a socket: O_NONBLOCK. */
    public static long setfl(long fd, long flags) {
        Fd f = Fds.get(fd);
        if (f == null) return -Errno.EBADF;
        if (f.sock != null) {
            f.sock.nonblock = (flags & O_NONBLOCK) != 0;
            f.flags = (f.flags & ~O_NONBLOCK) | (int) (flags & O_NONBLOCK);
        }
        return 0;
    }

    /** recvfrom(2): the bytes read; the sender's address into sa (a stream socket: a read, sa untouched). */
    public static long recvfrom(long fd, SliceB b, SliceB sa) {
        try {
            Sock s = sock(fd);
            if (s.type != Sock.SOCK_DGRAM) return read(s, b);
            ByteBuffer bb = b == null ? ByteBuffer.allocate(0) : ByteBuffer.wrap(b.arr, b.off, b.len);
            while (true) {
                java.net.SocketAddress from = s.receive(bb);
                if (from != null) {
                    s.putAddress(from, sa);
                    return bb.position() - (b == null ? 0 : b.off);
                }
                if (s.nonblock) return -Errno.EAGAIN;
                if (!NetPoll.awaitBlocking(s, true)) return -Errno.EBADF;
            }
        } catch (Throwable e) {
            return fail(e);
        }
    }

    /** sendto(2): sa null or empty sends to the connected peer. */
    public static long sendto(long fd, SliceB b, SliceB sa) {
        try {
            Sock s = sock(fd);
            if (s.type != Sock.SOCK_DGRAM) {
                if (sa != null && sa.len > 0) return -Sock.EISCONN;
                return write(s, b);
            }
            java.net.SocketAddress to = sa == null || sa.len == 0 ? null : s.address(sa);
            ByteBuffer bb = b == null ? ByteBuffer.allocate(0) : ByteBuffer.wrap(b.arr, b.off, b.len);
            while (true) {
                int n = s.send(bb, to);
                if (n >= 0) return n;
                if (s.nonblock) return -Errno.EAGAIN;
                if (!NetPoll.awaitBlocking(s, false)) return -Errno.EBADF;
            }
        } catch (Throwable e) {
            return fail(e);
        }
    }

    // ---- read and write (from Sys) ----

    static long read(Sock s, SliceB b) {
        if (b == null || b.len == 0) return 0;
        try {
            ByteBuffer bb = ByteBuffer.wrap(b.arr, b.off, b.len);
            while (true) {
                int n = s.read(bb);
                if (n >= 0) return n;
                if (s.nonblock) return -Errno.EAGAIN;
                if (!NetPoll.awaitBlocking(s, true)) return -Errno.EBADF;
            }
        } catch (Throwable e) {
            return fail(e);
        }
    }

    static long write(Sock s, SliceB b) {
        if (b == null || b.len == 0) return 0;
        try {
            ByteBuffer bb = ByteBuffer.wrap(b.arr, b.off, b.len);
            while (true) {
                int n = s.write(bb);
                if (n >= 0) {
                    if (s.nonblock || !bb.hasRemaining()) return bb.position() - b.off;
                    continue;
                }
                if (s.nonblock) return -Errno.EAGAIN;
                if (!NetPoll.awaitBlocking(s, false)) return -Errno.EBADF;
            }
        } catch (Throwable e) {
            return fail(e);
        }
    }
}
