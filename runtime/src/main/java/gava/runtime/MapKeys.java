package gava.runtime;

import java.util.Arrays;

/**
 * Go's {@code ==} and a matching hash for values used as map keys (boxed as compiled code passes
 * them): numbers by value with float semantics (+0 == -0, NaN != NaN), strings by content, JVM arrays
 * element by element, other objects (generated structs, interface boxes) by their equals/hashCode.
 */
public final class MapKeys {
    private MapKeys() {}

    /** Go's == on two boxed values of the same static type. */
    public static boolean eq(Object a, Object b) {
        if (a instanceof GoString s) {
            return b instanceof GoString t && GoString.eq(s, t);
        }
        if (a instanceof Long x) {
            return b instanceof Long y && x.longValue() == y.longValue();
        }
        if (a instanceof Integer x) {
            return b instanceof Integer y && x.intValue() == y.intValue();
        }
        if (a instanceof Double x) {
            return b instanceof Double y && x.doubleValue() == y.doubleValue();
        }
        if (a instanceof Float x) {
            return b instanceof Float y && x.floatValue() == y.floatValue();
        }
        if (a == null || b == null) {
            return a == b;
        }
        if (a.getClass().isArray()) {
            return arrayEq(a, b);
        }
        return a.equals(b); // (no identity shortcut: a value holding a NaN is not equal to itself)
    }

    private static boolean arrayEq(Object a, Object b) {
        switch (a) {
            case long[] x -> {
                return b instanceof long[] y && Arrays.equals(x, y);
            }
            case int[] x -> {
                return b instanceof int[] y && Arrays.equals(x, y);
            }
            case byte[] x -> {
                return b instanceof byte[] y && Arrays.equals(x, y);
            }
            case short[] x -> {
                return b instanceof short[] y && Arrays.equals(x, y);
            }
            case boolean[] x -> {
                return b instanceof boolean[] y && Arrays.equals(x, y);
            }
            case char[] x -> {
                return b instanceof char[] y && Arrays.equals(x, y);
            }
            case double[] x -> {
                if (!(b instanceof double[] y) || x.length != y.length) {
                    return false;
                }
                for (int i = 0; i < x.length; i++) {
                    if (x[i] != y[i]) {
                        return false;
                    }
                }
                return true;
            }
            case float[] x -> {
                if (!(b instanceof float[] y) || x.length != y.length) {
                    return false;
                }
                for (int i = 0; i < x.length; i++) {
                    if (x[i] != y[i]) {
                        return false;
                    }
                }
                return true;
            }
            case Object[] x -> {
                if (!(b instanceof Object[] y) || x.length != y.length) {
                    return false;
                }
                for (int i = 0; i < x.length; i++) {
                    if (!eq(x[i], y[i])) {
                        return false;
                    }
                }
                return true;
            }
            default -> {
                return a == b;
            }
        }
    }

    /** A hash consistent with {@link #eq}. */
    public static int hash(Object a) {
        if (a instanceof GoString s) {
            return s.hashCode();
        }
        if (a instanceof Long x) {
            return Long.hashCode(x);
        }
        if (a instanceof Integer x) {
            return x;
        }
        if (a instanceof Double x) {
            double d = x;
            return d == 0 ? 0 : Double.hashCode(d);
        }
        if (a instanceof Float x) {
            float f = x;
            return f == 0 ? 0 : Float.hashCode(f);
        }
        if (a == null) {
            return 0;
        }
        if (a.getClass().isArray()) {
            return arrayHash(a);
        }
        return a.hashCode();
    }

    private static int arrayHash(Object a) {
        switch (a) {
            case long[] x -> {
                return Arrays.hashCode(x);
            }
            case int[] x -> {
                return Arrays.hashCode(x);
            }
            case byte[] x -> {
                return Arrays.hashCode(x);
            }
            case short[] x -> {
                return Arrays.hashCode(x);
            }
            case boolean[] x -> {
                return Arrays.hashCode(x);
            }
            case char[] x -> {
                return Arrays.hashCode(x);
            }
            case double[] x -> {
                int h = 1;
                for (double d : x) {
                    h = 31 * h + (d == 0 ? 0 : Double.hashCode(d));
                }
                return h;
            }
            case float[] x -> {
                int h = 1;
                for (float f : x) {
                    h = 31 * h + (f == 0 ? 0 : Float.hashCode(f));
                }
                return h;
            }
            case Object[] x -> {
                int h = 1;
                for (Object o : x) {
                    h = 31 * h + hash(o);
                }
                return h;
            }
            default -> {
                return System.identityHashCode(a);
            }
        }
    }
}
