package gava.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GoMapTest {
    @Test
    void basics() {
        GoMap m = GoMap.make(false, 0);
        GoMap.put(m, GoString.lit("a"), 1L);
        GoMap.put(m, GoString.fromJava("a"), 2L);
        assertEquals(1, GoMap.len(m));
        assertEquals(2L, GoMap.get(m, GoString.lit("xa").slice(1, 2)));
        assertNull(GoMap.get(m, GoString.lit("b")));
        assertTrue(GoMap.contains(m, GoString.lit("a")));
        GoMap.delete(m, GoString.lit("a"));
        assertEquals(0, GoMap.len(m));
        assertFalse(GoMap.contains(m, GoString.lit("a")));
        // nil map
        assertNull(GoMap.get(null, 1L));
        assertEquals(0, GoMap.len(null));
        GoMap.delete(null, 1L);
        assertFalse(GoMap.iter(null).next());
        assertEquals("assignment to entry in nil map", Vectors.panicMessage(() -> GoMap.put(null, 1L, 1L)));
    }

    @Test
    void floatKeys() {
        GoMap m = GoMap.make(false, 0);
        GoMap.put(m, 0.0, 1L);
        GoMap.put(m, -0.0, 2L);
        assertEquals(1, GoMap.len(m));
        assertEquals(2L, GoMap.get(m, 0.0));
        GoMap.put(m, Double.NaN, 1L);
        GoMap.put(m, Double.NaN, 2L);
        assertEquals(3, GoMap.len(m));
        assertNull(GoMap.get(m, Double.NaN));
        GoMap.delete(m, Double.NaN);
        assertEquals(3, GoMap.len(m));
        int nans = 0;
        for (GoMap.Iter it = GoMap.iter(m); it.next(); ) {
            if (((Double) it.key()).isNaN()) {
                nans++;
            }
        }
        assertEquals(2, nans);
        GoMap.clear(m);
        assertEquals(0, GoMap.len(m));
        assertFalse(GoMap.iter(m).next());
    }

    @Test
    void arrayAndPointerKeys() {
        GoMap m = GoMap.make(false, 0);
        GoMap.put(m, new long[] {1, 2}, "x");
        assertEquals("x", GoMap.get(m, new long[] {1, 2}));
        GoMap.put(m, new Object[] {GoString.lit("a"), 1L}, "y");
        assertEquals("y", GoMap.get(m, new Object[] {GoString.lit("a"), 1L}));
        GoMap p = GoMap.make(true, 0);
        long[] arr = new long[3];
        GoMap.put(p, new ElemPtrJ(arr, 1), "e1");
        assertEquals("e1", GoMap.get(p, new ElemPtrJ(arr, 1)));
        assertNull(GoMap.get(p, new ElemPtrJ(arr, 2)));
        CellJ c = new CellJ();
        GoMap.put(p, c, "c");
        assertEquals("c", GoMap.get(p, c));
        assertNull(GoMap.get(p, new CellJ()));
        // struct pointers are the objects themselves: identity even if equals says otherwise
        String s1 = new String("k");
        String s2 = new String("k");
        GoMap.put(p, s1, 1L);
        assertNull(GoMap.get(p, s2));
    }

    @Test
    void behavesLikeAHashMap() {
        Random r = new Random(7);
        GoMap m = GoMap.make(false, 0);
        Map<Long, Long> ref = new HashMap<>();
        for (int i = 0; i < 200_000; i++) {
            long k = r.nextInt(5000);
            switch (r.nextInt(3)) {
                case 0, 1 -> {
                    GoMap.put(m, k, (long) i);
                    ref.put(k, (long) i);
                }
                default -> {
                    GoMap.delete(m, k);
                    ref.remove(k);
                }
            }
            if (i % 1000 == 0) {
                assertEquals(ref.size(), GoMap.len(m));
            }
        }
        for (long k = 0; k < 5000; k++) {
            assertEquals(ref.get(k), GoMap.get(m, k));
        }
        Map<Long, Long> seen = new HashMap<>();
        for (GoMap.Iter it = GoMap.iter(m); it.next(); ) {
            assertNull(seen.put((Long) it.key(), (Long) it.value()));
        }
        assertEquals(ref, seen);
    }

    private static List<Object> keys(GoMap m) {
        List<Object> ks = new ArrayList<>();
        for (GoMap.Iter it = GoMap.iter(m); it.next(); ) {
            ks.add(it.key());
        }
        return ks;
    }

    @Test
    void iterationOrderIsRandom() {
        GoMap small = GoMap.make(false, 0);
        for (long i = 1; i <= 5; i++) {
            GoMap.put(small, i, i);
        }
        Set<List<Object>> orders = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            List<Object> ks = keys(small);
            assertEquals(5, ks.size());
            orders.add(ks);
        }
        // like gc: a small map iterates as a random rotation of its insertion order
        assertEquals(5, orders.size());
        GoMap big = GoMap.make(false, 0);
        for (long i = 0; i < 100; i++) {
            GoMap.put(big, i, i);
        }
        Set<Object> firsts = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            firsts.add(keys(big).get(0));
        }
        assertTrue(firsts.size() > 10);
    }

    @Test
    void deleteDuringIteration() {
        for (int trial = 0; trial < 50; trial++) {
            GoMap m = GoMap.make(false, 0);
            for (long i = 0; i < 100; i++) {
                GoMap.put(m, i, i);
            }
            Set<Object> seen = new HashSet<>();
            for (GoMap.Iter it = GoMap.iter(m); it.next(); ) {
                long k = (Long) it.key();
                assertTrue(seen.add(k));
                assertTrue(GoMap.contains(m, k), "deleted entry produced");
                // delete the "partner" key and every key > 90
                GoMap.delete(m, 99 - k);
                GoMap.delete(m, k);
            }
            assertEquals(0, GoMap.len(m));
            assertTrue(seen.size() >= 50);
        }
    }

    @Test
    void insertAndGrowDuringIteration() {
        for (int trial = 0; trial < 20; trial++) {
            GoMap m = GoMap.make(false, 0);
            for (long i = 0; i < 10; i++) {
                GoMap.put(m, i, i);
            }
            Set<Object> seen = new HashSet<>();
            long next = 1000;
            int steps = 0;
            for (GoMap.Iter it = GoMap.iter(m); it.next(); ) {
                assertTrue(seen.add(it.key()), "duplicate");
                assertEquals(it.key(), it.value());
                for (int j = 0; j < 50; j++) {
                    GoMap.put(m, next, next);
                    next++;
                }
                steps++;
                assertTrue(steps < 10_000);
            }
            for (long i = 0; i < 10; i++) {
                assertTrue(seen.contains(i), "original entry not produced");
            }
        }
    }

    @Test
    void compactionDuringIteration() {
        GoMap m = GoMap.make(false, 0);
        for (long i = 0; i < 64; i++) {
            GoMap.put(m, i, i);
        }
        Set<Object> seen = new HashSet<>();
        for (GoMap.Iter it = GoMap.iter(m); it.next(); ) {
            long k = (Long) it.key();
            assertTrue(seen.add(k));
            if (seen.size() == 1) {
                // delete half (even keys other than k), then insert many: forces a compaction
                for (long i = 0; i < 64; i += 2) {
                    if (i != k) {
                        GoMap.delete(m, i);
                    }
                }
                for (long i = 100; i < 140; i++) {
                    GoMap.put(m, i, i * 10);
                }
                GoMap.put(m, 1L, 111L);
            } else {
                assertTrue(k >= 100 || k % 2 == 1, "deleted key " + k + " produced");
                if (k == 1) {
                    assertEquals(111L, it.value());
                }
            }
        }
        for (long i = 1; i < 64; i += 2) {
            assertTrue(seen.contains(i), "odd key " + i + " missing");
        }
    }

    @Test
    void clearDuringIteration() {
        GoMap m = GoMap.make(false, 0);
        for (long i = 0; i < 20; i++) {
            GoMap.put(m, i, i);
        }
        int n = 0;
        for (GoMap.Iter it = GoMap.iter(m); it.next(); ) {
            n++;
            GoMap.clear(m);
        }
        assertEquals(1, n);
    }
}
