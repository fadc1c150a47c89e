package gava.runtime;

import java.util.concurrent.ThreadLocalRandom;

/**
 * A Go map with boxed keys and values; the nil map is {@code null} and every operation is static
 * and accepts it. Keys compare with Go's {@code ==} ({@link MapKeys}), or by identity / pointed-to
 * place ({@link Ptr#eq}) for pointer and channel keys.
 *
 * <p>Entries live in insertion-ordered dense arrays indexed by an open-addressing hash table.
 * Iteration starts at a random position and visits the dense arrays in 8-entry groups, wrapping
 * around, which reproduces gc's iteration order for small maps (a random rotation) and differs
 * between runs and loops. Deleting during iteration is safe; entries added during an iteration are
 * not produced by it.
 */
public final class GoMap {
    /** Marks a deleted dense slot. */
    private static final Object DELETED = new Object();
    private static final int MIN_CAP = 8;

    final boolean identity;
    Object[] keys;
    Object[] vals;
    int[] hashes;
    /** Open-addressing table of dense index + 1 (0 = empty); length a power of two, &gt;= 2 * keys.length. */
    int[] index;
    int shift;
    /** Dense slots used (live and deleted). */
    int used;
    /** Live entries. */
    int count;
    /** Changes when dense positions move (compaction) or the map is cleared. */
    int epoch;
    /** Changes when the map is cleared. */
    int clears;

    private GoMap(boolean identity) {
        this.identity = identity;
    }

    /** {@code make(map[K]V, hint)}; identityKeys for pointer and channel keys. */
    public static GoMap make(boolean identityKeys, long hint) {
        GoMap m = new GoMap(identityKeys);
        if (hint > 0) {
            m.alloc((int) Math.min(Math.max(hint, MIN_CAP), 1 << 22));
        }
        return m;
    }

    /** {@code make(map[K]V)}. */
    public static GoMap make(boolean identityKeys) {
        return new GoMap(identityKeys);
    }

    private void alloc(int cap) {
        keys = new Object[cap];
        vals = new Object[cap];
        hashes = new int[cap];
        int ilen = Integer.highestOneBit(cap - 1) << 2;
        if (ilen < 16) {
            ilen = 16;
        }
        index = new int[ilen];
        shift = Integer.numberOfLeadingZeros(ilen) + 1;
        used = 0;
    }

    private int hash(Object k) {
        int h = identity ? Ptr.hash(k) : MapKeys.hash(k);
        return h * 0x9E3779B9;
    }

    private boolean keyEq(Object a, Object b) {
        return identity ? Ptr.eq(a, b) : MapKeys.eq(a, b);
    }

    /** Dense index of key k (with hash h), or -1. */
    private int find(Object k, int h) {
        int[] ix = index;
        if (ix == null) {
            return -1;
        }
        int mask = ix.length - 1;
        int i = h >>> shift;
        Object[] ks = keys;
        int[] hs = hashes;
        while (true) {
            int e = ix[i];
            if (e == 0) {
                return -1;
            }
            int d = e - 1;
            if (hs[d] == h) {
                Object kk = ks[d];
                if (kk != DELETED && keyEq(kk, k)) {
                    return d;
                }
            }
            i = (i + 1) & mask;
        }
    }

    private void insertIndex(int d, int h) {
        int[] ix = index;
        int mask = ix.length - 1;
        int i = h >>> shift;
        while (ix[i] != 0) {
            i = (i + 1) & mask;
        }
        ix[i] = d + 1;
    }

    /** Makes room for one more dense entry: grows, or compacts away deleted entries. */
    private void rebuild() {
        Object[] ok = keys;
        Object[] ov = vals;
        int[] oh = hashes;
        int oldUsed = used;
        int cap = ok == null ? MIN_CAP : (count + 1 > ok.length / 2 ? ok.length * 2 : ok.length);
        if (cap < 0 || cap > Growth.MAX_ARRAY) {
            throw new OutOfMemoryError("map too large");
        }
        alloc(cap);
        if (ok == null) {
            return;
        }
        int n = 0;
        for (int d = 0; d < oldUsed; d++) {
            Object k = ok[d];
            if (k != DELETED) {
                keys[n] = k;
                vals[n] = ov[d];
                hashes[n] = oh[d];
                insertIndex(n, oh[d]);
                n++;
            }
        }
        if (n != oldUsed) {
            epoch++;
        }
        used = n;
    }

