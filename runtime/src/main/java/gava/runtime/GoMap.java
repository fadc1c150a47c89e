package gava.runtime;

import java.util.concurrent.ThreadLocalRandom;

/**
 * A Go map; the nil map is {@code null} and every operation is static and accepts it.
 *
 * <p><b>Layouts.</b> The compiler picks a layout per map type ({@link #spec}) so that common maps do
 * not box: integer and bool keys are held as {@code long} (key layout {@link #K_LONG}), strings as
 * {@link GoString} compared by content ({@link #K_STR}), pointer and channel keys by identity / pointed-to
 * place ({@link Ptr#eq}, {@link #K_IDENT}), every other key boxed with Go's {@code ==} ({@link MapKeys},
 * {@link #K_OBJ}: floats, complex, structs, arrays, interfaces). Values of a primitive kind (bool,
 * integers, floats as their raw bits) are held in a {@code long[]}, others as objects ({@code null} = the
 * zero value, which compiled code supplies).
 *
 * <p><b>Compiled code's API</b>, by key letter K (J long, S string, L any boxed key, I interface key:
 * like L but a nil map still hashes the key, so unhashable dynamic types panic) and value letter V
 * (J long bits, L object): {@code getKV(m, k)} (zero / null when absent), {@code findK(m, k)} (dense
 * position or -1; then {@link #atJ}/{@link #atL} read the value), {@code putKV(m, k, v)},
 * {@code slotK(m, k)} (position of k, inserted with the zero value if absent: one lookup for
 * {@code m[k] op= v} with {@link #setAtJ}/{@link #setAtL}), {@code deleteK(m, k)}. The L methods and the
 * boxed API ({@link #get}, {@link #put}, {@link #contains}, {@link #delete}) accept maps of every layout
 * (converting boxes), so code that only has boxes still works.
 *
 * <p>Entries live in insertion-ordered dense arrays indexed by an open-addressing table of
 * {@code hash << 32 | position + 1} (linear probing; a deletion leaves a tombstone). Iteration starts at
 * a random position and visits the dense arrays in 8-entry groups, wrapping around, which reproduces
 * gc's iteration order for small maps (a random rotation) and differs between runs and loops. Deleting
 * during iteration is safe; entries added during an iteration are not produced by it.
 */
public final class GoMap {
    /** Key layouts. */
    public static final int K_OBJ = 0, K_IDENT = 1, K_LONG = 2, K_STR = 3;
    /** Spec flag: values are primitive (held in a long[]). */
    public static final int V_PRIM = 4;

    private static final int MIN_CAP = 8;
    /** An index entry whose dense entry was deleted (its hash part 0 never matches: hashes are odd). */
    private static final long TOMB = 1L;

    final int klay;
    final boolean prim;
    /** JVM kind letters of the key and value types (boxing in the boxed API). */
    final char kk, vk;

    long[] lkeys;
    Object[] okeys;
    long[] lvals;
    Object[] ovals;
    /** Hash of each dense entry; 0 = deleted. */
    int[] hashes;
    /** Open-addressing table; length a power of two, &gt;= 2 * capacity. */
    long[] index;
    int shift;
    /** Dense slots used (live and deleted). */
    int used;
    /** Live entries. */
    int count;
    /** Changes when dense positions move (compaction) or the map is cleared. */
    int epoch;
    /** Changes when the map is cleared. */
    int clears;

    private GoMap(int klay, boolean prim, char kk, char vk) {
        this.klay = klay;
        this.prim = prim;
        this.kk = kk;
        this.vk = vk;
    }

    /**
     * The layout word of {@link #make(int, long)}: the key layout, {@link #V_PRIM} if values are
     * primitive, the key's and value's JVM kind letters (Z B S I J F D, or L).
     */
    public static int spec(int keyLayout, char keyKind, char valueKind) {
        boolean prim = valueKind != 'L';
        return keyLayout | (prim ? V_PRIM : 0) | keyKind << 8 | valueKind << 16;
    }

