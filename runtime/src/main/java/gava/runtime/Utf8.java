package gava.runtime;

/** UTF-8 encoding and decoding exactly as Go's unicode/utf8 (invalid input decodes to U+FFFD, width 1). */
public final class Utf8 {
    private Utf8() {}

    /** The Unicode replacement character. */
    public static final int RUNE_ERROR = 0xFFFD;
    /** The largest valid rune. */
    public static final int MAX_RUNE = 0x10FFFF;

    /**
     * Decodes the rune starting at {@code b[i]} with {@code end} the end of the valid range; returns
     * {@code (rune & 0xFFFFFFFFL) | ((long) width << 32)}. Requires i &lt; end.
     */
    public static long decode(byte[] b, int i, int end) {
        int c0 = b[i] & 0xFF;
        if (c0 < 0x80) {
            return c0 | (1L << 32);
        }
        int n = end - i;
        if (c0 < 0xC2 || c0 > 0xF4 || n < 2) {
            return RUNE_ERROR | (1L << 32);
        }
        int c1 = b[i + 1] & 0xFF;
        if (c0 < 0xE0) {
            if ((c1 & 0xC0) != 0x80) {
                return RUNE_ERROR | (1L << 32);
            }
            return ((c0 & 0x1F) << 6 | (c1 & 0x3F)) | (2L << 32);
        }
        // second-byte ranges as Go's acceptRanges
        int lo = 0x80;
        int hi = 0xBF;
        if (c0 == 0xE0) {
            lo = 0xA0;
        } else if (c0 == 0xED) {
            hi = 0x9F;
        } else if (c0 == 0xF0) {
            lo = 0x90;
        } else if (c0 == 0xF4) {
            hi = 0x8F;
        }
        if (c1 < lo || c1 > hi) {
            return RUNE_ERROR | (1L << 32);
        }
        if (n < 3) {
            return RUNE_ERROR | (1L << 32);
        }
        int c2 = b[i + 2] & 0xFF;
        if ((c2 & 0xC0) != 0x80) {
            return RUNE_ERROR | (1L << 32);
        }
        if (c0 < 0xF0) {
            return ((c0 & 0x0F) << 12 | (c1 & 0x3F) << 6 | (c2 & 0x3F)) | (3L << 32);
        }
        if (n < 4) {
            return RUNE_ERROR | (1L << 32);
        }
        int c3 = b[i + 3] & 0xFF;
        if ((c3 & 0xC0) != 0x80) {
            return RUNE_ERROR | (1L << 32);
        }
        return ((c0 & 0x07) << 18 | (c1 & 0x3F) << 12 | (c2 & 0x3F) << 6 | (c3 & 0x3F)) | (4L << 32);
    }

    /** The number of bytes encoding rune r takes (invalid runes take 3, as U+FFFD). */
    public static int runeLen(long r) {
        if (r < 0) {
            return 3;
        } else if (r < 0x80) {
            return 1;
        } else if (r < 0x800) {
            return 2;
        } else if (r >= 0xD800 && r <= 0xDFFF) {
            return 3;
        } else if (r < 0x10000) {
            return 3;
        } else if (r <= MAX_RUNE) {
            return 4;
        }
        return 3;
    }

    /** Writes the UTF-8 encoding of r (invalid -> U+FFFD) at b[i]; returns the number of bytes. */
    public static int encode(byte[] b, int i, long r) {
        if (r >= 0 && r < 0x80) {
            b[i] = (byte) r;
            return 1;
        }
        if (r < 0 || r > MAX_RUNE || (r >= 0xD800 && r <= 0xDFFF)) {
            r = RUNE_ERROR;
        }
        int c = (int) r;
        if (c < 0x800) {
            b[i] = (byte) (0xC0 | c >> 6);
            b[i + 1] = (byte) (0x80 | c & 0x3F);
            return 2;
        }
        if (c < 0x10000) {
            b[i] = (byte) (0xE0 | c >> 12);
            b[i + 1] = (byte) (0x80 | c >> 6 & 0x3F);
            b[i + 2] = (byte) (0x80 | c & 0x3F);
            return 3;
        }
        b[i] = (byte) (0xF0 | c >> 18);
        b[i + 1] = (byte) (0x80 | c >> 12 & 0x3F);
        b[i + 2] = (byte) (0x80 | c >> 6 & 0x3F);
        b[i + 3] = (byte) (0x80 | c & 0x3F);
        return 4;
    }

    /** The number of runes in b[off, end) as Go's utf8.RuneCount (each invalid byte counts as one). */
    public static int runeCount(byte[] b, int off, int end) {
        int n = 0;
        int i = off;
        while (i < end) {
            if (b[i] >= 0) {
                i++;
            } else {
                i += (int) (decode(b, i, end) >>> 32);
            }
            n++;
        }
        return n;
    }
}
