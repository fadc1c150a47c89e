package gava.runtime;

import gava.runtime.Fds.Fd;
import gava.runtime.Fds.Kind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.Pipe;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The system calls of Go's syscall package (overlay {@code stdlib/overlay/syscall}) on Java's file
 * APIs and the descriptor table {@link Fds}. Each method returns its result (>= 0) or a negated
 * Linux errno ({@link Errno}); the Go side turns that into {@code (n, syscall.Errno)}. Paths are Go
 * strings (UTF-8); relative ones are resolved against the process's working directory, which
 * {@code chdir} changes here (the JVM cannot change its own). Flags and modes are Linux amd64's.
 */
public final class Sys {
    private Sys() {}

    static final int AT_FDCWD = -100, AT_SYMLINK_NOFOLLOW = 0x100, AT_REMOVEDIR = 0x200;
    static final int O_ACCMODE = 3, O_WRONLY = 1, O_RDWR = 2, O_CREAT = 0x40, O_EXCL = 0x80, O_TRUNC = 0x200,
        O_APPEND = 0x400, O_SYNC = 0x101000, O_DIRECTORY = 0x10000, O_NOFOLLOW = 0x20000;

    private static volatile Path cwd = Path.of(System.getProperty("user.dir")).toAbsolutePath();

    /** The working directory (absolute). */
    static Path cwd() {
        return cwd;
    }

    // ---- paths ----

    private static Path resolve(long dirfd, GoString name) throws IOException {
        String s = name.toString();
        if (s.isEmpty() || s.indexOf('\0') >= 0) throw new java.nio.file.NoSuchFileException(s);
        Path p = Path.of(s);
        if (p.isAbsolute()) return p;
        if (dirfd == AT_FDCWD) return cwd.resolve(p);
        Fd f = Fds.get(dirfd);
        if (f == null || f.path == null) throw new java.nio.file.FileSystemException(s, null, "Bad file descriptor");
        if (f.kind != Kind.DIR) throw new java.nio.file.FileSystemException(s, null, "Not a directory");
        return f.path.resolve(p);
    }

    private static long fail(Throwable e) {
        return -Errno.of(e);
    }

    private static FileAttribute<Set<PosixFilePermission>> perms(long mode) {
        return PosixFilePermissions.asFileAttribute(permSet(mode));
    }

