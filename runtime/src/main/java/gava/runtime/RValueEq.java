package gava.runtime;

import java.util.HashSet;
import java.util.Set;

/**
 * Comparisons of raw values for reflect: {@code Value.IsZero} and {@code reflect.DeepEqual}
 * (gc's rules: pointers equal if identical or their targets are deeply equal, slices and maps by
 * element with nil != empty, funcs only if both nil, NaN never equal, cycles cut by remembering the
 * pairs of pointers, slices and maps under comparison).
 */
final class RValueEq {
    private RValueEq() {
    }

    /** Whether raw value x is the zero value of type t. */
    static boolean isZero(RType t, Object x) {
        x = RValueMem.norm(t, x);
        return switch (RValueTypes.kind(t)) {
            case RValueTypes.BOOL -> !(Boolean) x;
            case RValueTypes.FLOAT32 -> Float.floatToRawIntBits((Float) x) == 0;
            case RValueTypes.FLOAT64 -> Double.doubleToRawLongBits((Double) x) == 0;
            case RValueTypes.COMPLEX64, RValueTypes.COMPLEX128 -> {
                Complex c = (Complex) x;
                yield Double.doubleToRawLongBits(c.re) == 0 && Double.doubleToRawLongBits(c.im) == 0;
            }
            case RValueTypes.STRING -> ((GoString) x).len == 0;
            case RValueTypes.ARRAY -> {
                RType et = RValueTypes.elem(t);
                int n = java.lang.reflect.Array.getLength(x);
                for (int i = 0; i < n; i++) {
                    if (!isZero(et, RValueMem.load(x, i, et))) {
                        yield false;
                    }
                }
                yield true;
            }
            case RValueTypes.STRUCT -> {
                java.lang.reflect.Field[] fs = RValueMem.struct(t).fields;
                for (int i = 0; i < fs.length; i++) {
                    if (!isZero(RValueTypes.fieldType(t, i), RFieldPtr.get(x, fs[i]))) {
                        yield false;
                    }
                }
                yield true;
            }
            case RValueTypes.INT, RValueTypes.INT8, RValueTypes.INT16, RValueTypes.INT32, RValueTypes.INT64, RValueTypes.UINT,
                RValueTypes.UINT8, RValueTypes.UINT16, RValueTypes.UINT32, RValueTypes.UINT64, RValueTypes.UINTPTR ->
                x instanceof Long l ? l == 0 : (Integer) x == 0;
            default -> x == null;
        };
    }

    /** {@code reflect.DeepEqual} of two values of the same type t. */
    static boolean deepEqual(RType t, Object a, Object b) {
        return deep(t, a, b, new HashSet<>());
    }

    private record Visit(Object a, Object b, RType t) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Visit v && v.a == a && v.b == b && v.t == t;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(a) * 31 + System.identityHashCode(b);
        }
    }

    private static boolean deep(RType t, Object a, Object b, Set<Visit> seen) {
        a = RValueMem.norm(t, a);
        b = RValueMem.norm(t, b);
        int k = RValueTypes.kind(t);
        switch (k) {
            case RValueTypes.POINTER, RValueTypes.SLICE, RValueTypes.MAP -> {
                if (a == null || b == null) {
                    return a == b;
                }
                if (k == RValueTypes.POINTER && Ptr.eq(a, b)) {
                    return true;
                }
                if (!seen.add(new Visit(a, b, t))) {
                    return true;
                }
            }
            default -> {
            }
        }
        switch (k) {
            case RValueTypes.ARRAY -> {
                RType et = RValueTypes.elem(t);
                int n = java.lang.reflect.Array.getLength(a);
                for (int i = 0; i < n; i++) {
                    if (!deep(et, RValueMem.load(a, i, et), RValueMem.load(b, i, et), seen)) {
                        return false;
                    }
                }
                return true;
            }
            case RValueTypes.SLICE -> {
                int n = RValueSlices.len(a);
                if (n != RValueSlices.len(b)) {
                    return false;
                }
                Object aa = RValueSlices.arr(a), ba = RValueSlices.arr(b);
                int ao = RValueSlices.off(a), bo = RValueSlices.off(b);
                if (aa == ba && ao == bo) {
                    return true;
                }
                RType et = RValueTypes.elem(t);
                for (int i = 0; i < n; i++) {
                    if (!deep(et, RValueMem.load(aa, ao + i, et), RValueMem.load(ba, bo + i, et), seen)) {
                        return false;
                    }
                }
                return true;
            }
            case RValueTypes.INTERFACE -> {
                if (a == null || b == null) {
                    return a == b;
                }
                RType ta = RValueTypes.typeOf(a), tb = RValueTypes.typeOf(b);
                if (ta != tb) {
                    return false;
                }
                return deep(ta, RValueTypes.fromIface(ta, a), RValueTypes.fromIface(tb, b), seen);
            }
            case RValueTypes.POINTER -> {
                RType et = RValueTypes.elem(t);
                if (RValueMem.aggregate(et)) {
                    return deep(et, a, b, seen);
                }
                return deep(et, new RValueLoc.AtPtr((Ptr) a, RValueTypes.unsigned(et)).get(),
                        new RValueLoc.AtPtr((Ptr) b, RValueTypes.unsigned(et)).get(), seen);
            }
            case RValueTypes.STRUCT -> {
                java.lang.reflect.Field[] fs = RValueMem.struct(t).fields;
                for (int i = 0; i < fs.length; i++) {
                    RType ft = RValueTypes.fieldType(t, i);
                    if (!deep(ft, RFieldPtr.get(a, fs[i]), RFieldPtr.get(b, fs[i]), seen)) {
                        return false;
                    }
                }
                return true;
            }
            case RValueTypes.MAP -> {
                GoMap ma = (GoMap) a, mb = (GoMap) b;
                if (GoMap.len(ma) != GoMap.len(mb)) {
                    return false;
                }
                if (ma == mb) {
                    return true;
                }
                RType et = RValueTypes.elem(t);
                GoMap.Iter it = GoMap.iter(ma);
                while (it.next()) {
                    Object key = it.key();
                    if (!GoMap.contains(mb, key)) {
                        return false;
                    }
                    if (!deep(et, it.value(), GoMap.get(mb, key), seen)) {
                        return false;
                    }
                }
                return true;
            }
            case RValueTypes.FUNC -> {
                return a == null && b == null;
            }
            case RValueTypes.CHAN, RValueTypes.UNSAFEPOINTER -> {
                return a == b;
            }
            default -> {
                return MapKeys.eq(a, b);
            }
        }
    }
}