    /** {@code make(map[K]V, hint)} with the layout word of {@link #spec}. */
    public static GoMap make(int spec, long hint) {
        GoMap m = make(spec);
        if (hint > 0) {
            m.alloc((int) Math.min(Math.max(hint, MIN_CAP), 1 << 22));
        }
        return m;
    }

    /** {@code make(map[K]V)} with the layout word of {@link #spec}. */
    public static GoMap make(int spec) {
        return new GoMap(spec & 3, (spec & V_PRIM) != 0, (char) (spec >>> 8 & 0xFF), (char) (spec >>> 16 & 0xFF));
    }

    /** {@code make(map[K]V, hint)} with boxed keys and values; identityKeys for pointer and channel keys. */
    public static GoMap make(boolean identityKeys, long hint) {
        return make(spec(identityKeys ? K_IDENT : K_OBJ, 'L', 'L'), hint);
    }

    /** {@code make(map[K]V)} with boxed keys and values. */
    public static GoMap make(boolean identityKeys) {
        return make(spec(identityKeys ? K_IDENT : K_OBJ, 'L', 'L'));
    }

    private void alloc(int cap) {
        if (klay == K_LONG) {
            lkeys = new long[cap];
        } else {
            okeys = new Object[cap];
        }
        if (prim) {
            lvals = new long[cap];
        } else {
            ovals = new Object[cap];
        }
        hashes = new int[cap];
        int ilen = Integer.highestOneBit(cap - 1) << 2;
        if (ilen < 16) {
            ilen = 16;
        }
        index = new long[ilen];
        shift = Integer.numberOfLeadingZeros(ilen) + 1;
        used = 0;
    }

    private int capacity() {
        return hashes == null ? 0 : hashes.length;
    }

    // ---- hashing (results are odd, so never 0) ----

    static int hashJ(long k) {
        return (int) ((k * 0x9E3779B97F4A7C15L) >>> 32) | 1;
    }

    static int hashS(GoString k) {
        return k.hashCode() * 0x9E3779B9 | 1;
    }

    private int hashL(Object k) {
        int h = klay == K_IDENT ? Ptr.hash(k) : MapKeys.hash(k);
        return h * 0x9E3779B9 | 1;
    }

    private boolean eqL(Object a, Object b) {
        return klay == K_IDENT ? Ptr.eq(a, b) : MapKeys.eq(a, b);
    }

    // ---- probing: index positions (or -1) ----

    private int probeJ(long k, int h) {
        long[] ix = index;
        if (ix == null) {
            return -1;
        }
        int mask = ix.length - 1;
        long[] ks = lkeys;
        for (int i = h >>> shift;; i = (i + 1) & mask) {
            long e = ix[i];
            if (e == 0) {
                return -1;
            }
            if ((int) (e >>> 32) == h && ks[(int) e - 1] == k) {
                return i;
            }
        }
    }

    private int probeS(GoString k, int h) {
        long[] ix = index;
        if (ix == null) {
            return -1;
        }
        int mask = ix.length - 1;
        Object[] ks = okeys;
        for (int i = h >>> shift;; i = (i + 1) & mask) {
            long e = ix[i];
            if (e == 0) {
                return -1;
            }
            if ((int) (e >>> 32) == h && GoString.eq((GoString) ks[(int) e - 1], k)) {
                return i;
            }
        }
    }

    private int probeL(Object k, int h) {
        long[] ix = index;
        if (ix == null) {
            return -1;
        }
        int mask = ix.length - 1;
        Object[] ks = okeys;
        for (int i = h >>> shift;; i = (i + 1) & mask) {
            long e = ix[i];
            if (e == 0) {
                return -1;
            }
            if ((int) (e >>> 32) == h && eqL(ks[(int) e - 1], k)) {
                return i;
            }
        }
    }

    private int dense(int i) {
        return i < 0 ? -1 : (int) index[i] - 1;
    }

