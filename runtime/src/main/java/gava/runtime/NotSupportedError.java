package gava.runtime;

/**
 * Something a compiled program did at run time that gava cannot represent yet (e.g. a pointer to an
 * array aliasing part of a slice's backing array). An Error, not a panic: recover does not see it,
 * deferred calls do not run, and the program stops with {@code fatal error: <message>} (exit 2).
 */
public final class NotSupportedError extends Error {
    public NotSupportedError(String message) {
        super(message);
    }

    @Override
    public String toString() {
        return getMessage();
    }
}
