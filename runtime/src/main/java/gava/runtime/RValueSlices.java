package gava.runtime;

import java.lang.reflect.Array;

/**
 * Slice headers of every element kind ({@code SliceZ} ... {@code SliceL}) seen uniformly by
 * reflect: length, capacity, backing array and offset, new headers, reslicing and append.
 */
final class RValueSlices {
    private RValueSlices() {
    }

    static int len(Object s) {
        return switch (s) {
            case null -> 0;
            case SliceZ x -> x.len;
            case SliceB x -> x.len;
            case SliceS x -> x.len;
            case SliceI x -> x.len;
            case SliceJ x -> x.len;
            case SliceF x -> x.len;
            case SliceD x -> x.len;
            case SliceL x -> x.len;
            default -> throw new IllegalStateException(s.getClass().getName());
        };
    }

    static int cap(Object s) {
        return switch (s) {
            case null -> 0;
            case SliceZ x -> x.cap;
            case SliceB x -> x.cap;
            case SliceS x -> x.cap;
            case SliceI x -> x.cap;
            case SliceJ x -> x.cap;
            case SliceF x -> x.cap;
            case SliceD x -> x.cap;
            case SliceL x -> x.cap;
            default -> throw new IllegalStateException(s.getClass().getName());
        };
    }

    static int off(Object s) {
        return switch (s) {
            case null -> 0;
            case SliceZ x -> x.off;
            case SliceB x -> x.off;
            case SliceS x -> x.off;
            case SliceI x -> x.off;
            case SliceJ x -> x.off;
            case SliceF x -> x.off;
            case SliceD x -> x.off;
            case SliceL x -> x.off;
            default -> throw new IllegalStateException(s.getClass().getName());
        };
    }

    static Object arr(Object s) {
        return switch (s) {
            case null -> null;
            case SliceZ x -> x.arr;
            case SliceB x -> x.arr;
            case SliceS x -> x.arr;
            case SliceI x -> x.arr;
            case SliceJ x -> x.arr;
            case SliceF x -> x.arr;
            case SliceD x -> x.arr;
            case SliceL x -> x.arr;
            default -> throw new IllegalStateException(s.getClass().getName());
        };
    }

    /** A header over arr (a JVM array of the element kind's class). */
    static Object header(Object arr, int off, int len, int cap) {
        return switch (arr) {
            case boolean[] a -> new SliceZ(a, off, len, cap);
            case byte[] a -> new SliceB(a, off, len, cap);
            case short[] a -> new SliceS(a, off, len, cap);
            case int[] a -> new SliceI(a, off, len, cap);
            case long[] a -> new SliceJ(a, off, len, cap);
            case float[] a -> new SliceF(a, off, len, cap);
            case double[] a -> new SliceD(a, off, len, cap);
            case Object[] a -> new SliceL(a, off, len, cap);
            default -> throw new IllegalStateException(arr.getClass().getName());
        };
    }

    /** {@code make(T, len, cap)} for slice type st. */
    static Object make(RType st, long len, long cap) {
        RType et = RValueTypes.elem(st);
        return switch (RValueTypes.letter(et)) {
            case 'Z' -> SliceZ.make(len, cap);
            case 'B' -> SliceB.make(len, cap);
            case 'S' -> SliceS.make(len, cap);
            case 'I' -> SliceI.make(len, cap);
            case 'J' -> SliceJ.make(len, cap);
            case 'F' -> SliceF.make(len, cap);
            case 'D' -> SliceD.make(len, cap);
            default -> {
                if (cap == 0) {
                    yield new SliceL((Object[]) Array.newInstance(RValueMem.component(et), 0), 0, 0, 0);
                }
                yield SliceL.make(len, cap, et.zeroDesc());
            }
        };
    }

    /** {@code s[lo:hi:max]} of a slice (s may be null only when all bounds are 0). */
    static Object slice3(Object s, long lo, long hi, long max) {
        return switch (s) {
            case null -> SliceL.slice3(null, lo, hi, max);
            case SliceZ x -> SliceZ.slice3(x, lo, hi, max);
            case SliceB x -> SliceB.slice3(x, lo, hi, max);
            case SliceS x -> SliceS.slice3(x, lo, hi, max);
            case SliceI x -> SliceI.slice3(x, lo, hi, max);
            case SliceJ x -> SliceJ.slice3(x, lo, hi, max);
            case SliceF x -> SliceF.slice3(x, lo, hi, max);
            case SliceD x -> SliceD.slice3(x, lo, hi, max);
            case SliceL x -> SliceL.slice3(x, lo, hi, max);
            default -> throw new IllegalStateException(s.getClass().getName());
        };
    }

    /** {@code arr[lo:hi:max]} of a Go array (its JVM array). */
    static Object ofArray3(Object arr, long lo, long hi, long max) {
        return switch (arr) {
            case boolean[] a -> SliceZ.ofArray3(a, lo, hi, max);
            case byte[] a -> SliceB.ofArray3(a, lo, hi, max);
            case short[] a -> SliceS.ofArray3(a, lo, hi, max);
            case int[] a -> SliceI.ofArray3(a, lo, hi, max);
            case long[] a -> SliceJ.ofArray3(a, lo, hi, max);
            case float[] a -> SliceF.ofArray3(a, lo, hi, max);
            case double[] a -> SliceD.ofArray3(a, lo, hi, max);
            case Object[] a -> SliceL.ofArray3(a, lo, hi, max);
            default -> throw new IllegalStateException(arr.getClass().getName());
        };
    }

    /** {@code append(s, t...)} for slices s and t of slice type st (either may be null). */
    static Object appendSlice(RType st, Object s, Object t) {
        RType et = RValueTypes.elem(st);
        return switch (RValueTypes.letter(et)) {
            case 'Z' -> SliceZ.appendSlice((SliceZ) s, (SliceZ) t);
            case 'B' -> SliceB.appendSlice((SliceB) s, (SliceB) t);
            case 'S' -> SliceS.appendSlice((SliceS) s, (SliceS) t);
            case 'I' -> SliceI.appendSlice((SliceI) s, (SliceI) t);
            case 'J' -> SliceJ.appendSlice((SliceJ) s, (SliceJ) t);
            case 'F' -> SliceF.appendSlice((SliceF) s, (SliceF) t);
            case 'D' -> SliceD.appendSlice((SliceD) s, (SliceD) t);
            default -> SliceL.appendSlice((SliceL) s, (SliceL) t, et.zeroDesc());
        };
    }

    /** {@code copy(dst, src)} for slices of slice type st. */
    static long copy(RType st, Object dst, Object src) {
        RType et = RValueTypes.elem(st);
        return switch (RValueTypes.letter(et)) {
            case 'Z' -> SliceZ.copy((SliceZ) dst, (SliceZ) src);
            case 'B' -> SliceB.copy((SliceB) dst, (SliceB) src);
            case 'S' -> SliceS.copy((SliceS) dst, (SliceS) src);
            case 'I' -> SliceI.copy((SliceI) dst, (SliceI) src);
            case 'J' -> SliceJ.copy((SliceJ) dst, (SliceJ) src);
            case 'F' -> SliceF.copy((SliceF) dst, (SliceF) src);
            case 'D' -> SliceD.copy((SliceD) dst, (SliceD) src);
            default -> SliceL.copy((SliceL) dst, (SliceL) src, et.zeroDesc());
        };
    }
}