    private void insertIndex(int d, int h) {
        long[] ix = index;
        int mask = ix.length - 1;
        int i = h >>> shift;
        while (ix[i] != 0) {
            i = (i + 1) & mask;
        }
        ix[i] = (long) h << 32 | (d + 1L);
    }

    /** Appends a dense entry with hash h (key and value left to the caller): its position. */
    private int append(int h) {
        if (used == capacity()) {
            rebuild();
        }
        int d = used++;
        hashes[d] = h;
        insertIndex(d, h);
        count++;
        return d;
    }

    /** Makes room for one more dense entry: grows, or compacts away deleted entries. */
    private void rebuild() {
        long[] olk = lkeys;
        Object[] ook = okeys;
        long[] olv = lvals;
        Object[] oov = ovals;
        int[] oh = hashes;
        int oldUsed = used;
        int oldCap = capacity();
        int cap = oldCap == 0 ? MIN_CAP : (count + 1 > oldCap / 2 ? oldCap * 2 : oldCap);
        if (cap < 0 || cap > Growth.MAX_ARRAY) {
            throw new OutOfMemoryError("map too large");
        }
        alloc(cap);
        if (oh == null) {
            return;
        }
        int n = 0;
        for (int d = 0; d < oldUsed; d++) {
            int h = oh[d];
            if (h != 0) {
                if (olk != null) {
                    lkeys[n] = olk[d];
                } else {
                    okeys[n] = ook[d];
                }
                if (olv != null) {
                    lvals[n] = olv[d];
                } else {
                    ovals[n] = oov[d];
                }
                hashes[n] = h;
                insertIndex(n, h);
                n++;
            }
        }
        if (n != oldUsed) {
            epoch++;
        }
        used = n;
    }

    /** Deletes the entry at index position i (if any). */
    private void removeAt(int i) {
        if (i < 0) {
            return;
        }
        int d = (int) index[i] - 1;
        index[i] = TOMB;
        hashes[d] = 0;
        if (okeys != null) {
            okeys[d] = null;
        }
        if (ovals != null) {
            ovals[d] = null;
        }
        count--;
    }

    // ---- long keys ----

    /** {@code m[k]} for long keys and primitive values (0 when absent). */
    public static long getJJ(GoMap m, long k) {
        if (m == null || m.count == 0) {
            return 0;
        }
        int i = m.probeJ(k, hashJ(k));
        return i < 0 ? 0 : m.lvals[(int) m.index[i] - 1];
    }

    /** {@code m[k]} for long keys and object values (null when absent). */
    public static Object getJL(GoMap m, long k) {
        if (m == null || m.count == 0) {
            return null;
        }
        int i = m.probeJ(k, hashJ(k));
        return i < 0 ? null : m.ovals[(int) m.index[i] - 1];
    }

    /** The dense position of long key k, or -1. */
    public static int findJ(GoMap m, long k) {
        if (m == null || m.count == 0) {
            return -1;
        }
        return m.dense(m.probeJ(k, hashJ(k)));
    }

    /** The dense position of long key k, inserted with the zero value if absent; panics for nil. */
    public static int slotJ(GoMap m, long k) {
        if (m == null) {
            throw Panics.nilMapWrite();
        }
        int h = hashJ(k);
        int i = m.probeJ(k, h);
        if (i >= 0) {
            return (int) m.index[i] - 1;
        }
        int d = m.append(h);
        m.lkeys[d] = k;
        return d;
    }

    /** {@code m[k] = v}, long key, primitive value. */
    public static void putJJ(GoMap m, long k, long v) {
        int d = slotJ(m, k);
        m.lvals[d] = v;
    }

    /** {@code m[k] = v}, long key, object value. */
    public static void putJL(GoMap m, long k, Object v) {
        int d = slotJ(m, k);
        m.ovals[d] = v;
    }

    /** {@code delete(m, k)}, long key. */
    public static void deleteJ(GoMap m, long k) {
        if (m == null || m.count == 0) {
            return;
        }
        m.removeAt(m.probeJ(k, hashJ(k)));
    }

