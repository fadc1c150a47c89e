package gava.runtime;

/**
 * Factories for Go panics with gc 1.19's exact messages, and {@link #translate} which turns JVM
 * exceptions raised by compiled code into Go panics. Every factory returns the exception so compiled
 * code (and the runtime) can write {@code throw Panics.x(...)}.
 */
public final class Panics {
    private Panics() {}

    /** {@code panic(v)}; {@code panic(nil)} raises gc's "panic called with nil argument" error. */
    public static GoPanic panic(Object v) {
        if (v == null) {
            return new GoPanic(RuntimeError.plain("panic called with nil argument"));
        }
        return new GoPanic(v);
    }

    /** A run-time error panic: {@code runtime error: <msg>}. */
    public static GoPanic runtimeError(String msg) {
        return new GoPanic(RuntimeError.of(msg));
    }

    /** A run-time error panic printed without the {@code runtime error: } prefix. */
    public static GoPanic plainError(String msg) {
        return new GoPanic(RuntimeError.plain(msg));
    }

    // ---- bounds errors (gc's boundsError; x is signed here, see the U variants for unsigned x) ----

    /** {@code s[i]} failed: {@code index out of range [i] with length len}. */
    public static GoPanic indexOutOfRange(long i, long len) {
        return bounds(i, true, len, "index out of range [", "] with length ", "]");
    }

    /** As {@link #indexOutOfRange} for an unsigned 64-bit index. */
    public static GoPanic indexOutOfRangeU(long i, long len) {
        return bounds(i, false, len, "index out of range [", "] with length ", "]");
    }

    /** {@code s[:hi]} failed against a length (strings, arrays): {@code slice bounds out of range [:hi] with length len}. */
    public static GoPanic sliceBoundsAlen(long hi, long len) {
        return bounds(hi, true, len, "slice bounds out of range [:", "] with length ", "]");
    }

    /** {@code s[:hi]} failed against a capacity: {@code slice bounds out of range [:hi] with capacity cap}. */
    public static GoPanic sliceBoundsAcap(long hi, long cap) {
        return bounds(hi, true, cap, "slice bounds out of range [:", "] with capacity ", "]");
    }

    /** {@code s[lo:hi]} with lo &gt; hi: {@code slice bounds out of range [lo:hi]}. */
    public static GoPanic sliceBoundsB(long lo, long hi) {
        if (lo < 0) {
            return runtimeError("slice bounds out of range [" + lo + ":]");
        }
        return runtimeError("slice bounds out of range [" + lo + ":" + hi + "]");
    }

    /** {@code s[::max]} failed against a length (arrays): {@code slice bounds out of range [::max] with length len}. */
    public static GoPanic sliceBounds3Alen(long max, long len) {
        return bounds(max, true, len, "slice bounds out of range [::", "] with length ", "]");
    }

    /** {@code s[::max]} failed against a capacity: {@code slice bounds out of range [::max] with capacity cap}. */
    public static GoPanic sliceBounds3Acap(long max, long cap) {
        return bounds(max, true, cap, "slice bounds out of range [::", "] with capacity ", "]");
    }

    /** {@code s[:hi:max]} with hi &gt; max: {@code slice bounds out of range [:hi:max]}. */
    public static GoPanic sliceBounds3B(long hi, long max) {
        if (hi < 0) {
            return runtimeError("slice bounds out of range [:" + hi + ":]");
        }
        return runtimeError("slice bounds out of range [:" + hi + ":" + max + "]");
    }

    /** {@code s[lo:hi:max]} with lo &gt; hi: {@code slice bounds out of range [lo:hi:]}. */
    public static GoPanic sliceBounds3C(long lo, long hi) {
        if (lo < 0) {
            return runtimeError("slice bounds out of range [" + lo + "::]");
        }
        return runtimeError("slice bounds out of range [" + lo + ":" + hi + ":]");
    }

    /** {@code (*[n]T)(s)} with len(s) &lt; n. */
    public static GoPanic sliceToArrayPointer(long sliceLen, long arrayLen) {
        return runtimeError("cannot convert slice with length " + sliceLen
                + " to pointer to array with length " + arrayLen);
    }

    private static GoPanic bounds(long x, boolean signed, long y, String a, String b, String end) {
        if (signed && x < 0) {
            return runtimeError(a + x + end);
        }
        String xs = signed ? Long.toString(x) : Long.toUnsignedString(x);
        return runtimeError(a + xs + b + y);
    }

