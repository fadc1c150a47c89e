package gava.runtime;

import java.util.concurrent.atomic.LongAdder;

/**
 * The allocation counter behind {@code runtime.MemStats.Mallocs} (what {@code testing.AllocsPerRun}
 * reads). The JVM keeps no count of allocations, so gava counts the heap allocations that gc's
 * {@code mallocgc} counts and that gava makes the same way: backing arrays of slices, from
 * {@code make} (non-zero size) and from {@code append} growing a slice. Objects, maps, strings
 * and closures are not counted (what gc keeps on the stack depends on its escape analysis, which
 * gava does not reproduce), so Mallocs is a lower bound of gc's figure.
 *
 * <p>Counting starts with the first {@code runtime.ReadMemStats}, so programs that never read
 * the statistics pay one field read per make or growth.
 */
public final class Allocs {
    private Allocs() {}

    /** Set by the first {@code ReadMemStats}. */
    private static volatile boolean counting;

    private static final LongAdder count = new LongAdder();

    /** Records one allocation of a slice's backing array, once counting has started. */
    static void slice() {
        if (counting) {
            count.increment();
        }
    }

    /** {@code MemStats.Mallocs}: allocations counted so far; starts counting. */
    public static long mallocs() {
        counting = true;
        return count.sum();
    }
}