    // ---- string keys ----

    /** {@code m[k]} for string keys and primitive values. */
    public static long getSJ(GoMap m, GoString k) {
        if (m == null || m.count == 0) {
            return 0;
        }
        int i = m.probeS(k, hashS(k));
        return i < 0 ? 0 : m.lvals[(int) m.index[i] - 1];
    }

    /** {@code m[k]} for string keys and object values. */
    public static Object getSL(GoMap m, GoString k) {
        if (m == null || m.count == 0) {
            return null;
        }
        int i = m.probeS(k, hashS(k));
        return i < 0 ? null : m.ovals[(int) m.index[i] - 1];
    }

    /** The dense position of string key k, or -1. */
    public static int findS(GoMap m, GoString k) {
        if (m == null || m.count == 0) {
            return -1;
        }
        return m.dense(m.probeS(k, hashS(k)));
    }

    /** The dense position of string key k, inserted with the zero value if absent; panics for nil. */
    public static int slotS(GoMap m, GoString k) {
        if (m == null) {
            throw Panics.nilMapWrite();
        }
        int h = hashS(k);
        int i = m.probeS(k, h);
        if (i >= 0) {
            return (int) m.index[i] - 1;
        }
        int d = m.append(h);
        m.okeys[d] = ownKey(k);
        return d;
    }

    /**
     * The string to keep as a new key: k itself, or a compact copy when k is a small part of a larger
     * byte array (a substring of a long text), so lookups touch nearby memory and the map does not
     * keep the whole text alive.
     */
    private static GoString ownKey(GoString k) {
        if (k.bytes.length - k.len <= 16) {
            return k;
        }
        GoString c = new GoString(java.util.Arrays.copyOfRange(k.bytes, k.off, k.off + k.len), 0, k.len);
        return c;
    }

    /** {@code m[k] = v}, string key, primitive value. */
    public static void putSJ(GoMap m, GoString k, long v) {
        int d = slotS(m, k);
        m.lvals[d] = v;
    }

    /** {@code m[k] = v}, string key, object value. */
    public static void putSL(GoMap m, GoString k, Object v) {
        int d = slotS(m, k);
        m.ovals[d] = v;
    }

    /** {@code delete(m, k)}, string key. */
    public static void deleteS(GoMap m, GoString k) {
        if (m == null || m.count == 0) {
            return;
        }
        m.removeAt(m.probeS(k, hashS(k)));
    }

    // ---- boxed keys (any layout) ----

    /** Index position of boxed key k in any layout, or -1; hashes k even when the map is empty. */
    private int probeBoxed(Object k) {
        return switch (klay) {
            case K_LONG -> count == 0 ? -1 : probeJ(toLong(k), hashJ(toLong(k)));
            case K_STR -> count == 0 ? -1 : probeS((GoString) k, hashS((GoString) k));
            default -> {
                int h = hashL(k);
                yield count == 0 ? -1 : probeL(k, h);
            }
        };
    }

    private int slotBoxed(Object k) {
        switch (klay) {
            case K_LONG -> {
                return slotJ(this, toLong(k));
            }
            case K_STR -> {
                return slotS(this, (GoString) k);
            }
            default -> {
                int h = hashL(k);
                int i = probeL(k, h);
                if (i >= 0) {
                    int d = (int) index[i] - 1;
                    okeys[d] = k; // gc updates the key (+0 replaced by -0, and so on)
                    return d;
                }
                int d = append(h);
                okeys[d] = k;
                return d;
            }
        }
    }

    /** {@code m[k]} for boxed keys and primitive values. */
    public static long getLJ(GoMap m, Object k) {
        if (m == null) {
            return 0;
        }
        int i = m.probeBoxed(k);
        return i < 0 ? 0 : m.lvals[(int) m.index[i] - 1];
    }

    /** {@code m[k]} for boxed keys and object values (any value layout: boxes primitive ones). */
    public static Object getLL(GoMap m, Object k) {
        if (m == null) {
            return null;
        }
        int i = m.probeBoxed(k);
        return i < 0 ? null : m.boxedValue((int) m.index[i] - 1);
    }

