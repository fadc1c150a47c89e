package gava.runtime;

/**
 * What the standard library does with unsafe reinterpretations that the JVM cannot express, as
 * plain methods bound by {@code //gava:java} in its overlays (stdlib/overlay/strings, ...).
 */
public final class StdUnsafe {
    private StdUnsafe() {}

    /**
     * {@code *(*string)(unsafe.Pointer(&b))}: the bytes of {@code b} as a string, without copying
     * (strings.Builder.String, strings.Clone). As in Go, the caller must never modify those bytes
     * afterwards.
     */
    public static GoString bytesAsString(SliceB b) {
        if (b == null || b.len == 0) {
            return GoString.EMPTY;
        }
        return new GoString(b.arr, b.off, b.len);
    }

    /**
     * crypto/internal/subtle.AnyOverlap: whether x and y share memory (gc compares the addresses of
     * their first and last elements): the same backing array and intersecting windows.
     */
    public static boolean anyOverlap(SliceB x, SliceB y) {
        return x != null && y != null && x.len > 0 && y.len > 0 && x.arr == y.arr
            && x.off <= y.off + y.len - 1 && y.off <= x.off + x.len - 1;
    }

    /** crypto/internal/subtle.InexactOverlap: x and y overlap, but not starting at the same element. */
    public static boolean inexactOverlap(SliceB x, SliceB y) {
        if (x == null || y == null || x.len == 0 || y.len == 0 || (x.arr == y.arr && x.off == y.off)) {
            return false;
        }
        return anyOverlap(x, y);
    }
}
