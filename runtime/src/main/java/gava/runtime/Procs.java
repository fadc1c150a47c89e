package gava.runtime;

import gava.runtime.Fds.Fd;
import gava.runtime.Fds.Kind;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Child processes for syscall's {@code forkExec} and {@code wait4} (os.StartProcess, os/exec) on
 * {@link ProcessBuilder}. The child's descriptors 0, 1 and 2 come from the parent's descriptors the
 * caller names: the parent's own standard streams are inherited, files are redirected by path,
 * and pipes (and any other combination) are pumped by a thread between the child's stream and
 * the parent's descriptor, which holds a reference on the descriptor until the stream ends (so
 * the reading end sees end-of-file exactly when the child and the parent have closed theirs).
 * Other descriptors (os/exec's ExtraFiles) are not passed.
 */
public final class Procs {
    private Procs() {}

    private static final Map<Long, Process> CHILDREN = new ConcurrentHashMap<>();
    private static final Pattern ERRNO = Pattern.compile("error=(\\d+)");

    /** Starts argv0 with the arguments argv[1:], environment env, directory dir: the pid or -errno. */
    public static long spawn(GoString argv0, SliceL argv, SliceL env, GoString dir, SliceJ files) {
        try {
            Path wd = dir.len == 0 ? Sys.cwd() : Sys.cwd().resolve(dir.toString());
            String prog = argv0.toString();
            if (prog.contains("/") && !prog.startsWith("/")) prog = wd.resolve(prog).toString();
            List<String> cmd = new ArrayList<>();
            cmd.add(prog);
            for (int i = 1; argv != null && i < argv.len; i++) cmd.add(argv.arr[argv.off + i].toString());
            ProcessBuilder pb = new ProcessBuilder(cmd);
            pb.directory(wd.toFile());
            Map<String, String> e = pb.environment();
            e.clear();
            for (int i = 0; env != null && i < env.len; i++) {
                String kv = env.arr[env.off + i].toString();
                int eq = kv.indexOf('=');
                if (eq > 0) e.put(kv.substring(0, eq), kv.substring(eq + 1));
            }
            Fd[] fds = new Fd[3];
            for (int i = 0; i < 3; i++) {
                long fd = files != null && i < files.len ? files.arr[files.off + i] : -1;
                Fd f = fd < 0 ? null : Fds.get(fd);
                fds[i] = f;
                ProcessBuilder.Redirect r;
                if (f == null) {
                    r = i == 0 ? ProcessBuilder.Redirect.from(new File("/dev/null")) : ProcessBuilder.Redirect.DISCARD;
                } else if (f.kind == Kind.STDIN && i == 0 || f.kind == Kind.STDOUT && i == 1 || f.kind == Kind.STDERR && i == 2) {
                    r = ProcessBuilder.Redirect.INHERIT;
                } else if (f.kind == Kind.FILE) {
                    r = i == 0 ? ProcessBuilder.Redirect.from(f.path.toFile()) : ProcessBuilder.Redirect.appendTo(f.path.toFile());
                } else {
                    r = ProcessBuilder.Redirect.PIPE;
                }
                if (i == 0) pb.redirectInput(r);
                else if (i == 1) pb.redirectOutput(r);
                else pb.redirectError(r);
            }
            Stdio.flush();
            Process p;
            Carrier c = Syscalls.enter(); // fork and exec
            try {
                p = pb.start();
            } finally {
                Syscalls.exit(c);
            }
            if (pb.redirectInput() == ProcessBuilder.Redirect.PIPE) pumpIn(fds[0], p.getOutputStream());
            if (pb.redirectOutput() == ProcessBuilder.Redirect.PIPE) pumpOut(p.getInputStream(), fds[1]);
            if (pb.redirectError() == ProcessBuilder.Redirect.PIPE) pumpOut(p.getErrorStream(), fds[2]);
            CHILDREN.put(p.pid(), p);
            return p.pid();
        } catch (IOException ex) {
            Matcher m = ERRNO.matcher(String.valueOf(ex.getMessage()));
            return m.find() ? -Long.parseLong(m.group(1)) : -Errno.of(ex);
        } catch (Throwable ex) {
            return -Errno.of(ex);
        }
    }

    /** wait4(2) for a child started by {@link #spawn}: stores the wait status in st[0]; the pid or -errno. */
    public static long wait4(long pid, SliceJ st, long options) {
        Process p = CHILDREN.get(pid);
        if (p == null) return -Errno.ECHILD;
        try {
            int code;
            Carrier c = Syscalls.enter(); // waits for the child: the carrier's place goes to others
            try {
                code = p.waitFor();
            } finally {
                Syscalls.exit(c);
            }
            CHILDREN.remove(pid);
            // Java reports a child killed by signal s as 128+s: gc's wait status says "signaled".
            st.arr[st.off] = code > 128 && code < 128 + 65 && killed(p) ? code - 128 : (code & 0xFF) << 8;
            return pid;
        } catch (InterruptedException e) {
            return -Errno.EINTR;
        }
    }

    private static final Map<Long, Boolean> KILLED = new ConcurrentHashMap<>();

    private static boolean killed(Process p) {
        return KILLED.remove(p.pid()) != null;
    }

    /** kill(2) of a child: true when pid is one (signal 0 only checks it is alive). */
    static long signal(long pid, long sig) {
        Process p = CHILDREN.get(pid);
        if (p == null) return 1;
        if (sig == 0) return p.isAlive() ? 0 : -Errno.ESRCH;
        KILLED.put(pid, true);
        if (sig == 9) p.destroyForcibly();
        else p.destroy();
        return 0;
    }

    private static void pumpOut(InputStream in, Fd to) {
        synchronized (to) {
            to.refs++;
        }
        Thread t = new Thread(() -> {
            byte[] buf = new byte[8192];
            try (in) {
                int n;
                while ((n = in.read(buf)) > 0) {
                    switch (to.kind) {
                        case STDOUT -> Stdio.out(buf, 0, n);
                        case STDERR -> Stdio.err(buf, 0, n);
                        case PIPE_W -> {
                            ByteBuffer bb = ByteBuffer.wrap(buf, 0, n);
                            while (bb.hasRemaining()) to.wch.write(bb);
                        }
                        default -> {
                            return;
                        }
                    }
                }
            } catch (IOException e) {
                // the reader went away
            } finally {
                try {
                    synchronized (to) {
                        to.release();
                    }
                } catch (IOException e) {
                    // nothing to do
                }
            }
        }, "gava-child-output");
        t.setDaemon(true);
        t.start();
    }

    private static void pumpIn(Fd from, OutputStream out) {
        synchronized (from) {
            from.refs++;
        }
        Thread t = new Thread(() -> {
            byte[] buf = new byte[8192];
            try (out) {
                while (true) {
                    int n = switch (from.kind) {
                        case STDIN -> from.in.read(buf);
                        case PIPE_R -> from.rch.read(ByteBuffer.wrap(buf));
                        default -> -1;
                    };
                    if (n < 0) break;
                    out.write(buf, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // the child went away
            } finally {
                try {
                    synchronized (from) {
                        from.release();
                    }
                } catch (IOException e) {
                    // nothing to do
                }
            }
        }, "gava-child-input");
        t.setDaemon(true);
        t.start();
    }
}
