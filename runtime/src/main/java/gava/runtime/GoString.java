package gava.runtime;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A Go string: an immutable range {@code bytes[off, off+len)} of bytes (usually UTF-8, but any bytes
 * are allowed). Never null in compiled code: the zero value is {@link #EMPTY}. Slicing shares the
 * bytes; {@code equals}/{@code hashCode}/{@code compareTo} are by content (bytewise, unsigned).
 */
public final class GoString implements Comparable<GoString> {
    private static final byte[] NO_BYTES = new byte[0];

    /** The empty string "" (the zero value). */
    public static final GoString EMPTY = new GoString(NO_BYTES, 0, 0);

    /** The shared storage; must never be modified. */
    public final byte[] bytes;
    /** Start of the string in {@link #bytes}. */
    public final int off;
    /** Length in bytes. */
    public final int len;
    /** Cached content hash; 0 = not computed yet. */
    private int hash;

    public GoString(byte[] bytes, int off, int len) {
        this.bytes = bytes;
        this.off = off;
        this.len = len;
    }

    /** A string literal: each char of {@code latin1} (0..255) is one byte. Codegen caches the result. */
    public static GoString lit(String latin1) {
        int n = latin1.length();
        if (n == 0) {
            return EMPTY;
        }
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) latin1.charAt(i);
        }
        return new GoString(b, 0, n);
    }

    /** Wraps {@code owned}, which the caller must never modify afterwards. */
    public static GoString of(byte[] owned) {
        return owned.length == 0 ? EMPTY : new GoString(owned, 0, owned.length);
    }

    /** The UTF-8 encoding of a Java string. */
    public static GoString fromJava(String s) {
        if (s.isEmpty()) {
            return EMPTY;
        }
        return of(s.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code len(s)} in bytes. */
    public int len() {
        return len;
    }

    /** Static {@code len(s)} as a Go int. */
    public static long len(GoString s) {
        return s.len;
    }

    /** {@code s[i]}: the byte 0..255, bounds-checked with gc's message. */
    public int at(long i) {
        if (i < 0 || i >= len) {
            throw Panics.indexOutOfRange(i, len);
        }
        return bytes[off + (int) i] & 0xFF;
    }

    /** {@code s[lo:hi]}, sharing the bytes. */
    public GoString slice(long lo, long hi) {
        if (hi < 0 || hi > len) {
            throw Panics.sliceBoundsAlen(hi, len);
        }
        if (lo < 0 || lo > hi) {
            throw Panics.sliceBoundsB(lo, hi);
        }
        if (lo == 0 && hi == len) {
            return this;
        }
        if (lo == hi) {
            // as in gc, an empty result keeps the data pointer (seen through UnsafeWords)
            return len == 0 ? this : new GoString(bytes, off, 0);
        }
        return new GoString(bytes, off + (int) lo, (int) (hi - lo));
    }

    /** {@code s[lo:]}. */
    public GoString sliceFrom(long lo) {
        return slice(lo, len);
    }

    /** {@code a + b}. */
    public static GoString concat(GoString a, GoString b) {
        if (a.len == 0) {
            return b;
        }
        if (b.len == 0) {
            return a;
        }
        long n = (long) a.len + b.len;
        if (n > Growth.MAX_ARRAY) {
            throw Panics.plainError("string concatenation too long");
        }
        byte[] r = new byte[(int) n];
        System.arraycopy(a.bytes, a.off, r, 0, a.len);
        System.arraycopy(b.bytes, b.off, r, a.len, b.len);
        return new GoString(r, 0, r.length);
    }

    /** {@code parts[0] + parts[1] + ...} with a single allocation. */
    public static GoString concatN(GoString[] parts) {
        long n = 0;
        GoString only = EMPTY;
        int nonEmpty = 0;
        for (GoString p : parts) {
            if (p.len != 0) {
                n += p.len;
                only = p;
                nonEmpty++;
            }
        }
        if (nonEmpty <= 1) {
            return only;
        }
        if (n > Growth.MAX_ARRAY) {
            throw Panics.plainError("string concatenation too long");
        }
        byte[] r = new byte[(int) n];
        int at = 0;
        for (GoString p : parts) {
            System.arraycopy(p.bytes, p.off, r, at, p.len);
            at += p.len;
        }
        return new GoString(r, 0, r.length);
    }

    /** Bytewise unsigned comparison: negative, zero or positive. */
    @Override
    public int compareTo(GoString o) {
        return Arrays.compareUnsigned(bytes, off, off + len, o.bytes, o.off, o.off + o.len);
    }

    /** Static {@code a == b}. */
    public static boolean eq(GoString a, GoString b) {
        return a == b || a.len == b.len && Arrays.equals(a.bytes, a.off, a.off + a.len, b.bytes, b.off, b.off + b.len);
    }

    /** Static three-way compare for {@code <, <=, >, >=}. */
    public static int compare(GoString a, GoString b) {
        return a.compareTo(b);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GoString s && eq(this, s);
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0 && len != 0) {
            h = 1;
            byte[] b = bytes;
            for (int i = off, end = off + len; i < end; i++) {
                h = 31 * h + b[i];
            }
            if (h == 0) {
                h = 1;
            }
            hash = h;
        }
        return h;
    }

    /** The string decoded as UTF-8 (invalid bytes become U+FFFD). */
    @Override
    public String toString() {
        return new String(bytes, off, len, StandardCharsets.UTF_8);
    }

    /** A copy of the bytes. */
    public byte[] toByteArray() {
        return Arrays.copyOfRange(bytes, off, off + len);
    }

    // ---- conversions ----

    /** {@code string(r)} for an integer r: its UTF-8 encoding, or "\uFFFD" when r is not a valid rune. */
    public static GoString fromRune(long r) {
        if (r >= 0 && r < 0x80) {
            return Ascii.ONE[(int) r];
        }
        byte[] b = new byte[4];
        int n = Utf8.encode(b, 0, r);
        return new GoString(b, 0, n);
    }

    /** {@code string(b)} for a byte slice: a copy. */
    public static GoString fromBytes(SliceB b) {
        if (b == null || b.len == 0) {
            return EMPTY;
        }
        return new GoString(Arrays.copyOfRange(b.arr, b.off, b.off + b.len), 0, b.len);
    }

    /** {@code []byte(s)}: a fresh slice (capacity rounded up as gc's heap allocation does). */
    public SliceB toBytes() {
        if (len == 0) {
            return new SliceB(NO_BYTES, 0, 0, 0);
        }
        int cap = Growth.allocCap(len, 1);
        byte[] a = new byte[cap];
        System.arraycopy(bytes, off, a, 0, len);
        return new SliceB(a, 0, len, cap);
    }

    /** {@code string(runes)}: UTF-8 encoding of each rune (invalid -> U+FFFD). */
    public static GoString fromRunes(SliceI r) {
        if (r == null || r.len == 0) {
            return EMPTY;
        }
        int[] a = r.arr;
        int n = 0;
        for (int i = r.off, end = r.off + r.len; i < end; i++) {
            n += Utf8.runeLen(a[i]);
        }
        byte[] b = new byte[n];
        int at = 0;
        for (int i = r.off, end = r.off + r.len; i < end; i++) {
            at += Utf8.encode(b, at, a[i]);
        }
        return new GoString(b, 0, n);
    }

    /** {@code []rune(s)}: the decoded runes (invalid bytes -> U+FFFD). */
    public SliceI toRunes() {
        int n = Utf8.runeCount(bytes, off, off + len);
        int cap = n == 0 ? 0 : Growth.allocCap(n, 4);
        int[] a = new int[cap];
        int end = off + len;
        int k = 0;
        for (int i = off; i < end; ) {
            long rw = Utf8.decode(bytes, i, end);
            a[k++] = (int) rw;
            i += (int) (rw >>> 32);
        }
        return new SliceI(a, 0, n, cap);
    }

    /**
     * Decodes the rune at byte offset i as a {@code for range} over a string does:
     * {@code (rune & 0xFFFFFFFFL) | ((long) width << 32)}; invalid bytes give U+FFFD with width 1.
     */
    public static long decodeRune(GoString s, long i) {
        int p = s.off + (int) i;
        byte c = s.bytes[p];
        if (c >= 0) {
            return c | (1L << 32);
        }
        return Utf8.decode(s.bytes, p, s.off + s.len);
    }

    /** Small cache of one-byte strings. */
    private static final class Ascii {
        static final GoString[] ONE = new GoString[128];

        static {
            for (int i = 0; i < 128; i++) {
                ONE[i] = new GoString(new byte[] {(byte) i}, 0, 1);
            }
        }
    }
}