    /** {@code m[k]} for interface keys and primitive values: a nil map still hashes k. */
    public static long getIJ(GoMap m, Object k) {
        if (m == null) {
            MapKeys.hash(k);
            return 0;
        }
        return getLJ(m, k);
    }

    /** {@code m[k]} for interface keys and object values: a nil map still hashes k. */
    public static Object getIL(GoMap m, Object k) {
        if (m == null) {
            MapKeys.hash(k);
            return null;
        }
        return getLL(m, k);
    }

    /** The dense position of boxed key k, or -1. */
    public static int findL(GoMap m, Object k) {
        return m == null ? -1 : m.dense(m.probeBoxed(k));
    }

    /** The dense position of interface key k, or -1: a nil map still hashes k. */
    public static int findI(GoMap m, Object k) {
        if (m == null) {
            MapKeys.hash(k);
            return -1;
        }
        return findL(m, k);
    }

    /** The dense position of boxed key k, inserted with the zero value if absent; panics for nil. */
    public static int slotL(GoMap m, Object k) {
        if (m == null) {
            throw Panics.nilMapWrite();
        }
        return m.slotBoxed(k);
    }

    /** {@code m[k] = v}, boxed key, primitive value. */
    public static void putLJ(GoMap m, Object k, long v) {
        int d = slotL(m, k);
        m.lvals[d] = v;
    }

    /** {@code m[k] = v}, boxed key, object value (boxes of primitive values in any layout). */
    public static void putLL(GoMap m, Object k, Object v) {
        int d = slotL(m, k);
        m.setBoxedValue(d, v);
    }

    /** {@code delete(m, k)}, boxed key. */
    public static void deleteL(GoMap m, Object k) {
        if (m == null) {
            return;
        }
        m.removeAt(m.probeBoxed(k));
    }

    /** {@code delete(m, k)}, interface key: a nil map still hashes k. */
    public static void deleteI(GoMap m, Object k) {
        if (m == null) {
            MapKeys.hash(k);
            return;
        }
        deleteL(m, k);
    }

    // ---- values by dense position ----

    /** The primitive value at dense position d. */
    public static long atJ(GoMap m, int d) {
        return m.lvals[d];
    }

    /** The object value at dense position d (null = the zero value). */
    public static Object atL(GoMap m, int d) {
        return m.boxedValue(d);
    }

    /** Sets the primitive value at dense position d. */
    public static void setAtJ(GoMap m, int d, long v) {
        m.lvals[d] = v;
    }

    /** Sets the object value at dense position d. */
    public static void setAtL(GoMap m, int d, Object v) {
        m.setBoxedValue(d, v);
    }

    // ---- boxing for the layout-independent API ----

    private static long toLong(Object k) {
        return switch (k) {
            case Number n -> n.longValue();
            case Boolean b -> b ? 1 : 0;
            default -> throw new ClassCastException("map key " + k);
        };
    }

    static Object box(char kind, long v) {
        return switch (kind) {
            case 'Z' -> v != 0;
            case 'B', 'S', 'I' -> (int) v;
            case 'F' -> Float.intBitsToFloat((int) v);
            case 'D' -> Double.longBitsToDouble(v);
            default -> v;
        };
    }

    static long unbox(char kind, Object v) {
        return switch (v) {
            case null -> 0;
            case Float f -> Float.floatToRawIntBits(f);
            case Double d -> Double.doubleToRawLongBits(d);
            default -> toLong(v);
        };
    }

    private Object boxedValue(int d) {
        return prim ? box(vk, lvals[d]) : ovals[d];
    }

    private void setBoxedValue(int d, Object v) {
        if (prim) {
            lvals[d] = unbox(vk, v);
        } else {
            ovals[d] = v;
        }
    }

    private Object boxedKey(int d, long[] lk, Object[] ok) {
        return lk != null ? box(kk, lk[d]) : ok[d];
    }

