package gava.runtime;

/**
 * The {@code //gava:java} functions of the reflect and internal/reflectlite overlays' type side
 * (stdlib/overlay/reflect/type*.go, internal/reflectlite): a descriptor travels through Go as an
 * {@code any} holding an {@link RType}; Go strings are {@link GoString}s, ints {@code long}.
 */
public final class RTypeGo {
    private RTypeGo() {}

    private static RType t(Object d) {
        return (RType) d;
    }

    private static GoString s(String s) {
        return GoString.fromJava(s);
    }

    /** TypeOf: the dynamic type of an interface value (nil for nil). */
    public static Object typeOf(Object i) {
        return RType.of(i);
    }

    /** The Go wrapper (*rtype) of a descriptor in slot 0 (reflect) or 1 (reflectlite), or nil. */
    public static Object wrapper(Object d, long slot) {
        synchronized (t(d).wrappers) {
            return t(d).wrappers[(int) slot];
        }
    }

    /** Sets the Go wrapper unless another goroutine did first; returns the one in place. */
    public static Object setWrapper(Object d, long slot, Object w) {
        Object[] ws = t(d).wrappers;
        synchronized (ws) {
            if (ws[(int) slot] == null) ws[(int) slot] = w;
            return ws[(int) slot];
        }
    }

    public static long kind(Object d) { return t(d).kind; }
    public static GoString name(Object d) { return s(t(d).name); }
    public static GoString pkgPath(Object d) { return s(t(d).pkgPath); }
    public static GoString string(Object d) { return s(t(d).string()); }
    public static long size(Object d) { return t(d).size; }
    public static long align(Object d) { return t(d).align; }
    public static boolean comparable(Object d) { return t(d).comparable; }
    public static Object elem(Object d) { return t(d).elem; }
    public static Object key(Object d) { return t(d).key; }
    public static long len(Object d) { return t(d).len; }
    public static long chanDir(Object d) { return t(d).dir; }

    public static long numField(Object d) { return t(d).fields.length; }
    public static GoString fieldName(Object d, long i) { return s(t(d).fields[(int) i].name); }
    public static GoString fieldPkgPath(Object d, long i) { return s(t(d).fields[(int) i].pkgPath); }
    public static Object fieldType(Object d, long i) { return t(d).fields[(int) i].type; }
    public static GoString fieldTag(Object d, long i) { return s(t(d).fields[(int) i].tag); }
    public static long fieldOffset(Object d, long i) { return t(d).fields[(int) i].offset; }
    public static boolean fieldEmbedded(Object d, long i) { return t(d).fields[(int) i].embedded; }

    public static long numIn(Object d) { return t(d).in.length; }
    public static long numOut(Object d) { return t(d).out.length; }
    public static Object in(Object d, long i) { return t(d).in[(int) i]; }
    public static Object out(Object d, long i) { return t(d).out[(int) i]; }
    public static boolean variadic(Object d) { return t(d).variadic; }

    /** Number of exported methods (all methods of an interface type). */
    public static long numMethod(Object d) { return t(d).exportedMethods().length; }
    public static GoString methodName(Object d, long i) { return s(t(d).exportedMethods()[(int) i].name); }
    public static GoString methodPkgPath(Object d, long i) { return s(t(d).exportedMethods()[(int) i].pkgPath); }

    /** Method i's type: without receiver for interface types, with the receiver first otherwise. */
    public static Object methodType(Object d, long i) {
        RMethod m = t(d).exportedMethods()[(int) i];
        return t(d).kind == RType.INTERFACE ? m.type : m.typeWithRecv();
    }

    /** Index of the exported method name (any method of an interface), or -1. */
    public static long methodIndex(Object d, GoString name) {
        RMethod[] ms = t(d).exportedMethods();
        String n = name.toString();
        for (int i = 0; i < ms.length; i++) if (ms[i].name.equals(n)) return i;
        return -1;
    }

    public static boolean implementsIface(Object d, Object u) { return t(d).implementsIface(t(u)); }
    public static boolean assignableTo(Object d, Object u) { return t(d).assignableTo(t(u)); }
    public static boolean convertibleTo(Object d, Object u) { return t(d).convertibleTo(t(u)); }

    public static Object ptrTo(Object d) { return t(d).ptrTo(); }
    public static Object sliceOf(Object d) { return RType.sliceOf(t(d)); }
    public static Object mapOf(Object k, Object e) { return RType.mapOf(t(k), t(e)); }
    public static Object arrayOf(long n, Object e) { return RType.arrayOf(n, t(e)); }
    public static Object chanOf(long dir, Object e) { return RType.chanOf((int) dir, t(e)); }

    /** FuncOf: in and out are []any of descriptors. */
    public static Object funcOf(SliceL in, SliceL out, boolean variadic) {
        return RType.funcOf(types(in), types(out), variadic);
    }

    /**
     * StructOf (fields checked by the Go side): names, pkgPaths and tags are []string, types []any of
     * descriptors, embedded []bool, one element per field.
     */
    public static Object structOf(SliceL names, SliceL pkgPaths, SliceL types, SliceL tags, SliceZ embedded) {
        int n = names == null ? 0 : names.len;
        RType[] ts = types(types);
        RField[] fs = new RField[n];
        for (int i = 0; i < n; i++) {
            String name = names.arr[names.off + i].toString();
            fs[i] = new RField(name, pkgPaths.arr[pkgPaths.off + i].toString(), ts[i], tags.arr[tags.off + i].toString(),
                embedded.arr[embedded.off + i], i, 0, name.equals("_") ? "_\u00b7" + i : name);
        }
        return RType.structOf(fs);
    }

