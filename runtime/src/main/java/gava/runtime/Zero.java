package gava.runtime;

/**
 * Describes the element type of a {@link SliceL} (or the value type of a container) to operations
 * that allocate or move elements: the zero value, the Go size (for gc's append growth) and, for value
 * types (structs, arrays), how to copy them. Code generation passes {@code null} when the zero value is
 * null and the Go size is 8 (pointers, maps, channels, funcs); otherwise a (cached) instance.
 *
 * <p>Immutable element types (strings, complex numbers, interfaces, slices) keep the defaults and
 * override {@link #size()} when it is not 8. Struct and array element types must override
 * {@link #immutable()} to return false and implement {@link #copy} and {@link #assign}: the runtime
 * then keeps every element in its own object, assigns into existing elements in place (so pointers to
 * elements see the new value, as in Go) and copies values that move between storage locations.
 */
public interface Zero {
    /** A fresh zero value of the element type (null for types whose zero value is null). */
    Object zero();

    /** The element type's Go size in bytes ({@code unsafe.Sizeof}); decides append's growth. */
    default int size() {
        return 8;
    }

    /** True when values may be shared between locations (no copying needed). */
    default boolean immutable() {
        return true;
    }

    /** A fresh copy of value v (only called when {@link #immutable()} is false). */
    default Object copy(Object v) {
        return v;
    }

    /** Copies the value src into the existing object dst (only called when {@link #immutable()} is false). */
    default void assign(Object dst, Object src) {
        throw new UnsupportedOperationException("assign");
    }

    /** The Go size of the element type described by z (8 for null). */
    static int size(Zero z) {
        return z == null ? 8 : z.size();
    }

    /** An immutable element type whose zero value is {@code value} and whose Go size is {@code size}. */
    static Zero of(Object value, int size) {
        return new Shared(value, size);
    }

    /** The element type string (zero value "", size 16). */
    Zero STRING = of(GoString.EMPTY, 16);
    /** Interfaces (zero value nil, size 16). */
    Zero INTERFACE = of(null, 16);
    /** Slices (zero value nil, size 24). */
    Zero SLICE = of(null, 24);

    /** An immutable element type with a shared zero value. */
    record Shared(Object value, int size) implements Zero {
        @Override
        public Object zero() {
            return value;
        }
    }
}
