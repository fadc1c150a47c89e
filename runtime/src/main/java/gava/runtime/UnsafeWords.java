package gava.runtime;

/**
 * {@code (*uintptr)(p)} (or any other 8-byte integer pointer) of an {@code unsafe.Pointer} that
 * points to a string or slice variable: gc reads the first word of the header, the address of the
 * data. The JVM has no addresses, so {@link #toPtrJ} gives a read-only pointer whose value is a
 * pseudo-address: a per-backing-array base (from its identity hash, 2^24 apart) plus the offset in
 * bytes, so that comparing and subtracting such addresses behaves as in gc (cmp.go, slicecap.go).
 * Any other unsafe.Pointer is returned as it is (the caller's checkcast applies).
 */
public final class UnsafeWords {
    private UnsafeWords() {}

    /** {@code (*uintptr)(p)}: p itself if it is an integer pointer, else a data-address view. */
    public static Object toPtrJ(Object p) {
        if (p instanceof PtrL l && !(p instanceof PtrJ)) {
            Object v = l.get();
            if (v instanceof GoString || isSlice(v) || v == null) {
                return new DataWord(l);
            }
        }
        return p;
    }

    private static boolean isSlice(Object v) {
        return v instanceof SliceB || v instanceof SliceS || v instanceof SliceI || v instanceof SliceJ
            || v instanceof SliceF || v instanceof SliceD || v instanceof SliceZ || v instanceof SliceL;
    }

    /** The pseudo-address of the data of a string or slice value (0 for a nil slice). */
    public static long dataAddress(Object v) {
        return switch (v) {
            case null -> 0;
            case GoString s -> s.bytes.length == 0 ? 0 : base(s.bytes) + s.off; // gc: "" has no data
            case SliceB s -> at(s.arr, s.off, s.cap, 1);
            case SliceZ s -> at(s.arr, s.off, s.cap, 1);
            case SliceS s -> at(s.arr, s.off, s.cap, 2);
            case SliceI s -> at(s.arr, s.off, s.cap, 4);
            case SliceF s -> at(s.arr, s.off, s.cap, 4);
            case SliceJ s -> at(s.arr, s.off, s.cap, 8);
            case SliceD s -> at(s.arr, s.off, s.cap, 8);
            case SliceL s -> at(s.arr, s.off, s.cap, 8);
            default -> 0;
        };
    }

    /** As in gc, a slice of capacity 0 does not advance the pointer (approximated by the array's start). */
    private static long at(Object arr, int off, int cap, int size) {
        return base(arr) + (cap == 0 ? 0 : (long) size * off);
    }

    private static long base(Object arr) {
        return ((long) System.identityHashCode(arr) + 1) << 24;
    }

    /** The first word of the string or slice variable {@code p} points to, read each time. */
    private static final class DataWord extends PtrJ {
        private final PtrL p;

        DataWord(PtrL p) {
            this.p = p;
        }

        @Override
        protected Object base() {
            return p;
        }

        @Override
        public long get() {
            return dataAddress(p.get());
        }

        @Override
        public void set(long v) {
            throw new NotSupportedError("writing the data pointer of a string or slice header through unsafe.Pointer not supported yet");
        }
    }
}