    // ---- the boxed API ----

    /** {@code m[k]}: the value, or null when k is absent (compiled code supplies the zero value). */
    public static Object get(GoMap m, Object k) {
        return getLL(m, k);
    }

    /** {@code _, ok := m[k]}. */
    public static boolean contains(GoMap m, Object k) {
        return findL(m, k) >= 0;
    }

    /** {@code m[k] = v}; panics for a nil map. */
    public static void put(GoMap m, Object k, Object v) {
        putLL(m, k, v);
    }

    /** {@code delete(m, k)}; a no-op for a nil map or an absent key. */
    public static void delete(GoMap m, Object k) {
        deleteL(m, k);
    }

    /** {@code len(m)}. */
    public static long len(GoMap m) {
        return m == null ? 0 : m.count;
    }

    /** {@code clear(m)}: deletes every entry. */
    public static void clear(GoMap m) {
        if (m == null || m.hashes == null) {
            return;
        }
        m.lkeys = null;
        m.okeys = null;
        m.lvals = null;
        m.ovals = null;
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

    /**
     * A {@code for range} over a map, started at a random position. After {@link #next} returns true,
     * the entry is read with {@link #keyJ}/{@link #key} and {@link #valueJ}/{@link #value} as the
     * map's layout says ({@link #key} and {@link #value} box primitive ones).
     */
    public static final class Iter {
        private final GoMap m;
        private long[] lkeys;
        private Object[] okeys;
        private int[] hashes;
        private int epoch;
        private final int clears;
        private final int end;
        private final int groups;
        private final int startGroup;
        private final int offset;
        private int step;
        /** Dense position of the current entry in the map's current arrays. */
        private int pos;
        private Object okey;
        private long lkey;

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
            lkeys = m.lkeys;
            okeys = m.okeys;
            hashes = m.hashes;
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
                    if (m.hashes != hashes) {
                        // Grown without moving entries.
                        lkeys = m.lkeys;
                        okeys = m.okeys;
                        hashes = m.hashes;
                    }
                    if (hashes[p] == 0) {
                        continue;
                    }
                    pos = p;
                    if (lkeys != null) {
                        lkey = lkeys[p];
                    } else {
                        okey = okeys[p];
                    }
                    return true;
                }
                // The map was compacted or cleared: positions moved, look keys up.
                if (hashes[p] == 0 || m.count == 0) {
                    continue;
                }
                int d;
                if (lkeys != null) {
                    d = m.dense(m.probeJ(lkeys[p], hashJ(lkeys[p])));
                    lkey = lkeys[p];
                } else {
                    Object k = okeys[p];
                    if (m.klay == K_OBJ && !MapKeys.eq(k, k)) {
                        // NaN keys cannot be looked up; gone only if the map was cleared.
                        if (m.clears != clears) {
                            continue;
                        }
                        d = -1;
                        for (int q = 0; q < m.used; q++) {
                            if (m.okeys[q] == k && m.hashes[q] != 0) {
                                d = q;
                                break;
                            }
                        }
                    } else {
                        d = m.dense(m.klay == K_STR ? m.probeS((GoString) k, hashS((GoString) k)) : m.probeL(k, m.hashL(k)));
                    }
                    if (d >= 0) {
                        okey = m.okeys[d];
                    }
                }
                if (d < 0) {
                    continue;
                }
                pos = d;
                return true;
            }
            okey = null;
            return false;
        }

        /** The current entry's key, boxed as in the boxed API. */
        public Object key() {
            return m.klay == K_LONG ? box(m.kk, lkey) : okey;
        }

        /** The current entry's key of a long-keyed map. */
        public long keyJ() {
            return lkey;
        }

        /** The current entry's value (boxed if primitive; null = the zero value). */
        public Object value() {
            return m.boxedValue(pos);
        }

        /** The current entry's primitive value (its long bits). */
        public long valueJ() {
            return m.lvals[pos];
        }
    }
}
