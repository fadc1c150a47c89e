package gava.runtime;

/**
 * Moving raw values between types for reflect: assignment to a location of another type
 * ({@code Set}, {@code SetMapIndex}, call arguments: only interface targets change the
 * representation) and {@code Value.Convert} (Go's conversions between numeric kinds, strings,
 * byte and rune slices, and between types with identical underlying types).
 */
final class RValueConvert {
    private RValueConvert() {
    }

    /** The raw value of x as stored in a location of type target (x assignable to it). */
    static Object assignRaw(RValue x, RType target) {
        Object raw = (x.flag & RValue.METHOD) != 0 ? RValueCall.methodFunc(x) : x.raw();
        if (RValueTypes.kind(target) == RValueTypes.INTERFACE && RValueTypes.kind(x.t) != RValueTypes.INTERFACE) {
            return RValueTypes.toIface(x.t, raw);
        }
        return raw;
    }

    /** Integer x truncated to integer type t, in raw form. */
    static Object intRaw(RType t, long x) {
        return switch (RValueTypes.kind(t)) {
            case RValueTypes.INT8 -> (int) (byte) x;
            case RValueTypes.UINT8 -> (int) x & 0xFF;
            case RValueTypes.INT16 -> (int) (short) x;
            case RValueTypes.UINT16 -> (int) x & 0xFFFF;
            case RValueTypes.INT32, RValueTypes.UINT32 -> (int) x;
            default -> x;
        };
    }

    private static boolean isInt(int k) {
        return k >= RValueTypes.INT && k <= RValueTypes.UINTPTR;
    }

    private static boolean isUnsignedKind(int k) {
        return k >= RValueTypes.UINT && k <= RValueTypes.UINTPTR;
    }

    private static boolean isFloat(int k) {
        return k == RValueTypes.FLOAT32 || k == RValueTypes.FLOAT64;
    }

    private static boolean isComplex(int k) {
        return k == RValueTypes.COMPLEX64 || k == RValueTypes.COMPLEX128;
    }

    /** The integer value of raw x of integer kind k (as a long, unsigned kinds zero-extended). */
    static long intOf(int k, Object x) {
        if (x instanceof Long l) {
            return l;
        }
        int i = (Integer) x;
        return k == RValueTypes.UINT32 ? i & 0xFFFFFFFFL : i;
    }

    /**
     * {@code v.Convert(t)} when the conversion needs a new representation; null when the raw value
     * stays as it is (the Go side checked that the conversion is allowed).
     */
    static Object convertRaw(RValue v, RType t) {
        int from = RValueTypes.kind(v.t), to = RValueTypes.kind(t);
        Object x = v.raw();
        if (isInt(from)) {
            long i = intOf(from, x);
            if (isInt(to)) {
                return intRaw(t, i);
            }
            if (isFloat(to)) {
                double d = isUnsignedKind(from) && i < 0 ? unsignedToDouble(i) : (double) i;
                return to == RValueTypes.FLOAT32 ? (Object) (isUnsignedKind(from) ? (float) d : (float) i) : (Object) d;
            }
            if (to == RValueTypes.STRING) {
                if (!isUnsignedKind(from) ? i < 0 || i > 0x10FFFF : Long.compareUnsigned(i, 0x10FFFF) > 0) {
                    i = 0xFFFD;
                }
                return GoString.fromRune(i);
            }
        }
        if (isFloat(from)) {
            double d = x instanceof Float f ? f : (Double) x;
            if (isInt(to)) {
                long i = isUnsignedKind(to) ? doubleToUnsigned(d) : (long) d;
                return intRaw(t, i);
            }
            if (isFloat(to)) {
                return to == RValueTypes.FLOAT32 ? (Object) (float) d : (Object) d;
            }
        }
        if (isComplex(from) && isComplex(to)) {
            return to == RValueTypes.COMPLEX64 ? Complex.to64(x) : Complex.of(Complex.real(x), Complex.imag(x));
        }
        if (from == RValueTypes.STRING && to == RValueTypes.SLICE) {
            GoString s = (GoString) RValueMem.norm(v.t, x);
            if (RValueTypes.letter(RValueTypes.elem(t)) == 'B') {
                return s.toBytes();
            }
            int[] r = new int[s.len];
            int n = 0;
            for (int i = 0; i < s.len; ) {
                long d = GoString.decodeRune(s, i);
                r[n++] = (int) d;
                i += (int) (d >>> 32);
            }
            return new SliceI(r, 0, n, r.length);
        }
        if (from == RValueTypes.SLICE && to == RValueTypes.STRING) {
            if (x instanceof SliceB b) {
                return GoString.fromBytes(b);
            }
            return GoString.fromRunes((SliceI) x);
        }
        if (to == RValueTypes.INTERFACE) {
            return from == RValueTypes.INTERFACE ? x : RValueTypes.toIface(v.t, x);
        }
        if (from == RValueTypes.STRUCT && to == RValueTypes.STRUCT && x != null
            && RValueTypes.structClass(v.t) != RValueTypes.structClass(t)) {
            return structToStruct(v.t, x, t);
        }
        return RValueMem.copy(v.t, x);
    }

    /** A struct value converted to another struct type of identical fields (another class): field by field. */
    private static Object structToStruct(RType from, Object x, RType t) {
        java.lang.reflect.Field[] src = RValueMem.struct(from).fields, dst = RValueMem.struct(t).fields;
        Object n = RValueMem.zero(t);
        try {
            for (int i = 0; i < dst.length; i++) {
                dst[i].set(n, RValueMem.copy(RValueTypes.fieldType(t, i), src[i].get(x)));
            }
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
        return n;
    }

    private static double unsignedToDouble(long i) {
        double d = (double) (i >>> 1 | (i & 1));
        return d * 2;
    }

    private static long doubleToUnsigned(double d) {
        if (d < 9.223372036854775807E18) {
            return (long) d;
        }
        return (long) (d - 9.223372036854775807E18) ^ Long.MIN_VALUE;
    }
}