    // ---- other run-time errors ----

    /** Integer division or remainder by zero. */
    public static GoPanic divideByZero() {
        return runtimeError("integer divide by zero");
    }

    /** A nil pointer dereference (prints gc's SIGSEGV line when unrecovered). */
    public static GoPanic nilDeref() {
        return new GoPanic(RuntimeError.of("invalid memory address or nil pointer dereference"), true, null);
    }

    /** An assignment to an entry of a nil map. */
    public static GoPanic nilMapWrite() {
        return plainError("assignment to entry in nil map");
    }

    /** {@code make([]T, len)} with a negative or too large length. */
    public static GoPanic makesliceLen() {
        return runtimeError("makeslice: len out of range");
    }

    /** {@code make([]T, len, cap)} with cap &lt; len or too large. */
    public static GoPanic makesliceCap() {
        return runtimeError("makeslice: cap out of range");
    }

    /** {@code make(map[K]V, hint)} with a negative hint. */
    public static GoPanic makemapHint() {
        return runtimeError("makemap: size out of range");
    }

    /** append grew a slice past what can be allocated. */
    public static GoPanic growsliceCap() {
        return runtimeError("growslice: cap out of range");
    }

    /** A negative shift count. */
    public static GoPanic negativeShift() {
        return runtimeError("negative shift amount");
    }

    /**
     * A failed type assertion {@code x.(T)} (gc's TypeAssertionError, no "runtime error: " prefix):
     * {@code interface conversion: <iface> is <concrete>, not <asserted>}, or {@code ... is nil, not ...}
     * when concrete is null. Type names are as gc prints them ({@code interface {}}, {@code main.T}).
     */
    public static GoPanic typeAssertion(String iface, String concrete, String asserted) {
        if (concrete == null) {
            return plainError("interface conversion: " + iface + " is nil, not " + asserted);
        }
        String msg = "interface conversion: " + iface + " is " + concrete + ", not " + asserted;
        if (concrete.equals(asserted)) {
            msg += " (types from different scopes)";
        }
        return plainError(msg);
    }

    /**
     * {@link #typeAssertion(String, String, String)} where gc tells two types of the same name apart:
     * {@code (types from different packages)} when x's dynamic type and the asserted one (whose
     * package path as gc's runtime pkgpath() gives it is {@code assertedPkg}) come from different
     * packages, else {@code (types from different scopes)}.
     */
    public static GoPanic typeAssertion(Object x, String iface, String concrete, String asserted, String assertedPkg) {
        if (concrete == null || !concrete.equals(asserted)) return typeAssertion(iface, concrete, asserted);
        RType t = RType.of(x);
        String pkg = t == null || t.kind == RType.INVALID ? assertedPkg : gcPkgPath(t);
        String msg = "interface conversion: " + iface + " is " + concrete + ", not " + asserted;
        return plainError(msg + (pkg.equals(assertedPkg) ? " (types from different scopes)" : " (types from different packages)"));
    }

    /** gc's runtime pkgpath(): a named type's package, an unnamed struct's (interface's) unexported names' package, else "". */
    private static String gcPkgPath(RType t) {
        if (!t.name.isEmpty()) return t.pkgPath;
        if (t.kind == RType.STRUCT) {
            for (RField f : t.fields) if (!f.pkgPath.isEmpty()) return f.pkgPath;
        } else if (t.kind == RType.INTERFACE) {
            for (RMethod m : t.methods) if (!m.pkgPath.isEmpty()) return m.pkgPath;
        }
        return "";
    }

    /** A failed assertion to an interface type: {@code interface conversion: T is not I: missing method M}. */
    public static GoPanic missingMethod(String concrete, String asserted, String method) {
        return plainError("interface conversion: " + concrete + " is not " + asserted + ": missing method " + method);
    }

    /** Go's "hash of unhashable type T" for interface map keys / comparisons. */
    public static GoPanic unhashable(String goType) {
        return runtimeError("hash of unhashable type " + goType);
    }

    /** Go's "comparing uncomparable type T". */
    public static GoPanic uncomparable(String goType) {
        return runtimeError("comparing uncomparable type " + goType);
    }

    // ---- translation of JVM exceptions ----

