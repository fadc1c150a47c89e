package gava.runtime;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;

/**
 * The process's standard output and standard error as Go's os.Stdout/os.Stderr see them.
 * Standard output is buffered for speed but flushed before anything is written to standard error,
 * at exit, when the buffer fills, and by a daemon thread shortly after output stops, so the order
 * of the two streams and interactive output look as with gc's unbuffered writes.
 */
public final class Stdio {
    private Stdio() {}

    private static final FileOutputStream OUT = new FileOutputStream(FileDescriptor.out);
    private static final FileOutputStream ERR = new FileOutputStream(FileDescriptor.err);
    private static final Object LOCK = new Object();
    private static final byte[] BUF = new byte[1 << 16];
    private static int pending;
    private static Thread flusher;

    /** Writes b[off, off+len) to standard output. */
    public static void out(byte[] b, int off, int len) {
        synchronized (LOCK) {
            if (pending + len > BUF.length) {
                flushLocked();
                if (len > BUF.length / 2) {
                    write(OUT, b, off, len);
                    return;
                }
            }
            System.arraycopy(b, off, BUF, pending, len);
            pending += len;
            if (flusher == null) {
                startFlusher();
            }
            LOCK.notifyAll();
        }
    }

    /** Writes s to standard output. */
    public static void out(GoString s) {
        out(s.bytes, s.off, s.len);
    }

    /** Writes b[off, off+len) to standard error (after flushing standard output), in one write. */
    public static void err(byte[] b, int off, int len) {
        synchronized (LOCK) {
            flushLocked();
            write(ERR, b, off, len);
        }
    }

    /** Writes a Java string to standard error as UTF-8. */
    public static void err(String s) {
        byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        err(b, 0, b.length);
    }

    /** Flushes buffered standard output. */
    public static void flush() {
        synchronized (LOCK) {
            flushLocked();
        }
    }

    private static void flushLocked() {
        if (pending > 0) {
            int n = pending;
            pending = 0;
            write(OUT, BUF, 0, n);
        }
    }

    private static void write(FileOutputStream s, byte[] b, int off, int len) {
        Carrier c = Syscalls.enter(); // a full pipe or a stopped terminal blocks the write
        try {
            s.write(b, off, len);
        } catch (IOException e) {
            // gc dies of SIGPIPE when standard output or error is a closed pipe.
            Runtime.getRuntime().halt(2);
        } finally {
            Syscalls.exit(c);
        }
    }

    private static void startFlusher() {
        Thread t = new Thread(Stdio::flushLoop, "gava-stdout-flusher");
        t.setDaemon(true);
        flusher = t;
        t.start();
    }

    private static void flushLoop() {
        try {
            while (true) {
                synchronized (LOCK) {
                    while (pending == 0) {
                        LOCK.wait();
                    }
                }
                Thread.sleep(20);
                flush();
            }
        } catch (InterruptedException e) {
            // exit
        }
    }
}
