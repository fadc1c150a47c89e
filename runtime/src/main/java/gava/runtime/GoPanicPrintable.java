package gava.runtime;

/**
 * Implemented by generated classes whose values need a specific text when they are the value of an
 * unrecovered panic (gc's {@code printpanicval}): an error value prints its {@code Error()} result,
 * a Stringer its {@code String()} result, a named basic type {@code main.E("x")} or {@code main.I(5)},
 * anything else {@code (main.T) 0xc000012345}.
 */
public interface GoPanicPrintable {
    /** The text printed after {@code panic: }. */
    String goPanicString();
}
