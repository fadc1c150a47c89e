package gava.runtime;

/**
 * One goroutine as the scheduler bookkeeping ({@link Sched}) sees it: its id, the thread running
 * it, where it was created (for gc's {@code created by} line) and, while it is blocked in a channel
 * operation, gc's wait reason ({@code chan receive}, {@code select}, ...) for deadlock reports.
 */
final class G {
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
}
