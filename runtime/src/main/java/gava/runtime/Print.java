package gava.runtime;

/**
 * The print and println builtins. Each call appends to a per-thread buffer; compiled code calls
 * {@link #flush()} at the end of each print/println statement, which writes the statement's output
 * to standard error in one write, as gc does under its print lock. Formats are gc's: floats as
 * {@code +1.500000e+000}, pointers as {@code 0x...}, slices as {@code [len/cap]0x...}.
 */
public final class Print {
    private Print() {}

    private static final class Buf {
        byte[] b = new byte[256];
        int n;

        void ensure(int more) {
            if (n + more > b.length) {
                b = java.util.Arrays.copyOf(b, Math.max(b.length * 2, n + more));
            }
        }

        void put(byte c) {
            ensure(1);
            b[n++] = c;
        }

        void put(String ascii) {
            int k = ascii.length();
            ensure(k);
            for (int i = 0; i < k; i++) {
                b[n++] = (byte) ascii.charAt(i);
            }
        }
    }

    private static final ThreadLocal<Buf> BUF = ThreadLocal.withInitial(Buf::new);

    /** The current goroutine's buffer: kept in its {@link G} on a continuation, else thread-local. */
    private static Buf buf() {
        G g = Park.g();
        if (g != null) {
            if (g.printBuf == null) {
                g.printBuf = new Buf();
            }
            return (Buf) g.printBuf;
        }
        return BUF.get();
    }

    /** print(bool). */
    public static void bool(boolean v) {
        buf().put(v ? "true" : "false");
    }

    /** print of a signed integer. */
    public static void int64(long v) {
        buf().put(Long.toString(v));
    }

    /** print of an unsigned integer (its bit pattern in v). */
    public static void uint64(long v) {
        buf().put(Long.toUnsignedString(v));
    }

    /** print of a float32 or float64. */
    public static void float64(double v) {
        buf().put(formatFloat(v));
    }

    /** print of a complex number: {@code (+1.000000e+000+2.000000e+000i)}. */
    public static void complex(double re, double im) {
        Buf b = buf();
        b.put("(");
        b.put(formatFloat(re));
        b.put(formatFloat(im));
        b.put("i)");
    }

    /** print of a string. */
    public static void string(GoString s) {
        Buf b = buf();
        b.ensure(s.len);
        System.arraycopy(s.bytes, s.off, b.b, b.n, s.len);
        b.n += s.len;
    }

    /** print of a pointer, map, channel, func or unsafe.Pointer: {@code 0x} + hex address. */
    public static void pointer(Object p) {
        buf().put(address(p));
    }

    /** print of a slice: {@code [len/cap]0x...}. */
    public static void slice(Object s) {
        long len = 0;
        long cap = 0;
        Object arr = null;
        int off = 0;
        switch (s) {
            case SliceZ x -> { len = x.len; cap = x.cap; arr = x.arr; off = x.off; }
            case SliceB x -> { len = x.len; cap = x.cap; arr = x.arr; off = x.off; }
            case SliceS x -> { len = x.len; cap = x.cap; arr = x.arr; off = x.off * 2; }
            case SliceI x -> { len = x.len; cap = x.cap; arr = x.arr; off = x.off * 4; }
            case SliceJ x -> { len = x.len; cap = x.cap; arr = x.arr; off = x.off * 8; }
            case SliceF x -> { len = x.len; cap = x.cap; arr = x.arr; off = x.off * 4; }
            case SliceD x -> { len = x.len; cap = x.cap; arr = x.arr; off = x.off * 8; }
            case SliceL x -> { len = x.len; cap = x.cap; arr = x.arr; off = x.off * 8; }
            case null, default -> { }
        }
        Buf b = buf();
        b.put("[" + len + "/" + cap + "]");
        b.put(arr == null ? "0x0" : hex(fakeAddress(arr) + off));
    }

    /** print of an empty interface: {@code (0x<type>,0x<data>)}, {@code (0x0,0x0)} for nil. */
    public static void eface(Object v) {
        if (v == null) {
            buf().put("(0x0,0x0)");
        } else {
            buf().put("(" + hex(fakeTypeAddress(v)) + "," + address(v) + ")");
        }
    }

    /** print of a non-empty interface (same format as {@link #eface}). */
    public static void iface(Object v) {
        eface(v);
    }

    /** print(nil)-like output for a nil pointer: {@code 0x0}. */
    public static void nil() {
        buf().put("0x0");
    }

    /** The space println puts between operands. */
    public static void sp() {
        buf().put((byte) ' ');
    }

    /** The newline println ends with. */
    public static void nl() {
        buf().put((byte) '\n');
    }

    /** Writes this thread's pending print output to standard error in one write. */
    public static void flush() {
        Buf b = buf();
        if (b.n > 0) {
            int n = b.n;
            b.n = 0;
            Stdio.err(b.b, 0, n);
            if (b.b.length > 1 << 16) {
                b.b = new byte[256];
            }
        }
    }

    // ---- formatting shared with panic printing ----

    /** gc's printfloat: {@code +d.dddddde+ddd}, {@code NaN}, {@code +Inf}, {@code -Inf}. */
    public static String formatFloat(double v) {
        if (v != v) {
            return "NaN";
        }
        if (v + v == v && v > 0) {
            return "+Inf";
        }
        if (v + v == v && v < 0) {
            return "-Inf";
        }
        final int n = 7;
        byte[] buf = new byte[n + 7];
        buf[0] = '+';
        int e = 0;
        if (v == 0) {
            if (1 / v < 0) {
                buf[0] = '-';
            }
        } else {
            if (v < 0) {
                v = -v;
                buf[0] = '-';
            }
            while (v >= 10) {
                e++;
                v /= 10;
            }
            while (v < 1) {
                e--;
                v *= 10;
            }
            double h = 5.0;
            for (int i = 0; i < n; i++) {
                h /= 10;
            }
            v += h;
            if (v >= 10) {
                e++;
                v /= 10;
            }
        }
        for (int i = 0; i < n; i++) {
            int s = (int) v;
            buf[i + 2] = (byte) (s + '0');
            v -= s;
            v *= 10;
        }
        buf[1] = buf[2];
        buf[2] = '.';
        buf[n + 2] = 'e';
        buf[n + 3] = '+';
        if (e < 0) {
            e = -e;
            buf[n + 3] = '-';
        }
        buf[n + 4] = (byte) (e / 100 + '0');
        buf[n + 5] = (byte) (e / 10 % 10 + '0');
        buf[n + 6] = (byte) (e % 10 + '0');
        return new String(buf, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /** A stable, gc-looking address for a reference ({@code 0x0} for null). */
    public static String address(Object p) {
        if (p == null) {
            return "0x0";
        }
        if (p instanceof Ptr q) {
            Object base = q.base();
            if (base != q) {
                return hex(fakeAddress(base) + q.index() * 8L);
            }
        }
        return hex(fakeAddress(p));
    }

    static long fakeAddress(Object o) {
        return 0xc000000000L + ((long) System.identityHashCode(o) << 4);
    }

    static long fakeTypeAddress(Object o) {
        return 0x460000L + ((long) (o.getClass().getName().hashCode() & 0xFFFF) << 5);
    }

    /** gc's printhex format. */
    static String hex(long v) {
        return "0x" + Long.toHexString(v);
    }
}
