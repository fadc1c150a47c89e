package gava.runtime;

/**
 * What {@code runtime.Goexit()} throws ({@link Go#goexit()}): it unwinds the goroutine running the
 * deferred calls of every frame ({@link Defer#panicked} runs them and rethrows it; {@code recover}
 * returns nil meanwhile) and ends the goroutine quietly. It is a JVM {@link Error} so that the
 * translation of exceptions into Go panics ({@link Panics#toPanic}) passes it through unchanged.
 * When the main goroutine exits this way the program goes on until the other goroutines end or all
 * block, then dies with gc's deadlock error.
 */
public final class Goexit extends Error {
    private static final long serialVersionUID = 1L;
    static final Goexit INSTANCE = new Goexit();

    private Goexit() {
        super("runtime.Goexit", null, false, false);
    }
}
