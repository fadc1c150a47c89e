package gava.runtime;

import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;

/**
 * Raw values in memory for reflect (see {@link RValue} for the raw form): zero values, deep copies
 * and in-place assignment of struct and array values (Go's value semantics, design.md), reading and
 * writing JVM array elements and struct fields. Struct classes are used through their generated
 * zero-value constructor, {@code copy()}, {@code assign(T)} and public fields (cached per class).
 */
final class RValueMem {
    private RValueMem() {
    }

    /** Reflection handles of a struct class. */
    static final class StructClass {
        final Constructor<?> ctor;
        final Method copy;
        final Method assign;
        final Field[] fields;

        StructClass(Class<?> c, RType t) {
            try {
                ctor = c.getConstructor();
                copy = c.getMethod("copy");
                assign = c.getMethod("assign", c);
                int n = RValueTypes.numField(t);
                fields = new Field[n];
                for (int i = 0; i < n; i++) {
                    fields[i] = c.getField(RValueTypes.fieldJvmName(t, i));
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("reflect: struct class " + c.getName(), e);
            }
        }
    }

    private static final java.util.concurrent.ConcurrentHashMap<RType, StructClass> STRUCTS = new java.util.concurrent.ConcurrentHashMap<>();

    static StructClass struct(RType t) {
        return STRUCTS.computeIfAbsent(t, k -> new StructClass(RValueTypes.structClass(k), k));
    }

    /** A fresh zero value of type t in raw form. */
    static Object zero(RType t) {
        return switch (RValueTypes.kind(t)) {
            case RValueTypes.BOOL -> Boolean.FALSE;
            case RValueTypes.INT, RValueTypes.INT64, RValueTypes.UINT, RValueTypes.UINT64, RValueTypes.UINTPTR -> 0L;
            case RValueTypes.INT8, RValueTypes.INT16, RValueTypes.INT32, RValueTypes.UINT8, RValueTypes.UINT16, RValueTypes.UINT32 -> 0;
            case RValueTypes.FLOAT32 -> 0f;
            case RValueTypes.FLOAT64 -> 0d;
            case RValueTypes.COMPLEX64, RValueTypes.COMPLEX128 -> Complex.ZERO;
            case RValueTypes.STRING -> GoString.EMPTY;
            case RValueTypes.STRUCT -> {
                try {
                    yield struct(t).ctor.newInstance();
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            case RValueTypes.ARRAY -> newArray(RValueTypes.elem(t), RValueTypes.len(t));
            default -> null;
        };
    }

    /** The JVM component class of arrays (and slice backing arrays) of element type et. */
    static Class<?> component(RType et) {
        return switch (RValueTypes.letter(et)) {
            case 'Z' -> boolean.class;
            case 'B' -> byte.class;
            case 'S' -> short.class;
            case 'I' -> int.class;
            case 'J' -> long.class;
            case 'F' -> float.class;
            case 'D' -> double.class;
            default -> RValueTypes.kind(et) == RValueTypes.STRUCT ? RValueTypes.structClass(et) : Object.class;
        };
    }

    /** A new JVM array of n zero elements of type et (the raw form of [n]et). */
    static Object newArray(RType et, int n) {
        Object a = Array.newInstance(component(et), n);
        if (a instanceof Object[] oa) {
            int k = RValueTypes.kind(et);
            if (k == RValueTypes.STRUCT || k == RValueTypes.ARRAY || k == RValueTypes.STRING) {
                for (int i = 0; i < n; i++) {
                    oa[i] = zero(et);
                }
            }
        }
        return a;
    }

    /** Whether values of t are mutable objects copied on store (structs and arrays). */
    static boolean aggregate(RType t) {
        int k = RValueTypes.kind(t);
        return k == RValueTypes.STRUCT || k == RValueTypes.ARRAY;
    }

    /** A fresh deep copy of raw value x of type t (x itself for immutable values). */
    static Object copy(RType t, Object x) {
        if (x == null) {
            return null;
        }
        int k = RValueTypes.kind(t);
        if (k == RValueTypes.STRUCT) {
            try {
                return struct(t).copy.invoke(x);
            } catch (ReflectiveOperationException e) {
                throw unwrap(e);
            }
        }
        if (k == RValueTypes.ARRAY) {
            RType et = RValueTypes.elem(t);
            if (x instanceof Object[] oa && aggregate(et)) {
                Object[] c = (Object[]) Array.newInstance(oa.getClass().getComponentType(), oa.length);
                for (int i = 0; i < oa.length; i++) {
                    c[i] = copy(et, oa[i]);
                }
                return c;
            }
            int n = Array.getLength(x);
            Object c = Array.newInstance(x.getClass().getComponentType(), n);
            System.arraycopy(x, 0, c, 0, n);
            return c;
        }
        return x;
    }

    /** Copies raw value src of struct or array type t into the existing object dst. */
    static void assign(RType t, Object dst, Object src) {
        if (dst == src) {
            return;
        }
        if (RValueTypes.kind(t) == RValueTypes.STRUCT) {
            try {
                struct(t).assign.invoke(dst, src);
            } catch (ReflectiveOperationException e) {
                throw unwrap(e);
            }
            return;
        }
        RType et = RValueTypes.elem(t);
        if (dst instanceof Object[] da && aggregate(et)) {
            Object[] sa = (Object[]) src;
            for (int i = 0; i < da.length; i++) {
                assign(et, da[i], sa[i]);
            }
            return;
        }
        System.arraycopy(src, 0, dst, 0, Array.getLength(dst));
    }

    /** Element i of JVM array arr holding elements of type et, in raw form. */
    static Object load(Object arr, int i, RType et) {
        return switch (arr) {
            case boolean[] a -> a[i];
            case byte[] a -> RValueTypes.unsigned(et) ? a[i] & 0xFF : (int) a[i];
            case short[] a -> RValueTypes.unsigned(et) ? a[i] & 0xFFFF : (int) a[i];
            case int[] a -> a[i];
            case long[] a -> a[i];
            case float[] a -> a[i];
            case double[] a -> a[i];
            case Object[] a -> norm(et, a[i]);
            default -> throw new IllegalStateException(arr.getClass().getName());
        };
    }

    /** Stores raw value x (not of struct or array type) into element i of arr. */
    static void store(Object arr, int i, Object x) {
        switch (arr) {
            case boolean[] a -> a[i] = (Boolean) x;
            case byte[] a -> a[i] = (byte) (int) (Integer) x;
            case short[] a -> a[i] = (short) (int) (Integer) x;
            case int[] a -> a[i] = (Integer) x;
            case long[] a -> a[i] = (Long) x;
            case float[] a -> a[i] = (Float) x;
            case double[] a -> a[i] = (Double) x;
            case Object[] a -> a[i] = x;
            default -> throw new IllegalStateException(arr.getClass().getName());
        }
    }

    /** x, or the zero value of t when x is a null that stands for it (strings, complex numbers, map values). */
    static Object norm(RType t, Object x) {
        if (x != null) {
            return x;
        }
        return zero(t);
    }

    /** The exception thrown by a reflectively invoked method (a Go panic passes through). */
    static RuntimeException unwrap(ReflectiveOperationException e) {
        if (e instanceof java.lang.reflect.InvocationTargetException ite) {
            Throwable c = ite.getCause();
            if (c instanceof RuntimeException r) {
                return r;
            }
            if (c instanceof Error err) {
                throw err;
            }
        }
        return new IllegalStateException(e);
    }
}
