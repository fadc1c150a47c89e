package gava.runtime;

/**
 * Conversions of a slice to a pointer to array, {@code (*[N]T)(s)} (Go 1.17), and the copying
 * conversion {@code [N]T(s)} (Go 1.20) for arrays whose JVM class is more specific than the slice's
 * storage (arrays of structs).
 *
 * <p>A {@code *[N]T} is the JVM array itself (design.md), and the JVM has no array views. So the
 * result aliases the slice's elements exactly when the slice starts at element 0 of a backing array of
 * exactly N elements, whose class is the array type's (a {@code []T} made by {@code make} or grown by
 * {@code append} is stored in an {@code Object[]}, a {@code [N]T} of structs is a {@code T[]}). Any
 * other window cannot be aliased: it stops the program with a "not supported yet" fatal error rather
 * than handing out a copy whose writes would be lost.
 */
public final class ArrayPointers {
    private ArrayPointers() {
    }

    public static boolean[] ofZ(SliceZ s, long n) {
        return s == null ? nil(n) : (boolean[]) window(s.arr, s.off, s.len, n, boolean[].class);
    }

    public static byte[] ofB(SliceB s, long n) {
        return s == null ? nil(n) : (byte[]) window(s.arr, s.off, s.len, n, byte[].class);
    }

    public static short[] ofS(SliceS s, long n) {
        return s == null ? nil(n) : (short[]) window(s.arr, s.off, s.len, n, short[].class);
    }

    public static int[] ofI(SliceI s, long n) {
        return s == null ? nil(n) : (int[]) window(s.arr, s.off, s.len, n, int[].class);
    }

    public static long[] ofJ(SliceJ s, long n) {
        return s == null ? nil(n) : (long[]) window(s.arr, s.off, s.len, n, long[].class);
    }

    public static float[] ofF(SliceF s, long n) {
        return s == null ? nil(n) : (float[]) window(s.arr, s.off, s.len, n, float[].class);
    }

    public static double[] ofD(SliceD s, long n) {
        return s == null ? nil(n) : (double[]) window(s.arr, s.off, s.len, n, double[].class);
    }

    /** {@code arrayClass} is the JVM class of {@code [N]T} ({@code T[]} for structs, else Object[]). */
    public static Object[] ofL(SliceL s, long n, Class<?> arrayClass) {
        return s == null ? nil(n) : (Object[]) window(s.arr, s.off, s.len, n, arrayClass);
    }

    // ---- [N]T(s): Go 1.20 names both conversions in its panic ("array or pointer to array") ----

    public static boolean[] toArrayZ(SliceZ s, long n) {
        checkArray(SliceZ.len(s), n);
        return SliceZ.toArray(s, n);
    }

    public static byte[] toArrayB(SliceB s, long n) {
        checkArray(SliceB.len(s), n);
        return SliceB.toArray(s, n);
    }

    public static short[] toArrayS(SliceS s, long n) {
        checkArray(SliceS.len(s), n);
        return SliceS.toArray(s, n);
    }

    public static int[] toArrayI(SliceI s, long n) {
        checkArray(SliceI.len(s), n);
        return SliceI.toArray(s, n);
    }

    public static long[] toArrayJ(SliceJ s, long n) {
        checkArray(SliceJ.len(s), n);
        return SliceJ.toArray(s, n);
    }

    public static float[] toArrayF(SliceF s, long n) {
        checkArray(SliceF.len(s), n);
        return SliceF.toArray(s, n);
    }

    public static double[] toArrayD(SliceD s, long n) {
        checkArray(SliceD.len(s), n);
        return SliceD.toArray(s, n);
    }

    /**
     * {@code [N]T(s)} into a fresh array of class {@code arrayClass} (a {@code T[]} for structs), each
     * element copied with z (which may be null for immutable element types).
     */
    public static Object[] toArray(SliceL s, long n, Zero z, Class<?> arrayClass) {
        checkArray(SliceL.len(s), n);
        Object[] a = (Object[]) java.lang.reflect.Array.newInstance(arrayClass.getComponentType(), (int) n);
        for (int i = 0; i < a.length; i++) {
            Object v = s.arr[s.off + i];
            a[i] = z == null || z.immutable() ? v : z.copy(v);
        }
        return a;
    }

    private static void checkArray(long len, long n) {
        if (n > len) {
            throw Panics.runtimeError("cannot convert slice with length " + len
                    + " to array or pointer to array with length " + n);
        }
    }

    /** A nil slice converts to a nil pointer when N is 0, else panics as a too-short slice. */
    private static <A> A nil(long n) {
        if (n > 0) {
            throw Panics.sliceToArrayPointer(0, n);
        }
        return null;
    }

    private static Object window(Object arr, int off, int len, long n, Class<?> arrayClass) {
        if (n > len) {
            throw Panics.sliceToArrayPointer(len, n);
        }
        int backing = java.lang.reflect.Array.getLength(arr);
        if (off == 0 && backing == n && arr.getClass() == arrayClass) {
            return arr;
        }
        if (n == 0) {
            // a non-nil pointer to a zero-size array: no element to alias
            return java.lang.reflect.Array.newInstance(arrayClass.getComponentType(), 0);
        }
        if (off == 0 && backing == n) {
            throw new NotSupportedError("conversion of a slice of structs made by make or append to a pointer to array"
                    + " not supported yet: its backing array is an Object[], not the " + arrayClass.getSimpleName()
                    + " a *[N]T of structs is");
        }
        throw new NotSupportedError("conversion of a slice (offset " + off + " in a backing array of "
                + backing + " elements) to a pointer to array with length " + n
                + " not supported yet: a *[N]T is a JVM array, so it can alias only a whole backing array of N elements");
    }
}