    private static RType[] types(SliceL s) {
        if (s == null) return RType.NO_TYPES;
        RType[] ts = new RType[s.len];
        for (int i = 0; i < s.len; i++) ts[i] = (RType) s.arr[s.off + i];
        return ts;
    }

    /**
     * StructTag.Lookup: the value of key in a conventional tag ({@code key:"value" key2:"v2"}), as
     * an any holding the string, or nil when absent or malformed.
     */
    public static Object tagLookup(GoString tagS, GoString keyS) {
        byte[] tag = tagS.toByteArray();
        byte[] key = keyS.toByteArray();
        int i = 0, n = tag.length;
        while (i < n) {
            while (i < n && tag[i] == ' ') i++;
            if (i >= n) break;
            int start = i;
            while (i < n && tag[i] > ' ' && tag[i] != ':' && tag[i] != '"' && tag[i] != 0x7f) i++;
            if (i == start || i + 1 >= n || tag[i] != ':' || tag[i + 1] != '"') break;
            int nameEnd = i;
            i++; // the quote
            int q = i;
            i++;
            while (i < n && tag[i] != '"') {
                if (tag[i] == '\\') i++;
                i++;
            }
            if (i >= n) break;
            int qEnd = i + 1;
            i++;
            if (nameEnd - start == key.length && java.util.Arrays.equals(tag, start, nameEnd, key, 0, key.length)) {
                byte[] v = unquote(tag, q + 1, qEnd - 1);
                return v == null ? null : GoString.of(v);
            }
        }
        return null;
    }

    /** strconv.Unquote of a double-quoted string's body (escapes as Go), null when malformed. */
    static byte[] unquote(byte[] b, int from, int to) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int i = from; i < to; i++) {
            int c = b[i] & 0xff;
            if (c == '\n') return null;
            if (c != '\\') {
                out.write(c);
                continue;
            }
            if (++i >= to) return null;
            c = b[i];
            switch (c) {
                case 'a' -> out.write(7);
                case 'b' -> out.write(8);
                case 'f' -> out.write(12);
                case 'n' -> out.write(10);
                case 'r' -> out.write(13);
                case 't' -> out.write(9);
                case 'v' -> out.write(11);
                case '\\', '"' -> out.write(c);
                case 'x', 'u', 'U' -> {
                    int digits = c == 'x' ? 2 : c == 'u' ? 4 : 8;
                    int v = 0;
                    for (int k = 0; k < digits; k++) {
                        if (++i >= to) return null;
                        int d = Character.digit(b[i], 16);
                        if (d < 0) return null;
                        v = v * 16 + d;
                    }
                    if (c == 'x') out.write(v);
                    else {
                        if (v > 0x10ffff || (v >= 0xd800 && v < 0xe000)) return null;
                        byte[] u = new String(Character.toChars(v)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                        out.write(u, 0, u.length);
                    }
                }
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int v = c - '0';
                    for (int k = 0; k < 2; k++) {
                        if (++i >= to) return null;
                        int d = b[i] - '0';
                        if (d < 0 || d > 7) return null;
                        v = v * 8 + d;
                    }
                    if (v > 255) return null;
                    out.write(v);
                }
                default -> { return null; }
            }
        }
        return out.toByteArray();
    }

    /** reflectlite.Swapper's swap: slice is the slice in interface form. */
    public static void swap(Object slice, long i, long j) {
        RType t = RType.of(slice);
        Object raw = t.fromIface(slice);
        switch (raw) {
            case SliceJ s -> { long a = SliceJ.get(s, i); SliceJ.set(s, i, SliceJ.get(s, j)); SliceJ.set(s, j, a); }
            case SliceI s -> { int a = SliceI.get(s, i); SliceI.set(s, i, SliceI.get(s, j)); SliceI.set(s, j, a); }
            case SliceB s -> { int a = SliceB.get(s, i); SliceB.set(s, i, SliceB.get(s, j)); SliceB.set(s, j, a); }
            case SliceS s -> { int a = SliceS.get(s, i); SliceS.set(s, i, SliceS.get(s, j)); SliceS.set(s, j, a); }
            case SliceZ s -> { boolean a = SliceZ.get(s, i); SliceZ.set(s, i, SliceZ.get(s, j)); SliceZ.set(s, j, a); }
            case SliceF s -> { float a = SliceF.get(s, i); SliceF.set(s, i, SliceF.get(s, j)); SliceF.set(s, j, a); }
            case SliceD s -> { double a = SliceD.get(s, i); SliceD.set(s, i, SliceD.get(s, j)); SliceD.set(s, j, a); }
            case SliceL s -> {
                Object a = SliceL.get(s, i), b = SliceL.get(s, j);
                RType e = t.elem;
                if (e.kind == RType.STRUCT || e.kind == RType.ARRAY) {
                    // values live in their element objects (pointers to elements must see the swap)
                    Object tmp = RTypeValues.copy(e, a);
                    RTypeValues.assign(e, a, b);
                    RTypeValues.assign(e, b, tmp);
                } else {
                    SliceL.set(s, i, b);
                    SliceL.set(s, j, a);
                }
            }
            case null -> throw Panics.indexOutOfRange(i, 0);
            default -> throw new IllegalStateException("reflectlite.Swapper: not a slice");
        }
    }
}
