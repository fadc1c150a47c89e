package gava.runtime;

/**
 * The state of one execution of a {@code for ... range f} loop over a function iterator (Go 1.23).
 * The loop body is compiled into a synthetic yield method that receives this object; compiled code
 * does:
 *
 * <pre>
 * RangeFunc loop = new RangeFunc(defers);   // the enclosing function's Defer, or null
 * f.call((k, v) -&gt; {                       // the yield method
 *     loop.enter();                         // panics if the iterator misbehaves
 *     ... body ...
 *     return loop.next();                   // end of body, continue: true
 *     return loop.exit(code);               // break, return, goto, outer break/continue: false
 * });
 * switch (loop.finish()) { ... }            // 0: go on after the loop; else the recorded exit
 * </pre>
 *
 * The states are gc's (internal/abi RF_*): a body that panics leaves the state at PANIC, so an
 * iterator that recovers that panic and calls yield again, or returns normally, is caught.
 */
public final class RangeFunc {
    static final int DONE = 0, READY = 1, PANIC = 2, EXHAUSTED = 3;

    private int state = READY;
    private int exit;
    /** The deferred calls of the enclosing function: defer statements in the body push there. */
    public final Defer defer;

    public RangeFunc(Defer defer) {
        this.defer = defer;
    }

    /** Start of the loop body (a call of yield). */
    public void enter() {
        switch (state) {
            case READY -> state = PANIC;
            case DONE -> throw Panics.runtimeError("range function continued iteration after function for loop body returned false");
            case PANIC -> throw Panics.runtimeError("range function continued iteration after loop body panic");
            default -> throw Panics.runtimeError("range function continued iteration after whole loop exit");
        }
    }

    /** The body finished or continued: yield returns true. */
    public boolean next() {
        state = READY;
        return true;
    }

    /** The body left the loop with exit code {@code code} (0: break of this loop): yield returns false. */
    public boolean exit(int code) {
        state = DONE;
        exit = code;
        return false;
    }

    /** The iterator returned: the exit code the body recorded (0 when the loop just ended). */
    public int finish() {
        if (state == PANIC) {
            throw Panics.runtimeError("range function recovered a loop body panic and did not resume panicking");
        }
        state = EXHAUSTED;
        return exit;
    }
}
