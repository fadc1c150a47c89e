package gava.runtime;

/**
 * A Go panic in flight: the exception compiled code throws for {@code panic(v)} and for run-time
 * panics. {@link #value} is the Go value passed to panic (a {@link RuntimeError} for run-time errors).
 *
 * <p>Creating one is cheap once a program panics a lot: the Java stack trace (needed only to print
 * the Go traceback of an unrecovered panic) is captured for the first {@value #TRACED_PANICS}
 * panics of a program and skipped afterwards.
 */
public final class GoPanic extends RuntimeException {
    /** Panics created with a captured stack trace before capturing stops. */
    static final int TRACED_PANICS = 10_000;
    private static int created;

    /** The value passed to panic. */
    public final Object value;
    /** The panic this one interrupted (printed first, as gc's panic chain), or null. */
    public GoPanic link;
    /** Set when recover() returned this panic's value. */
    public boolean recovered;
    /** Whether this panic comes from a memory fault (prints gc's {@code [signal SIGSEGV ...]} line). */
    public final boolean signal;
    /** The JVM exception this panic was translated from (its stack trace is the Go trace), or null. */
    public final Throwable origin;

    public GoPanic(Object value) {
        this(value, false, null);
    }

    GoPanic(Object value, boolean signal, Throwable origin) {
        super(null, null, false, origin == null && ++created <= TRACED_PANICS);
        this.value = value;
        this.signal = signal;
        this.origin = origin;
    }

    /** The Java stack frames where this panic started (empty when not captured). */
    StackTraceElement[] frames() {
        return origin != null ? origin.getStackTrace() : getStackTrace();
    }

    @Override
    public String getMessage() {
        return "panic: " + Panics.valueString(value);
    }
}
