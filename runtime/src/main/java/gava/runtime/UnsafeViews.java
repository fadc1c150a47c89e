package gava.runtime;

/**
 * Reinterpretations of a string or slice variable through {@code unsafe.Pointer} that code outside
 * the std uses (the std's tests, ...), where gc reads the two- or three-word header in memory:
 * <ul>
 * <li>{@code (*reflect.StringHeader)(p)}, {@code (*reflect.SliceHeader)(p)} ({@link #toHeader}): a
 * header struct filled when converting, {@code Data} being {@link UnsafeWords#dataAddress}'s
 * pseudo-address (equal for two strings or slices sharing their first byte, different for a copy;
 * 0 for an empty string, as gc's {@code ""}). It is a snapshot: writes through it do not reach the
 * variable (the JVM cannot make an array window from an address);</li>
 * <li>{@code (*string)(p)} of a {@code []byte} variable ({@link #toPtrString}) and {@code (*[]byte)(p)}
 * of a string variable ({@link #toPtrBytes}): a pointer reading the variable's current value as the
 * other type, sharing its bytes as gc does; storing through it is not supported.</li>
 * </ul>
 * A pointer that already is of the target type is returned unchanged.
 */
public final class UnsafeViews {
    private UnsafeViews() {}

    /** {@code (*H)(p)} for H reflect.StringHeader or reflect.SliceHeader, whose class is {@code c}. */
    public static Object toHeader(Object p, Class<?> c) {
        if (p == null || c.isInstance(p)) {
            return p;
        }
        if (p instanceof PtrL l && !(p instanceof PtrJ)) {
            Object v = l.get();
            if (v == null || v instanceof GoString || isSlice(v)) {
                try {
                    Object h = c.getDeclaredConstructor().newInstance();
                    set(c, h, "Data", UnsafeWords.dataAddress(v));
                    set(c, h, "Len", lenOf(v, false));
                    set(c, h, "Cap", lenOf(v, true));
                    return h;
                } catch (ReflectiveOperationException e) {
                    throw new NotSupportedError("unsafe.Pointer conversion to *reflect." + c.getSimpleName() + " not supported yet");
                }
            }
        }
        throw new NotSupportedError("unsafe.Pointer conversion to *reflect." + c.getSimpleName()
            + " of a pointer to anything but a string or slice variable not supported yet");
    }

    private static void set(Class<?> c, Object h, String field, long v) throws IllegalAccessException {
        try {
            c.getField(field).setLong(h, v);
        } catch (NoSuchFieldException e) {
            // StringHeader has no Cap
        }
    }

    private static long lenOf(Object v, boolean cap) {
        return switch (v) {
            case null -> 0;
            case GoString s -> s.len;
            case SliceB s -> cap ? s.cap : s.len;
            case SliceZ s -> cap ? s.cap : s.len;
            case SliceS s -> cap ? s.cap : s.len;
            case SliceI s -> cap ? s.cap : s.len;
            case SliceF s -> cap ? s.cap : s.len;
            case SliceJ s -> cap ? s.cap : s.len;
            case SliceD s -> cap ? s.cap : s.len;
            case SliceL s -> cap ? s.cap : s.len;
            default -> 0;
        };
    }

    static boolean isSlice(Object v) {
        return v instanceof SliceB || v instanceof SliceS || v instanceof SliceI || v instanceof SliceJ
            || v instanceof SliceF || v instanceof SliceD || v instanceof SliceZ || v instanceof SliceL;
    }

    /** {@code (*string)(p)}: p itself unless it points to a {@code []byte} variable. */
    public static Object toPtrString(Object p) {
        if (p instanceof PtrL l && !(p instanceof PtrJ) && l.get() instanceof SliceB) {
            return new View(l, true);
        }
        return p;
    }

    /** {@code (*[]byte)(p)}: p itself unless it points to a string variable. */
    public static Object toPtrBytes(Object p) {
        if (p instanceof PtrL l && !(p instanceof PtrJ) && l.get() instanceof GoString) {
            return new View(l, false);
        }
        return p;
    }

    /** A string variable read as []byte or a []byte variable read as string, each time. */
    private static final class View extends PtrL {
        private final PtrL p;
        private final boolean asString;

        View(PtrL p, boolean asString) {
            this.p = p;
            this.asString = asString;
        }

        @Override
        protected Object base() {
            return p;
        }

        @Override
        public Object get() {
            Object v = p.get();
            if (asString) {
                return v instanceof SliceB b ? StdUnsafe.bytesAsString(b) : v;
            }
            if (v instanceof GoString s) {
                return s.len == 0 ? null : new SliceB(s.bytes, s.off, s.len, s.len);
            }
            return v;
        }

        @Override
        public void set(Object v) {
            throw new NotSupportedError("storing through an unsafe.Pointer view of a " + (asString ? "[]byte as string" : "string as []byte") + " not supported yet");
        }
    }
}
