package gava.runtime;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/** Value helpers that only need a type descriptor: Go's == and hashing on raw values, copying struct/array values. */
public final class RTypeValues {
    private RTypeValues() {}

    /** Go's {@code ==} on two raw values of type t. */
    public static boolean equalRaw(RType t, Object a, Object b) {
        switch (t.kind) {
            case RType.PTR, RType.CHAN, RType.UNSAFE_POINTER:
                return Ptr.eq(a, b);
            case RType.ARRAY: {
                int n = (int) t.len;
                for (int i = 0; i < n; i++) {
                    if (!equalRaw(t.elem, java.lang.reflect.Array.get(a, i), java.lang.reflect.Array.get(b, i))) return false;
                }
                return true;
            }
            case RType.FLOAT32, RType.FLOAT64:
                return ((Number) a).doubleValue() == ((Number) b).doubleValue();
            default:
                return java.util.Objects.equals(a, b);
        }
    }

    /** A hash consistent with {@link #equalRaw}. */
    public static int hashRaw(RType t, Object a) {
        switch (t.kind) {
            case RType.PTR, RType.CHAN, RType.UNSAFE_POINTER:
                return Ptr.hash(a);
            case RType.ARRAY: {
                int h = 17, n = (int) t.len;
                for (int i = 0; i < n; i++) h = h * 31 + hashRaw(t.elem, java.lang.reflect.Array.get(a, i));
                return h;
            }
            case RType.FLOAT32, RType.FLOAT64: {
                double d = ((Number) a).doubleValue();
                return d == 0 ? 0 : Double.hashCode(d);
            }
            default:
                return a == null ? 0 : a.hashCode();
        }
    }

    /** A copy of the raw value v of type t (deep for structs and arrays of values, as Go assignment copies). */
    public static Object copy(RType t, Object v) {
        if (v == null) return null;
        if (t.kind == RType.STRUCT) {
            try {
                MethodHandle h = MethodHandles.publicLookup().findVirtual(v.getClass(), "copy", MethodType.methodType(v.getClass()));
                return h.invoke(v);
            } catch (Throwable e) {
                throw new IllegalStateException("reflect: cannot copy " + t.string(), e);
            }
        }
        if (t.kind == RType.ARRAY) {
            int n = java.lang.reflect.Array.getLength(v);
            Object c = java.lang.reflect.Array.newInstance(v.getClass().getComponentType(), n);
            if (t.elem.kind == RType.STRUCT || t.elem.kind == RType.ARRAY) {
                for (int i = 0; i < n; i++) ((Object[]) c)[i] = copy(t.elem, ((Object[]) v)[i]);
            } else {
                System.arraycopy(v, 0, c, 0, n);
            }
            return c;
        }
        return v;
    }

    /** Copies the struct or array value src into the existing object dst (Go assignment in place). */
    public static void assign(RType t, Object dst, Object src) {
        if (t.kind == RType.STRUCT) {
            try {
                MethodHandle h = MethodHandles.publicLookup().findVirtual(dst.getClass(), "assign", MethodType.methodType(void.class, dst.getClass()));
                h.invoke(dst, src);
            } catch (Throwable e) {
                throw new IllegalStateException("reflect: cannot assign " + t.string(), e);
            }
            return;
        }
        if (t.kind == RType.ARRAY) {
            int n = java.lang.reflect.Array.getLength(dst);
            if (t.elem.kind == RType.STRUCT || t.elem.kind == RType.ARRAY) {
                for (int i = 0; i < n; i++) assign(t.elem, ((Object[]) dst)[i], ((Object[]) src)[i]);
            } else {
                System.arraycopy(src, 0, dst, 0, n);
            }
        }
    }

    /** The {@link Zero} of a struct or array type: values copied between locations. */
    static final class ValueZero implements Zero {
        private final RType t;

        ValueZero(RType t) {
            this.t = t;
        }

        @Override
        public Object zero() {
            return t.zero();
        }

        @Override
        public int size() {
            return (int) t.size;
        }

        @Override
        public boolean immutable() {
            return false;
        }

        @Override
        public Object copy(Object v) {
            return RTypeValues.copy(t, v);
        }

        @Override
        public void assign(Object dst, Object src) {
            RTypeValues.assign(t, dst, src);
        }
    }
}