    /**
     * Turns a throwable caught by compiled code into a Go panic: a GoPanic stays itself,
     * NullPointerException becomes a nil pointer dereference, ArithmeticException an integer divide by
     * zero, ArrayIndexOutOfBoundsException an index out of range (index and length parsed from the JVM
     * message), NegativeArraySizeException a makeslice length error. Errors that are fatal in Go
     * (StackOverflowError, OutOfMemoryError, other JVM Errors) are not panics and are rethrown
     * unchanged: deferred calls must not run for them.
     */
    public static RuntimeException translate(Throwable t) {
        return toPanic(t);
    }

    /** {@link #translate} with the precise result type. */
    public static GoPanic toPanic(Throwable t) {
        if (t instanceof GoPanic p) {
            return p;
        }
        if (t instanceof Error e) {
            throw e;
        }
        if (t instanceof NullPointerException) {
            return new GoPanic(RuntimeError.of("invalid memory address or nil pointer dereference"), true, t);
        }
        if (t instanceof ArithmeticException) {
            return new GoPanic(RuntimeError.of("integer divide by zero"), false, t);
        }
        if (t instanceof ArrayIndexOutOfBoundsException) {
            long[] il = parseIndex(t.getMessage());
            String msg = il == null ? "index out of range"
                    : il[0] < 0 ? "index out of range [" + il[0] + "]"
                    : "index out of range [" + il[0] + "] with length " + il[1];
            return new GoPanic(RuntimeError.of(msg), false, t);
        }
        if (t instanceof NegativeArraySizeException) {
            return new GoPanic(RuntimeError.of("makeslice: len out of range"), false, t);
        }
        if (t instanceof StringIndexOutOfBoundsException) {
            return new GoPanic(RuntimeError.of("index out of range"), false, t);
        }
        return new GoPanic(RuntimeError.plain("internal error: " + t), false, t);
    }

    /** Parses "Index 5 out of bounds for length 3" into {5, 3}; null when the format is unknown. */
    static long[] parseIndex(String msg) {
        if (msg == null || !msg.startsWith("Index ")) {
            return null;
        }
        int sp = msg.indexOf(' ', 6);
        int f = msg.lastIndexOf(' ');
        if (sp < 0 || f <= sp) {
            return null;
        }
        try {
            return new long[] {Long.parseLong(msg.substring(6, sp)), Long.parseLong(msg.substring(f + 1))};
        } catch (NumberFormatException e) {
            return null;
        }
    }

    // ---- printing panic values (gc's printpanicval) ----

    /**
     * How gc prints a panic value of a defined (named) type without Error/String methods, for
     * {@link GoPanicPrintable} implementations: {@code main.E("x")} for strings, {@code main.I(5)},
     * {@code main.F(+1.500000e+000)}, {@code main.B(true)} for other basic kinds, and
     * {@code (main.T) 0xc000012345} for composite types.
     */
    public static String customValue(String typeName, Object v) {
        if (v instanceof GoString s) {
            return typeName + "(\"" + s + "\")";
        }
        if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte
                || v instanceof Boolean || v instanceof Double || v instanceof Float) {
            return typeName + "(" + valueString(v) + ")";
        }
        return "(" + typeName + ") " + Print.address(v);
    }

    /** {@link #customValue} for a defined unsigned integer type: {@code main.U(18446744073709551615)}. */
    public static String customUnsigned(String typeName, long v) {
        return typeName + "(" + Long.toUnsignedString(v) + ")";
    }

    /** The text gc prints for a panic value after {@code panic: }. */
    public static String valueString(Object v) {
        if (v == null) {
            return "nil";
        }
        if (v instanceof GoString s) {
            return s.toString();
        }
        if (v instanceof GoPanicPrintable p) {
            return p.goPanicString();
        }
        if (v instanceof Long n) {
            return Long.toString(n);
        }
        if (v instanceof Integer n) {
            return Integer.toString(n);
        }
        if (v instanceof Short n) {
            return Short.toString(n);
        }
        if (v instanceof Byte n) {
            return Byte.toString(n);
        }
        if (v instanceof Boolean b) {
            return b.toString();
        }
        if (v instanceof Double d) {
            return Print.formatFloat(d);
        }
        if (v instanceof Float f) {
            return Print.formatFloat(f);
        }
        if (v instanceof String s) {
            return s;
        }
        return "(" + v.getClass().getName() + ") " + Print.address(v);
    }
}