    /** {@code m[k]}: the value, or null when k is absent (compiled code supplies the zero value). */
    public static Object get(GoMap m, Object k) {
        if (m == null || m.count == 0) {
            return null;
        }
        int d = m.find(k, m.hash(k));
        return d < 0 ? null : m.vals[d];
    }

    /** {@code _, ok := m[k]}. */
    public static boolean contains(GoMap m, Object k) {
        if (m == null || m.count == 0) {
            return false;
        }
        return m.find(k, m.hash(k)) >= 0;
    }

    /** {@code m[k] = v}; panics for a nil map. */
    public static void put(GoMap m, Object k, Object v) {
        if (m == null) {
            throw Panics.nilMapWrite();
        }
        int h = m.hash(k);
        int d = m.find(k, h);
        if (d >= 0) {
            m.keys[d] = k;
            m.vals[d] = v;
            return;
        }
        if (m.keys == null || m.used == m.keys.length) {
            m.rebuild();
        }
        d = m.used++;
        m.keys[d] = k;
        m.vals[d] = v;
        m.hashes[d] = h;
        m.insertIndex(d, h);
        m.count++;
    }

    /** {@code delete(m, k)}; a no-op for a nil map or an absent key. */
    public static void delete(GoMap m, Object k) {
        if (m == null || m.count == 0) {
            return;
        }
        int d = m.find(k, m.hash(k));
        if (d >= 0) {
            m.keys[d] = DELETED;
            m.vals[d] = null;
            m.count--;
        }
    }

    /** {@code len(m)}. */
    public static long len(GoMap m) {
        return m == null ? 0 : m.count;
    }

    /** {@code clear(m)}: deletes every entry. */
    public static void clear(GoMap m) {
        if (m == null || m.keys == null) {
            return;
        }
        m.keys = null;
        m.vals = null;
        m.hashes = null;
        m.index = null;
        m.used = 0;
        m.count = 0;
        m.epoch++;
        m.clears++;
    }

    /** An iterator for {@code for k, v := range m}. */
    public static Iter iter(GoMap m) {
        return new Iter(m);
    }

    /** A {@code for range} over a map, started at a random position. */
    public static final class Iter {
        private final GoMap m;
        private Object[] keys;
        private Object[] vals;
        private int epoch;
        private final int clears;
        private final int end;
        private final int groups;
        private final int startGroup;
        private final int offset;
        private int step;
        private Object key;
        private Object value;

        Iter(GoMap m) {
            this.m = m;
            if (m == null || m.count == 0) {
                end = 0;
                groups = 0;
                startGroup = 0;
                offset = 0;
                clears = 0;
                return;
            }
            keys = m.keys;
            vals = m.vals;
            epoch = m.epoch;
            clears = m.clears;
            end = m.used;
            groups = (end + 7) >>> 3;
            int r = ThreadLocalRandom.current().nextInt() & Integer.MAX_VALUE;
            startGroup = groups == 1 ? 0 : r % groups;
            offset = (r >>> 24) & 7;
        }

        /** Advances to the next entry; false when the iteration is done. */
        public boolean next() {
            int total = groups << 3;
            while (step < total) {
                int s = step++;
                int g = startGroup + (s >>> 3);
                if (g >= groups) {
                    g -= groups;
                }
                int p = (g << 3) | ((offset + s) & 7);
                if (p >= end) {
                    continue;
                }
                if (m.epoch == epoch) {
                    if (m.keys != keys) {
                        keys = m.keys;
                        vals = m.vals;
                    }
                    Object k = keys[p];
                    if (k == DELETED) {
                        continue;
                    }
                    key = k;
                    value = vals[p];
                    return true;
                }
                // The map was compacted or cleared: positions moved, look keys up.
                Object k = keys[p];
                if (k == DELETED) {
                    continue;
                }
                if (!m.identity && !MapKeys.eq(k, k)) {
                    if (m.clears != clears) {
                        continue;
                    }
                    key = k;
                    value = vals[p];
                    return true;
                }
                int d = m.count == 0 ? -1 : m.find(k, m.hash(k));
                if (d < 0) {
                    continue;
                }
                key = m.keys[d];
                value = m.vals[d];
                return true;
            }
            key = null;
            value = null;
            return false;
        }

        /** The current entry's key. */
        public Object key() {
            return key;
        }

        /** The current entry's value (as of when next() reached it). */
        public Object value() {
            return value;
        }
    }
}
