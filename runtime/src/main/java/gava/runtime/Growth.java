package gava.runtime;

/**
 * Go 1.19's slice growth: {@code growslice}'s new-capacity formula followed by rounding the
 * allocation up to the memory allocator's size class ({@code roundupsize}), so {@code cap()} after
 * {@code append} matches gc exactly for every element size.
 */
public final class Growth {
    private Growth() {}

    private static final int MAX_SMALL_SIZE = 32768;
    private static final int SMALL_SIZE_DIV = 8;
    private static final int SMALL_SIZE_MAX = 1024;
    private static final int LARGE_SIZE_DIV = 128;
    private static final int PAGE_SIZE = 8192;
    /** Largest JVM array length we allocate. */
    static final int MAX_ARRAY = Integer.MAX_VALUE - 8;

    private static final short[] CLASS_TO_SIZE = {0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160,
        176, 192, 208, 224, 240, 256, 288, 320, 352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896,
        1024, 1152, 1280, 1408, 1536, 1792, 2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144,
        6528, 6784, 6912, 8192, 9472, 9728, 10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072,
        20480, 21760, 24576, 27264, 28672, (short) 32768};
    private static final byte[] SIZE_TO_CLASS8 = {0, 1, 2, 3, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11,
        11, 12, 12, 13, 13, 14, 14, 15, 15, 16, 16, 17, 17, 18, 18, 19, 19, 19, 19, 20, 20, 20, 20, 21,
        21, 21, 21, 22, 22, 22, 22, 23, 23, 23, 23, 24, 24, 24, 24, 25, 25, 25, 25, 26, 26, 26, 26, 27,
        27, 27, 27, 27, 27, 27, 27, 28, 28, 28, 28, 28, 28, 28, 28, 29, 29, 29, 29, 29, 29, 29, 29, 30,
        30, 30, 30, 30, 30, 30, 30, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 32,
        32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32};
    private static final byte[] SIZE_TO_CLASS128 = {32, 33, 34, 35, 36, 37, 37, 38, 38, 39, 39, 40, 40, 40,
        41, 41, 41, 42, 43, 43, 44, 44, 44, 44, 44, 45, 45, 45, 45, 45, 45, 46, 46, 46, 46, 47, 47, 47,
        47, 47, 47, 48, 48, 48, 49, 49, 50, 51, 51, 51, 51, 51, 51, 51, 51, 51, 51, 52, 52, 52, 52, 52,
        52, 52, 52, 52, 52, 53, 53, 54, 54, 54, 54, 55, 55, 55, 55, 55, 56, 56, 56, 56, 56, 56, 56, 56,
        56, 56, 56, 57, 57, 57, 57, 57, 57, 57, 57, 57, 57, 58, 58, 58, 58, 58, 58, 59, 59, 59, 59, 59,
        59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60,
        60, 60, 60, 61, 61, 61, 61, 61, 62, 62, 62, 62, 62, 62, 62, 62, 62, 62, 62, 63, 63, 63, 63, 63,
        63, 63, 63, 63, 63, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64,
        64, 64, 64, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65,
        66, 66, 66, 66, 66, 66, 66, 66, 66, 66, 66, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67,
        67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67};

    /** gc's roundupsize: the size of the allocation that serves a request of {@code size} bytes. */
    public static long roundupsize(long size) {
        if (size < MAX_SMALL_SIZE) {
            int cls;
            if (size <= SMALL_SIZE_MAX - 8) {
                cls = SIZE_TO_CLASS8[(int) ((size + SMALL_SIZE_DIV - 1) / SMALL_SIZE_DIV)];
            } else {
                cls = SIZE_TO_CLASS128[(int) ((size - SMALL_SIZE_MAX + LARGE_SIZE_DIV - 1) / LARGE_SIZE_DIV)];
            }
            return CLASS_TO_SIZE[cls] & 0xFFFF;
        }
        if (size + PAGE_SIZE < size) {
            return size;
        }
        return (size + PAGE_SIZE - 1) & -PAGE_SIZE;
    }

    /** gc's maxAlloc on amd64: makeslice refuses allocations of more bytes. */
    static final long MAX_ALLOC = 1L << 48;

    /**
     * makeslice's checks, as gc: len and cap (unsigned) times the element size must not exceed
     * {@link #MAX_ALLOC}, 0 &lt;= len &lt;= cap; the panic is "len out of range" when len itself is
     * bad, else "cap out of range". Checked before anything is allocated; a make of non-zero size
     * is counted as an allocation ({@link Allocs}).
     */
    static void checkMake(long len, long cap, int elemSize) {
        if (len < 0 || len > cap || tooBig(cap, elemSize)) {
            throw len < 0 || tooBig(len, elemSize) ? Panics.makesliceLen() : Panics.makesliceCap();
        }
        if (cap > 0 && elemSize > 0) {
            Allocs.slice();
        }
    }

    /** Whether n (unsigned) elements of size bytes exceed {@link #MAX_ALLOC} (or overflow). */
    private static boolean tooBig(long n, int size) {
        return size > 0 && Long.compareUnsigned(n, MAX_ALLOC / size) > 0;
    }

    /**
     * The capacity append gives a slice of capacity {@code oldCap} that must hold {@code needed}
     * elements of {@code elemSize} bytes each (needed &gt; oldCap). Panics with gc's
     * "growslice: cap out of range" when the result cannot be a JVM array. Counts the new
     * array as an allocation ({@link Allocs}).
     */
    public static int newCap(int oldCap, long needed, int elemSize) {
        if (needed > MAX_ARRAY || needed < 0) {
            throw Panics.growsliceCap();
        }
        if (elemSize <= 0) {
            return (int) needed;
        }
        Allocs.slice();
        long newcap = oldCap;
        long doublecap = newcap + newcap;
        if (needed > doublecap) {
            newcap = needed;
        } else {
            final int threshold = 256;
            if (oldCap < threshold) {
                newcap = doublecap;
            } else {
                while (0 < newcap && newcap < needed) {
                    newcap += (newcap + 3 * threshold) / 4;
                }
                if (newcap <= 0) {
                    newcap = needed;
                }
            }
        }
        long capmem = roundupsize(newcap * elemSize);
        long c = capmem / elemSize;
        if (c > MAX_ARRAY) {
            c = MAX_ARRAY;
        }
        return (int) c;
    }

    /** The capacity of a fresh byte-sized allocation of {@code len} elements of {@code elemSize}
     *  bytes, as gc's rawbyteslice/rawruneslice give conversions from strings. */
    public static int allocCap(int len, int elemSize) {
        long c = roundupsize((long) len * elemSize) / elemSize;
        return (int) Math.min(c, MAX_ARRAY);
    }
}