    private static Set<PosixFilePermission> permSet(long mode) {
        Set<PosixFilePermission> s = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] all = {PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE,
            PosixFilePermission.GROUP_READ, PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE,
            PosixFilePermission.OWNER_READ};
        for (int i = 0; i < 9; i++) if ((mode & (1L << i)) != 0) s.add(all[i]);
        return s;
    }

    // ---- opening and closing ----

    /** openat(2). */
    public static long openat(long dirfd, GoString name, long flags, long mode) {
        try {
            Path p = resolve(dirfd, name);
            int fl = (int) flags;
            int acc = fl & O_ACCMODE;
            LinkOption[] lo = (fl & O_NOFOLLOW) != 0 ? new LinkOption[] {LinkOption.NOFOLLOW_LINKS} : new LinkOption[0];
            boolean exists = Files.exists(p, lo) || Files.isSymbolicLink(p);
            if ((fl & O_CREAT) != 0 && (fl & O_EXCL) != 0 && exists) return -Errno.EEXIST;
            if (Files.isDirectory(p, lo)) {
                if (acc != 0 || (fl & O_CREAT) != 0 && (fl & O_EXCL) != 0) return -Errno.EISDIR;
                if (!Files.isReadable(p)) return -Errno.EACCES;
                Fd f = new Fd(Kind.DIR);
                f.path = p;
                f.flags = fl;
                return Fds.add(f, 0);
            }
            if ((fl & O_DIRECTORY) != 0) return exists ? -Errno.ENOTDIR : -Errno.ENOENT;
            if ((fl & O_NOFOLLOW) != 0 && Files.isSymbolicLink(p)) return -Errno.ELOOP;
            Set<OpenOption> opts = new HashSet<>();
            if (acc == 0 || acc == O_RDWR) opts.add(StandardOpenOption.READ);
            if (acc == O_WRONLY || acc == O_RDWR) opts.add(StandardOpenOption.WRITE);
            if ((fl & O_CREAT) != 0) opts.add((fl & O_EXCL) != 0 ? StandardOpenOption.CREATE_NEW : StandardOpenOption.CREATE);
            if ((fl & O_TRUNC) != 0 && acc != 0) opts.add(StandardOpenOption.TRUNCATE_EXISTING);
            if ((fl & O_SYNC) == O_SYNC) opts.add(StandardOpenOption.SYNC);
            if ((fl & O_NOFOLLOW) != 0) opts.add(LinkOption.NOFOLLOW_LINKS);
            FileChannel ch;
            Carrier c = Syscalls.enter(); // opening a FIFO waits for the other end
            try {
                ch = (fl & O_CREAT) != 0 && !exists
                    ? FileChannel.open(p, opts, perms(mode))
                    : FileChannel.open(p, opts);
            } finally {
                Syscalls.exit(c);
            }
            Fd f = new Fd(Kind.FILE);
            f.ch = ch;
            f.path = p;
            f.flags = fl;
            int fd = Fds.add(f, 0);
            if (fd < 0) ch.close();
            return fd;
        } catch (Throwable e) {
            return fail(e);
        }
    }

    /** close(2). */
    public static long close(long fd) {
        Fd f = Fds.remove(fd);
        if (f == null) return -Errno.EBADF;
        try {
            if (f.kind == Kind.STDOUT) Stdio.flush();
            synchronized (f) {
                f.release();
            }
            return 0;
        } catch (Throwable e) {
            return fail(e);
        }
    }

    /** dup(2) / fcntl(F_DUPFD[_CLOEXEC]): the lowest free descriptor >= min for fd's description. */
    public static long dup(long fd, long min) {
        Fd f = Fds.get(fd);
        if (f == null) return -Errno.EBADF;
        synchronized (f) {
            f.refs++;
        }
        return Fds.add(f, min);
    }

    /** pipe2(2): stores the read and write ends in p[0], p[1]. */
    public static long pipe(SliceJ p) {
        try {
            Pipe pipe = Pipe.open();
            Fd r = new Fd(Kind.PIPE_R);
            r.rch = pipe.source();
            Fd w = new Fd(Kind.PIPE_W);
            w.wch = pipe.sink();
            w.flags = O_WRONLY;
            p.arr[p.off] = Fds.add(r, 0);
            p.arr[p.off + 1] = Fds.add(w, 0);
            return 0;
        } catch (Throwable e) {
            return fail(e);
        }
    }

    /** fcntl(F_GETFL). */
    public static long getfl(long fd) {
        Fd f = Fds.get(fd);
        return f == null ? -Errno.EBADF : f.flags;
    }

    /** Whether fd is open (fcntl with F_GETFD/F_SETFD and other no-ops): 0 or -EBADF. */
    public static long valid(long fd) {
        return Fds.get(fd) == null ? -Errno.EBADF : 0;
    }

    // ---- reading and writing ----

    /** read(2). */
    public static long read(long fd, SliceB b) {
        Fd f = Fds.get(fd);
        if (f == null) return -Errno.EBADF;
        if (b == null || b.len == 0) return 0;
        try {
            int n;
            switch (f.kind) {
                case STDIN -> {
                    Carrier c = Syscalls.enter();
                    try {
                        n = f.in.read(b.arr, b.off, b.len);
                    } finally {
                        Syscalls.exit(c);
                    }
                }
                case FILE -> {
                    if ((f.flags & O_ACCMODE) == O_WRONLY) return -Errno.EBADF;
                    Carrier c = Syscalls.enter(); // a FIFO, a terminal: may block
                    try {
                        n = f.ch.read(ByteBuffer.wrap(b.arr, b.off, b.len));
                    } finally {
                        Syscalls.exit(c);
                    }
                }
                case PIPE_R -> {
                    Carrier c = Syscalls.enter(); // blocks the carrier of a goroutine on a continuation
                    try {
                        n = f.rch.read(ByteBuffer.wrap(b.arr, b.off, b.len));
                    } finally {
                        Syscalls.exit(c);
                    }
                }
                case SOCK -> {
                    return Sockets.read(f.sock, b);
                }
                case DIR -> {
                    return -Errno.EISDIR;
                }
                default -> {
                    return -Errno.EBADF;
                }
            }
            return n < 0 ? 0 : n;
        } catch (Throwable e) {
            return fail(e);
        }
    }

    /** write(2): writes all of b (or fails). */
    public static long write(long fd, SliceB b) {
        Fd f = Fds.get(fd);
        if (f == null) return -Errno.EBADF;
        int len = b == null ? 0 : b.len;
        try {
            switch (f.kind) {
                case STDOUT -> {
                    if (len > 0) Stdio.out(b.arr, b.off, len);
                }
                case STDERR -> {
                    if (len > 0) Stdio.err(b.arr, b.off, len);
                }
                case FILE -> {
                    if ((f.flags & O_ACCMODE) == 0) return -Errno.EBADF;
                    if (len == 0) return 0;
                    ByteBuffer bb = ByteBuffer.wrap(b.arr, b.off, len);
                    synchronized (f) {
                        Carrier c = Syscalls.enter();
                        try {
                            if ((f.flags & O_APPEND) != 0) f.ch.position(f.ch.size());
                            while (bb.hasRemaining()) f.ch.write(bb);
                        } finally {
                            Syscalls.exit(c);
                        }
                    }
                }
                case PIPE_W -> {
                    ByteBuffer bb = ByteBuffer.wrap(b.arr, b.off, len);
                    Carrier c = Syscalls.enter(); // a full pipe blocks
                    try {
                        while (bb.hasRemaining()) f.wch.write(bb);
                    } finally {
                        Syscalls.exit(c);
                    }
                }
                case SOCK -> {
                    return Sockets.write(f.sock, b);
                }
                case DIR -> {
                    return -Errno.EISDIR;
                }
                default -> {
                    return -Errno.EBADF;
                }
            }
            return len;
        } catch (Throwable e) {
            return fail(e);
        }
    }

    /** pread(2). */
    public static long pread(long fd, SliceB b, long off) {
        Fd f = Fds.get(fd);
        if (f == null) return -Errno.EBADF;
        if (f.kind != Kind.FILE) return f.kind == Kind.DIR ? -Errno.EISDIR : -Errno.ESPIPE;
        if (off < 0) return -Errno.EINVAL;
        if (b == null || b.len == 0) return 0;
        Carrier c = Syscalls.enter();
        try {
            int n = f.ch.read(ByteBuffer.wrap(b.arr, b.off, b.len), off);
            return n < 0 ? 0 : n;
        } catch (Throwable e) {
            return fail(e);
        } finally {
            Syscalls.exit(c);
        }
    }

    /** pwrite(2). */
    public static long pwrite(long fd, SliceB b, long off) {
        Fd f = Fds.get(fd);
        if (f == null) return -Errno.EBADF;
        if (f.kind != Kind.FILE) return -Errno.ESPIPE;
        if (off < 0) return -Errno.EINVAL;
        if (b == null || b.len == 0) return 0;
        Carrier c = Syscalls.enter();
        try {
            ByteBuffer bb = ByteBuffer.wrap(b.arr, b.off, b.len);
            long pos = off;
            while (bb.hasRemaining()) pos += f.ch.write(bb, pos);
            return b.len;
        } catch (Throwable e) {
            return fail(e);
        } finally {
            Syscalls.exit(c);
        }
    }

    /** lseek(2). */
    public static long seek(long fd, long off, long whence) {
        Fd f = Fds.get(fd);
        if (f == null) return -Errno.EBADF;
        try {
            if (f.kind == Kind.DIR) {
                if (off != 0 || whence != 0) return -Errno.EINVAL;
                synchronized (f) {
                    f.dirents = null;
                    f.dirPos = 0;
                }
                return 0;
            }
            if (f.kind != Kind.FILE) return -Errno.ESPIPE;
            synchronized (f) {
                long base = whence == 0 ? 0 : whence == 1 ? f.ch.position() : whence == 2 ? f.ch.size() : -1;
                if (base < 0 || base + off < 0) return -Errno.EINVAL;
                f.ch.position(base + off);
                return base + off;
            }
        } catch (Throwable e) {
            return fail(e);
        }
    }

    /** fsync(2). */
    public static long fsync(long fd) {
        Fd f = Fds.get(fd);
        if (f == null) return -Errno.EBADF;
        try {
            if (f.ch != null) {
                Carrier c = Syscalls.enter();
                try {
                    f.ch.force(true);
                } finally {
                    Syscalls.exit(c);
                }
            }
            if (f.kind == Kind.STDOUT) Stdio.flush();
            return 0;
        } catch (Throwable e) {
            return fail(e);
        }
    }

    /** ftruncate(2). */
    public static long ftruncate(long fd, long size) {
        Fd f = Fds.get(fd);
        if (f == null) return -Errno.EBADF;
        if (f.kind != Kind.FILE || (f.flags & O_ACCMODE) == 0) return -Errno.EINVAL;
        try {
            return truncate(f.ch, size);
        } catch (Throwable e) {
            return fail(e);
        }
    }

    private static long truncate(FileChannel ch, long size) throws IOException {
        if (size < 0) return -Errno.EINVAL;
        long cur = ch.size();
        if (size < cur) {
            long pos = ch.position();
            ch.truncate(size);
            ch.position(pos);
        } else if (size > cur) {
            ch.write(ByteBuffer.wrap(new byte[1]), size - 1);
        }
        return 0;
    }

    /** truncate(2). */
    public static long truncatePath(GoString name, long size) {
        try (FileChannel ch = FileChannel.open(resolve(AT_FDCWD, name), StandardOpenOption.WRITE)) {
            return truncate(ch, size);
        } catch (Throwable e) {
            return fail(e);
        }
    }

    // ---- metadata ----

    /**
     * stat of a path into st (16 words: dev, ino, nlink, mode, uid, gid, rdev, size, blksize, blocks,
     * atime s/ns, mtime s/ns, ctime s/ns).
     */
    public static long fstatat(long dirfd, GoString name, SliceJ st, long flags) {
        try {
            Path p = resolve(dirfd, name);
            return statPath(p, (flags & AT_SYMLINK_NOFOLLOW) != 0, st);
        } catch (Throwable e) {
            return fail(e);
        }
    }

    /** fstat(2), as {@link #fstatat}. */
    public static long fstat(long fd, SliceJ st) {
        Fd f = Fds.get(fd);
        if (f == null) return -Errno.EBADF;
        try {
            return switch (f.kind) {
                case FILE, DIR -> statPath(f.path, false, st);
                case STDIN, STDOUT, STDERR -> statPath(Path.of("/proc/self/fd/" + fd), false, st);
                case PIPE_R, PIPE_W, SOCK -> {
                    long[] a = st.arr;
                    java.util.Arrays.fill(a, st.off, st.off + 16, 0);
                    a[st.off + 2] = 1;
                    a[st.off + 3] = f.kind == Kind.SOCK ? 0140000 | 0777 : 0010000 | 0600;
                    a[st.off + 8] = 4096;
                    yield 0;
                }
            };
        } catch (Throwable e) {
            return fail(e);
        }
    }

    private static long statPath(Path p, boolean nofollow, SliceJ st) throws IOException {
        LinkOption[] lo = nofollow ? new LinkOption[] {LinkOption.NOFOLLOW_LINKS} : new LinkOption[0];
        Map<String, Object> a = Files.readAttributes(p, "unix:*", lo);
        long[] o = st.arr;
        int i = st.off;
        long size = num(a.get("size"));
        o[i] = num(a.get("dev"));
        o[i + 1] = num(a.get("ino"));
        o[i + 2] = num(a.get("nlink"));
        o[i + 3] = num(a.get("mode"));
        o[i + 4] = num(a.get("uid"));
        o[i + 5] = num(a.get("gid"));
        o[i + 6] = num(a.get("rdev"));
        o[i + 7] = size;
        o[i + 8] = 4096;
        o[i + 9] = (size + 511) / 512;
        time(o, i + 10, a.get("lastAccessTime"));
        time(o, i + 12, a.get("lastModifiedTime"));
        time(o, i + 14, a.get("ctime"));
        return 0;
    }

    private static long num(Object o) {
        return o instanceof Number n ? n.longValue() : 0;
    }

    private static void time(long[] o, int i, Object t) {
        if (t instanceof FileTime ft) {
            Instant in = ft.toInstant();
            o[i] = in.getEpochSecond();
            o[i + 1] = in.getNano();
        }
    }

    /** fchmodat(2) (fd = -1: by path) / fchmod(2) (fd >= 0). */
    public static long chmod(long fd, GoString name, long mode) {
        try {
            Path p = fd >= 0 ? fdPath(fd) : resolve(AT_FDCWD, name);
            if (p == null) return -Errno.EBADF;
            Files.setAttribute(p, "unix:mode", (int) (mode & 07777));
            return 0;
        } catch (Throwable e) {
            return fail(e);
        }
    }

    /** fchownat(2) / fchown(2) / lchown(2) (nofollow); -1 leaves an id unchanged. */
    public static long chown(long fd, GoString name, long uid, long gid, boolean nofollow) {
        try {
            Path p = fd >= 0 ? fdPath(fd) : resolve(AT_FDCWD, name);
            if (p == null) return -Errno.EBADF;
            LinkOption[] lo = nofollow ? new LinkOption[] {LinkOption.NOFOLLOW_LINKS} : new LinkOption[0];
            if (uid != -1) Files.setAttribute(p, "unix:uid", (int) uid, lo);
            if (gid != -1) Files.setAttribute(p, "unix:gid", (int) gid, lo);
            return 0;
        } catch (Throwable e) {
            return fail(e);
        }
    }

    /** utimensat(2) with both times in nanoseconds since the epoch (UTIME_OMIT: -1 leaves one unchanged). */
    public static long utimes(GoString name, long atime, long mtime, boolean nofollow) {
        try {
            Path p = resolve(AT_FDCWD, name);
            LinkOption[] lo = nofollow ? new LinkOption[] {LinkOption.NOFOLLOW_LINKS} : new LinkOption[0];
            BasicFileAttributeView v = Files.getFileAttributeView(p, BasicFileAttributeView.class, lo);
            v.setTimes(mtime == -1 ? null : nanos(mtime), atime == -1 ? null : nanos(atime), null);
            return 0;
        } catch (Throwable e) {
            return fail(e);
        }
    }

    private static FileTime nanos(long ns) {
        return FileTime.from(Instant.ofEpochSecond(Math.floorDiv(ns, 1_000_000_000L), Math.floorMod(ns, 1_000_000_000L)));
    }

    private static Path fdPath(long fd) {
        Fd f = Fds.get(fd);
        return f == null ? null : f.path;
    }

    // ---- directories and links ----

    /** mkdirat(2). */
    public static long mkdirat(long dirfd, GoString name, long mode) {
        try {
            Files.createDirectory(resolve(dirfd, name), perms(mode));
            return 0;
        } catch (Throwable e) {
            return fail(e);
        }
    }

    /** unlinkat(2): AT_REMOVEDIR removes a directory, else a non-directory. */
    public static long unlinkat(long dirfd, GoString name, long flags) {
        try {
            Path p = resolve(dirfd, name);
            boolean dir = Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS);
            if ((flags & AT_REMOVEDIR) != 0) {
                if (!dir) return Files.exists(p, LinkOption.NOFOLLOW_LINKS) ? -Errno.ENOTDIR : -Errno.ENOENT;
            } else if (dir) {
                return -Errno.EISDIR;
            }
            Files.delete(p);
            return 0;
        } catch (Throwable e) {
            return fail(e);
        }
    }

    /** renameat(2). */
    public static long rename(GoString from, GoString to) {
        try {
            Files.move(resolve(AT_FDCWD, from), resolve(AT_FDCWD, to), StandardCopyOption.ATOMIC_MOVE);
            return 0;
        } catch (Throwable e) {
            return fail(e);
        }
    }

    /** readlinkat(2): the target's bytes into b (truncated to len(b)). */
    public static long readlink(GoString name, SliceB b) {
        try {
            byte[] t = Files.readSymbolicLink(resolve(AT_FDCWD, name)).toString().getBytes(StandardCharsets.UTF_8);
            int n = Math.min(t.length, b == null ? 0 : b.len);
            if (n > 0) System.arraycopy(t, 0, b.arr, b.off, n);
            return n;
        } catch (Throwable e) {
            return fail(e);
        }
    }

    /** symlinkat(2). */
    public static long symlink(GoString target, GoString link) {
        try {
            Files.createSymbolicLink(resolve(AT_FDCWD, link), Path.of(target.toString()));
            return 0;
        } catch (Throwable e) {
            return fail(e);
        }
    }

    /** linkat(2). */
    public static long link(GoString from, GoString to) {
        try {
            Files.createLink(resolve(AT_FDCWD, to), resolve(AT_FDCWD, from));
            return 0;
        } catch (Throwable e) {
            return fail(e);
        }
    }

    /**
     * getdents64(2): as many whole linux_dirent64 records of directory fd as fit into b (0 at the
     * end). "." and ".." are left out (os skips them anyway).
     */
    public static long getdents(long fd, SliceB b) {
        Fd f = Fds.get(fd);
        if (f == null) return -Errno.EBADF;
        if (f.kind != Kind.DIR) return -Errno.ENOTDIR;
        try {
            synchronized (f) {
                if (f.dirents == null) f.dirents = listDir(f.path);
                int n = 0;
                while (f.dirPos < f.dirents.length) {
                    int reclen = (f.dirents[f.dirPos + 16] & 0xFF) | (f.dirents[f.dirPos + 17] & 0xFF) << 8;
                    if (n + reclen > b.len) {
                        if (n == 0) return -Errno.EINVAL;
                        break;
                    }
                    System.arraycopy(f.dirents, f.dirPos, b.arr, b.off + n, reclen);
                    n += reclen;
                    f.dirPos += reclen;
                }
                return n;
            }
        } catch (Throwable e) {
            return fail(e);
        }
    }

    private static byte[] listDir(Path dir) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long off = 0;
        try (var s = Files.newDirectoryStream(dir)) {
            for (Path p : s) {
                byte[] name = p.getFileName().toString().getBytes(StandardCharsets.UTF_8);
                long ino = 1;
                int type = 0; // DT_UNKNOWN
                try {
                    Map<String, Object> a = Files.readAttributes(p, "unix:ino,mode", LinkOption.NOFOLLOW_LINKS);
                    ino = num(a.get("ino"));
                    type = (int) (num(a.get("mode")) >> 12) & 017; // S_IFMT >> 12 is the DT_ value
                } catch (IOException e) {
                    // gone meanwhile: DT_UNKNOWN; os's lstat will say so
                }
                int reclen = (19 + name.length + 1 + 7) & ~7;
                byte[] rec = new byte[reclen];
                off++;
                putLong(rec, 0, ino == 0 ? 1 : ino);
                putLong(rec, 8, off);
                rec[16] = (byte) reclen;
                rec[17] = (byte) (reclen >> 8);
                rec[18] = (byte) type;
                System.arraycopy(name, 0, rec, 19, name.length);
                out.write(rec);
            }
        }
        return out.toByteArray();
    }

    private static void putLong(byte[] b, int i, long v) {
        for (int k = 0; k < 8; k++) b[i + k] = (byte) (v >>> (8 * k));
    }

    /** getcwd: the working directory. */
    public static GoString getwd() {
        return GoString.fromJava(cwd.toString());
    }

    /** chdir(2) (fd = -1) / fchdir(2). */
    public static long chdir(long fd, GoString name) {
        try {
            Path p = fd >= 0 ? fdPath(fd) : resolve(AT_FDCWD, name);
            if (p == null) return -Errno.EBADF;
            if (!Files.isDirectory(p)) return Files.exists(p) ? -Errno.ENOTDIR : -Errno.ENOENT;
            if (!Files.isExecutable(p)) return -Errno.EACCES;
            cwd = p.toRealPath();
            return 0;
        } catch (Throwable e) {
            return fail(e);
        }
    }

    // ---- the process ----

    /** The environment as "KEY=value" strings in the process's order (/proc/self/environ). */
    public static SliceL environ() {
        java.util.List<GoString> env = new java.util.ArrayList<>();
        try {
            byte[] b = Files.readAllBytes(Path.of("/proc/self/environ"));
            int start = 0;
            for (int i = 0; i < b.length; i++) {
                if (b[i] == 0) {
                    if (i > start) env.add(new GoString(java.util.Arrays.copyOfRange(b, start, i), 0, i - start));
                    start = i + 1;
                }
            }
        } catch (IOException | RuntimeException e) {
            for (Map.Entry<String, String> en : System.getenv().entrySet()) {
                env.add(GoString.fromJava(en.getKey() + "=" + en.getValue()));
            }
        }
        Object[] a = env.toArray();
        return new SliceL(a, 0, a.length, a.length);
    }

    /** getpid(2). */
    public static long getpid() {
        return ProcessHandle.current().pid();
    }

    /** getppid(2). */
    public static long getppid() {
        return ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(0L);
    }

    /** The process's user (which = "uid") or group ("gid") id: the owner of /proc/self. */
    public static long id(GoString which) {
        try {
            return num(Files.getAttribute(Path.of("/proc/self"), "unix:" + which));
        } catch (Throwable e) {
            return 0;
        }
    }

    /** The supplementary group ids (from /proc/self/status). */
    public static SliceJ groups() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("Groups:")) {
                    String s = line.substring(7).trim();
                    if (s.isEmpty()) return new SliceJ(new long[0], 0, 0, 0);
                    String[] parts = s.split("\\s+");
                    long[] g = new long[parts.length];
                    for (int i = 0; i < g.length; i++) g[i] = Long.parseLong(parts[i]);
                    return new SliceJ(g, 0, g.length, g.length);
                }
            }
        } catch (IOException | RuntimeException e) {
            // none
        }
        return new SliceJ(new long[0], 0, 0, 0);
    }

    /** kill(2): signal 0 checks the process exists; SIGKILL/SIGTERM/SIGINT end it. */
    public static long kill(long pid, long sig) {
        if (pid == getpid()) {
            if (sig == 0) return 0;
            if (sig == 9 || sig == 15 || sig == 2) {
                Stdio.flush();
                Runtime.getRuntime().halt((int) (128 + sig));
            }
            return 0;
        }
        long child = Procs.signal(pid, sig);
        if (child <= 0) return child;
        var h = ProcessHandle.of(pid);
        if (h.isEmpty() || !h.get().isAlive()) return -Errno.ESRCH;
        if (sig == 0) return 0;
        boolean ok = sig == 9 ? h.get().destroyForcibly() : h.get().destroy();
        return ok ? 0 : -Errno.EPERM;
    }

    /**
     * os.Args: the program's name, then its arguments. The name is {@code -Dgava.arg0} when set, else
     * made like go run's ({@code /tmp/go-build/b001/exe/NAME}, NAME the first file's base name
     * without {@code .go} or the package directory's name), or a jar's path without {@code .jar}.
     */
    public static SliceL args() {
        String[] a = Go.args();
        Object[] o = new Object[a.length + 1];
        o[0] = GoString.fromJava(arg0());
        for (int i = 0; i < a.length; i++) o[i + 1] = GoString.fromJava(a[i]);
        return new SliceL(o, 0, o.length, o.length);
    }

    private static String arg0() {
        String s = System.getProperty("gava.arg0");
        if (s != null) return s;
        String[] cmd = System.getProperty("sun.java.command", "").trim().split("\\s+");
        String name = "main";
        if (cmd.length > 0 && cmd[0].endsWith(".jar")) return cmd[0].substring(0, cmd[0].length() - 4);
        for (int i = 0; i + 1 < cmd.length; i++) {
            if (cmd[i].equals("run")) {
                String f = cmd[i + 1];
                Path p = Path.of(f).toAbsolutePath().normalize();
                Path base = p.getFileName();
                if (base != null) name = base.toString();
                if (name.endsWith(".go")) name = name.substring(0, name.length() - 3);
                break;
            }
        }
        return "/tmp/go-build/b001/exe/" + name;
    }

    /** A random 32-bit number (os's fastrand for temporary names). */
    public static int fastrand() {
        return java.util.concurrent.ThreadLocalRandom.current().nextInt();
    }

    /**
     * os/signal's wait for the next signal: none is ever delivered (java.base cannot receive
     * signals), so it sleeps forever, outside channel operations, so deadlock detection does not
     * count the waiting goroutine as blocked.
     */
    public static int signalRecv() {
        while (true) {
            Park.park(null);
        }
    }

    /** A write to a closed pipe on standard output or error: gc dies of SIGPIPE (status 128+13). */
    public static void sigpipe() {
        Runtime.getRuntime().halt(141);
    }

    /** exit_group(2): flushes standard output and ends the process (os.Exit). */
    public static void exit(long code) {
        Go.exit((int) code);
    }

    /** The host name (uname's nodename). */
    public static GoString hostname() {
        try {
            return GoString.fromJava(Files.readString(Path.of("/proc/sys/kernel/hostname")).trim());
        } catch (IOException | RuntimeException e) {
            String h = System.getenv("HOSTNAME");
            return GoString.fromJava(h == null ? "localhost" : h);
        }
    }

    /** The operating system release (uname's release). */
    public static GoString osRelease() {
        return GoString.fromJava(System.getProperty("os.version", ""));
    }
}
