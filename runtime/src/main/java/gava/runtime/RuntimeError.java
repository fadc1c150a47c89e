package gava.runtime;

/**
 * A Go {@code runtime.Error} value raised by the runtime (index out of range, nil dereference, nil
 * map write, ...). {@link #message} never carries the {@code "runtime error: "} prefix; {@link #error()}
 * adds it when gc's error type does (gc's {@code errorString}/{@code boundsError} do, its
 * {@code plainError} does not).
 */
public final class RuntimeError implements GoPanicPrintable {
    /** The message without the {@code "runtime error: "} prefix. */
    public final String message;
    /** Whether {@link #error()} prefixes the message with {@code "runtime error: "}. */
    public final boolean prefixed;

    public RuntimeError(String message, boolean prefixed) {
        this.message = message;
        this.prefixed = prefixed;
    }

    /** A runtime error printed as {@code runtime error: <message>}. */
    public static RuntimeError of(String message) {
        return new RuntimeError(message, true);
    }

    /** A runtime error printed as just {@code <message>} (gc's plainError). */
    public static RuntimeError plain(String message) {
        return new RuntimeError(message, false);
    }

    /** The Go {@code Error()} method: the message as gc prints it. */
    public String error() {
        return prefixed ? "runtime error: " + message : message;
    }

    @Override
    public String goPanicString() {
        return error();
    }

    @Override
    public String toString() {
        return error();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RuntimeError r && r.prefixed == prefixed && r.message.equals(message);
    }

    @Override
    public int hashCode() {
        return message.hashCode() * 31 + (prefixed ? 1 : 0);
    }
}
