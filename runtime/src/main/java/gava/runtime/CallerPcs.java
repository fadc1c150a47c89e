package gava.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Program counters for {@code runtime.Caller}, {@code Callers} and {@code FuncForPC}: the JVM has
 * no code addresses, so each distinct Go frame seen (function as gc names it, file, line) gets a
 * number, and its pc is {@code BASE + 16 * number + 8}. Go code often asks about {@code pc - 1}
 * (the call instruction); any pc within the 16 of a frame maps back to it. Pc 0 is no frame.
 */
public final class CallerPcs {
    private CallerPcs() {}

    static final long BASE = 0x401000;

    private static final ConcurrentHashMap<Traceback.Frame, Long> IDS = new ConcurrentHashMap<>();
    private static final List<Traceback.Frame> FRAMES = new ArrayList<>();

    /** The pc of a frame, registering it on first use. */
    static long pc(Traceback.Frame f) {
        Long id = IDS.get(f);
        if (id == null) {
            synchronized (FRAMES) {
                id = IDS.get(f);
                if (id == null) {
                    id = (long) FRAMES.size();
                    FRAMES.add(f);
                    IDS.put(f, id);
                }
            }
        }
        return BASE + 16 * id + 8;
    }

    /** The frame a pc stands for, or null. */
    static Traceback.Frame frame(long pc) {
        long id = (pc - BASE) >> 4;
        if (pc < BASE || id >= Integer.MAX_VALUE) {
            return null;
        }
        synchronized (FRAMES) {
            return id < FRAMES.size() ? FRAMES.get((int) id) : null;
        }
    }

    /** The Go frames of the calling goroutine, innermost first, from the runtime's caller on. */
    static List<Traceback.Frame> goFrames() {
        GoPanic p = Defer.currentPanic();
        if (p != null) {
            return panickingFrames(p);
        }
        return StackWalker.getInstance().walk(s -> s
                .map(StackWalker.StackFrame::toStackTraceElement)
                .map(Traceback::frame)
                .filter(java.util.Objects::nonNull)
                .toList());
    }

    /**
     * In a deferred call run by a panic, gc's stack still holds the panicking frames below
     * runtime.gopanic: the deferred call's own frames (up to the JVM's Defer.unwind), then
     * runtime.gopanic, then the frames where the panic started (its Java stack trace).
     */
    private static List<Traceback.Frame> panickingFrames(GoPanic p) {
        List<Traceback.Frame> out = new ArrayList<>();
        List<StackTraceElement> here = StackWalker.getInstance().walk(s -> s
                .map(StackWalker.StackFrame::toStackTraceElement).toList());
        for (StackTraceElement e : here) {
            if (e.getClassName().equals(Defer.class.getName()) && e.getMethodName().equals("unwind")) {
                break;
            }
            Traceback.Frame f = Traceback.frame(e);
            if (f != null) {
                out.add(f);
            }
        }
        out.add(new Traceback.Frame("runtime.gopanic", true, "runtime/panic.go", 0));
        for (StackTraceElement e : p.frames()) {
            Traceback.Frame f = Traceback.frame(e);
            if (f != null) {
                out.add(f);
            }
        }
        return out;
    }
}
