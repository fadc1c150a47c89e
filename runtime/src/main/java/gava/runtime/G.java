package gava.runtime;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.locks.LockSupport;

/**
 * One goroutine as the scheduler bookkeeping ({@link Sched}) sees it: its id, the thread running
 * it, where it was created (for gc's {@code created by} line) and, while it is blocked in a channel
 * operation, gc's wait reason ({@code chan receive}, {@code select}, ...) for deadlock reports.
 *
 * <h2>Goroutines on continuations</h2>
 * When {@link Park#CONT}, a goroutine is a continuation ({@link Cont}) and this object is the task
 * {@link GoScheduler} queues and a {@link Carrier} runs ({@link #run}); parking is gc's
 * {@code gopark}/{@code goready} with a permit, as {@link LockSupport}'s:
 * <ul>
 * <li>{@link #park} consumes the permit if it is set and returns; else it sets {@code PARKING} and
 *     yields; back on the carrier, {@link #run} sets {@code PARKED} and, if the permit was set
 *     meanwhile, queues the goroutine again itself;</li>
 * <li>{@link #unpark} sets the permit; if it was not set and the goroutine is {@code PARKED}, the
 *     one that moves it to {@code UNPARKED} queues it ({@link GoScheduler#execute}); a goroutine
 *     parked while pinned ({@code PINNED}: it could not yield) is unparked as a thread.</li>
 * </ul>
 * Both sides write their word before they read the other's (volatile, sequentially consistent), so
 * an unpark racing with a park is never lost.
 */
final class G implements Runnable {
    static final int NEW = 0, RUNNING = 1, PARKING = 2, PARKED = 3, UNPARKED = 4, YIELDING = 5,
            YIELDED = 6, PINNED = 7;
    private static final VarHandle STATE;
    private static final VarHandle PERMIT;

    static {
        try {
            MethodHandles.Lookup l = MethodHandles.lookup();
            STATE = l.findVarHandle(G.class, "state", int.class);
            PERMIT = l.findVarHandle(G.class, "permit", boolean.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** The goroutine id gc would print (1 for main). */
    final long id;
    /** The innermost Go frame of the {@code go} statement as found on the stack, or null. */
    private final StackTraceElement creator;
    /** The {@code created by} frame, when given by the caller or once computed from {@link #creator}. */
    private Traceback.Frame creatorFrame;
    /** The thread running this goroutine (a virtual thread, or the main goroutine's platform thread). */
    Thread thread;
    /**
     * gc's wait reason of the current or last blocking operation. Written by the goroutine itself
     * before it counts itself as blocked (an atomic update), so whoever sees the count sees it.
     */
    String waitReason;
    /**
     * gc's wait reason while the goroutine waits in one of sync's runtime hooks ({@code semacquire},
     * {@code sync.Cond.Wait}), which gava builds on channels: it takes precedence over
     * {@link #waitReason} in deadlock reports. Null otherwise; set by the goroutine itself.
     */
    volatile String syncReason;

    /** The goroutine's continuation when {@link Park#CONT} (else null: it runs on {@link #thread}). */
    Object cont;
    /** NEW, RUNNING, PARKING, ... (continuations only). */
    private volatile int state;
    /** The park permit (continuations only). */
    private volatile boolean permit;
    /** The carrier thread a pinned park blocks ({@code PINNED}). */
    private volatile Thread pinnedOn;
    /** Per-goroutine state of {@link Defer} and {@link Print} (a thread-local on virtual threads). */
    Object deferState;
    Object printBuf;

    G(long id, StackTraceElement creator, Traceback.Frame creatorFrame, Thread thread) {
        this.id = id;
        this.creator = creator;
        this.creatorFrame = creatorFrame;
        this.thread = thread;
    }

    /** gc's {@code created by} frame, or null (the main goroutine, or created outside Go code). */
    Traceback.Frame creatorFrame() {
        if (creatorFrame == null && creator != null) {
            creatorFrame = Traceback.frame(creator);
        }
        return creatorFrame;
    }

    // ---- goroutines on continuations ----

    /** Runs the goroutine on the current carrier c until it parks, yields or ends (the scheduler's task). */
    @Override
    public void run() {
        Carrier c = (Carrier) Thread.currentThread();
        while (true) {
            int s0 = state;
            if (s0 != UNPARKED && s0 != YIELDED && s0 != NEW || !STATE.compareAndSet(this, s0, RUNNING)) {
                return;
            }
            if (s0 == UNPARKED) {
                // consumed by this wake-up; a full fence, so the goroutine's next look at its
                // condition comes after it (else an unpark seeing the old permit could be lost)
                PERMIT.setVolatile(this, false);
            }
            c.g = this;
            try {
                Cont.run(cont);
            } finally {
                c.g = null;
            }
            int s = state;
            if (s == PARKING) {
                state = PARKED;
                if (permit && STATE.compareAndSet(this, PARKED, UNPARKED)) {
                    continue; // unparked while parking: run it again at once
                }
            } else if (s == YIELDING) {
                STATE.setRelease(this, YIELDED);
                c.sched.execute(this); // the global queue, as gc's Gosched
            }
            return;
        }
    }

    /** Starts the goroutine: queues it on the current carrier, or the global queue. */
    void start() {
        GoScheduler.INSTANCE.execute(this);
    }

    /** Parks the current goroutine (this) until {@link #unpark}; may return spuriously. */
    void park() {
        if (permit && (boolean) PERMIT.getAndSet(this, false)) {
            return;
        }
        STATE.setRelease(this, PARKING); // unpark only acts on PARKED: no fence needed yet
        if (!Cont.yield()) {
            STATE.setRelease(this, RUNNING);
            parkPinned();
        }
    }

    /** A park that could not yield: blocks the carrier thread, which Syscalls may replace meanwhile. */
    private void parkPinned() {
        Carrier c = Syscalls.enter();
        pinnedOn = Carrier.current();
        state = PINNED;
        while (!(boolean) PERMIT.getAndSet(this, false)) {
            LockSupport.park(this);
        }
        STATE.setRelease(this, RUNNING);
        Syscalls.exit(c);
    }

    /** Makes this goroutine runnable if it is parked, else lets its next park return at once. */
    void unpark() {
        if (!permit && !(boolean) PERMIT.getAndSet(this, true)) {
            int s = state;
            if (s == PARKED) {
                if (STATE.compareAndSet(this, PARKED, UNPARKED)) {
                    GoScheduler.INSTANCE.execute(this);
                }
            } else if (s == PINNED) {
                LockSupport.unpark(pinnedOn);
            }
        }
    }

    /** Yields the current goroutine (this): it goes to the global queue (Gosched, preemption). */
    void yieldNow() {
        STATE.setRelease(this, YIELDING);
        if (!Cont.yield()) {
            STATE.setRelease(this, RUNNING);
            Thread.yield();
        }
    }

    /** This goroutine's frames (innermost first) for a traceback, or none when it runs elsewhere. */
    StackTraceElement[] stackTrace() {
        if (Sched.current() == this) {
            return new Throwable().getStackTrace();
        }
        if (cont == null) {
            return thread == null ? new StackTraceElement[0] : thread.getStackTrace();
        }
        int s = state;
        if (s == PINNED) {
            Thread t = pinnedOn;
            return t == null ? new StackTraceElement[0] : t.getStackTrace();
        }
        if (s == PARKED || s == YIELDED || s == UNPARKED) {
            return Cont.stackTrace(cont);
        }
        return new StackTraceElement[0];
    }
}
