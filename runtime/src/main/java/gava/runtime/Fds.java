package gava.runtime;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Path;

/**
 * The process's file-descriptor table as Go's syscall package sees it: small integers mapped to
 * Java objects ({@link Fd}). 0, 1 and 2 are standard input, output and error (output and error
 * go through {@link Stdio}, the streams the runtime's print and panics use, so everything
 * interleaves as with gc); {@code open} takes the lowest free number, as Linux does. {@code dup}
 * makes a second number for the same open file description (its offset and flags are shared).
 */
public final class Fds {
    private Fds() {}

    /** What an open file description is. */
    enum Kind { STDIN, STDOUT, STDERR, FILE, DIR, PIPE_R, PIPE_W, SOCK }

    /** An open file description (shared by dup'ed descriptors). */
    static final class Fd {
        final Kind kind;
        /** For FILE: the channel. */
        FileChannel ch;
        /** For PIPE_R / PIPE_W: the pipe's end. */
        ReadableByteChannel rch;
        WritableByteChannel wch;
        /** For SOCK: the socket ({@link Sockets}). */
        Sock sock;
        /** For STDIN: the process's standard input. */
        InputStream in;
        /** For FILE and DIR: the absolute path it was opened by. */
        Path path;
        /** The open(2) flags (O_APPEND, access mode, ...). */
        int flags;
        /** For DIR: the encoded linux_dirent64 records and how many bytes were handed out. */
        byte[] dirents;
        int dirPos;
        /** Descriptors referring to this description. */
        int refs = 1;

        Fd(Kind kind) {
            this.kind = kind;
        }

        void release() throws IOException {
            if (--refs > 0) return;
            if (ch != null) ch.close();
            if (rch != null) rch.close();
            if (wch != null) wch.close();
            if (sock != null) sock.close();
        }
    }

    private static Fd[] table = new Fd[64];

    static {
        Fd in = new Fd(Kind.STDIN);
        in.in = new FileInputStream(FileDescriptor.in);
        table[0] = in;
        Fd out = new Fd(Kind.STDOUT);
        out.flags = 1;
        table[1] = out;
        Fd err = new Fd(Kind.STDERR);
        err.flags = 1;
        table[2] = err;
    }

    /** The description of descriptor fd, or null when fd is not open. */
    static synchronized Fd get(long fd) {
        return fd >= 0 && fd < table.length ? table[(int) fd] : null;
    }

    /** Installs f at the lowest free descriptor number >= min and returns that number. */
    static synchronized int add(Fd f, long min) {
        int i = (int) Math.max(0, min);
        while (i < table.length && table[i] != null) i++;
        if (i >= table.length) {
            if (i >= 1 << 20) return -Errno.EMFILE;
            table = java.util.Arrays.copyOf(table, Math.max(table.length * 2, i + 1));
        }
        table[i] = f;
        return i;
    }

    /** Removes descriptor fd and returns its description (null if it was not open). */
    static synchronized Fd remove(long fd) {
        Fd f = get(fd);
        if (f != null) table[(int) fd] = null;
        return f;
    }
}
