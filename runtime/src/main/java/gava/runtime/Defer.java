package gava.runtime;

import java.util.Arrays;
import java.util.List;

/**
 * Deferred calls of one function invocation, and {@code recover}. Compiled code for a function
 * containing {@code defer} statements does:
 *
 * <pre>
 * Defer d = new Defer();
 * try {
 *     ... d.push(() -&gt; f(args));   // each defer statement, arguments evaluated at once
 *     ... (return statements set the result variables, then leave the try)
 * } catch (Throwable t) {
 *     d.panicked(t);               // runs the deferred calls; returns only if one of them recovered
 *     return results;              // the (possibly updated) result variables
 * }
 * d.run();                         // normal return: runs the deferred calls
 * return results;
 * </pre>
 *
 * Deferred calls run last-in first-out. A panic raised by a deferred call replaces the current one
 * (gc prints both, the older one marked {@code [recovered]} when it was). {@code recover()} is
 * {@link #recover()}; {@code defer recover()} pushes {@link #RECOVER}. Fatal JVM errors (stack
 * overflow, out of memory) are not panics: they propagate without running deferred calls.
 * {@code runtime.Goexit} ({@link Goexit}) runs the deferred calls as a normal exit does and goes on
 * unwinding the goroutine.
 */
public final class Defer {
    /** What {@code defer recover()} pushes. */
    public static final Runnable RECOVER = () -> { };

    private static final class State {
        /** The panic that a recover() may stop right now, or null. */
        GoPanic recoverable;
    }

    private static final ThreadLocal<State> STATE = ThreadLocal.withInitial(State::new);

    /** The current goroutine's state: kept in its {@link G} on a continuation, else thread-local. */
    private static State state() {
        G g = Park.g();
        if (g != null) {
            if (g.deferState == null) {
                g.deferState = new State();
            }
            return (State) g.deferState;
        }
        return STATE.get();
    }

    private Runnable[] calls = new Runnable[2];
    private int n;

    /** A defer statement: schedules {@code call} (whose arguments are already evaluated). */
    public void push(Runnable call) {
        if (n == calls.length) {
            calls = Arrays.copyOf(calls, n * 2);
        }
        calls[n++] = call;
    }

    /** The panic whose deferred calls the current goroutine is running (recovered or not), or null. */
    static GoPanic currentPanic() {
        return state().recoverable;
    }

    /** Normal function exit: runs the deferred calls; a panic in one of them propagates after the rest ran. */
    public void run() {
        if (n > 0) {
            unwind(null);
        }
    }

    /**
     * The function body threw t: runs the deferred calls with t as the current panic. Returns normally
     * when a deferred call recovered it (the function then returns its result variables), otherwise
     * throws the panic (translated by {@link Panics#toPanic}). JVM Errors are rethrown at once.
     */
    public void panicked(Throwable t) {
        if (t instanceof Goexit) {
            // runtime.Goexit: the deferred calls run as at a normal exit (recover returns nil), then
            // the goroutine goes on ending; a panic in a deferred call replaces the Goexit
            unwind(null);
            throw (Goexit) t;
        }
        GoPanic p = Panics.toPanic(t);
        unwind(p);
    }

    private void unwind(GoPanic p) {
        State st = state();
        GoPanic outer = st.recoverable;
        boolean goexit = false;
        try {
            while (n > 0) {
                Runnable c = calls[--n];
                calls[n] = null;
                st.recoverable = p;
                try {
                    if (c == RECOVER) {
                        if (p == null) {
                            recoverAtExit(outer);
                        }
                    } else {
                        c.run();
                    }
                } catch (Goexit e) {
                    // runtime.Goexit in a deferred call: the other deferred calls still run
                    goexit = true;
                    p = null;
                    continue;
                } catch (Throwable t) {
                    GoPanic q = Panics.toPanic(t);
                    if (p != null && q != p) {
                        chain(q, p);
                    }
                    p = q;
                    continue;
                }
                if (p != null && p.recovered) {
                    p = null;
                }
            }
        } finally {
            st.recoverable = outer;
        }
        if (p != null) {
            throw p;
        }
        if (goexit) {
            throw Goexit.INSTANCE;
        }
    }

    /** Appends p to the end of q's chain of interrupted panics unless it is already there. */
    private static void chain(GoPanic q, GoPanic p) {
        GoPanic e = q;
        for (int i = 0; i < 10_000; i++) {
            if (e == p) {
                return;
            }
            if (e.link == null) {
                e.link = p;
                return;
            }
            e = e.link;
        }
    }

    /**
     * The recover builtin: the value of the current panic if called directly by a deferred function
     * run by a panic (the panic then stops once that function returns), else null.
     */
    public static Object recover() {
        State st = state();
        GoPanic p = st.recoverable;
        if (p == null || p.recovered) {
            return null;
        }
        if (!calledFromPanic(false)) {
            return null;
        }
        p.recovered = true;
        return p.value;
    }

    /** {@code defer recover()} reached at a normal exit: acts as a recover() by the function exiting. */
    private static void recoverAtExit(GoPanic outer) {
        if (outer == null || outer.recovered) {
            return;
        }
        if (calledFromPanic(true)) {
            outer.recovered = true;
            state().recoverable = null;
        }
    }

    /**
     * Whether the Go function G is a deferred call made directly (through non-Go adapter frames only,
     * or package reflect's, as gc's reflectcall and makeFuncStub: {@code Value.Call}, {@code MakeFunc})
     * by a panicking {@code unwind}. G is the caller of {@link #recover()}, or, at a normal exit
     * ({@code atExit}), the function whose own deferred calls are running.
     */
    private static final String NATIVE_FUNC = RValueFuncs.Native.class.getName();

    private static boolean calledFromPanic(boolean atExit) {
        String self = Defer.class.getName();
        List<StackWalker.StackFrame> frames = StackWalker.getInstance().walk(s -> s.limit(64).toList());
        int i = 0;
        while (i < frames.size() && frames.get(i).getClassName().equals(self)) {
            String m = frames.get(i).getMethodName();
            boolean ours = m.equals("calledFromPanic") || (atExit
                    ? m.equals("recoverAtExit") || m.equals("unwind") || m.equals("run")
                            || m.equals("panicked")
                    : m.equals("recover"));
            if (!ours) {
                break;
            }
            i++;
        }
        if (i >= frames.size()) {
            return false;
        }
        StackWalker.StackFrame g = frames.get(i);
        if (GoNames.goFuncName(g.getClassName(), g.getMethodName()) == null) {
            return false;
        }
        // reflect's Go frames count as adapters only below a func made by MakeFunc (or a method value
        // made into a func): a deferred reflect.Value.Call itself is the deferred function
        boolean inReflect = false;
        for (i++; i < frames.size(); i++) {
            StackWalker.StackFrame f = frames.get(i);
            String cls = f.getClassName();
            if (cls.equals(self)) {
                return !inReflect && f.getMethodName().equals("unwind");
            }
            if (cls.equals(NATIVE_FUNC)) {
                inReflect = false;
                continue;
            }
            String name = GoNames.goFuncName(cls, f.getMethodName());
            if (name != null) {
                if (!name.startsWith("reflect.")) {
                    return false;
                }
                inReflect = true;
            }
        }
        return false;
    }
}
