package gava.runtime;

/**
 * unsafe.String, unsafe.StringData, unsafe.Slice and unsafe.SliceData (Go 1.20) over gava's
 * pointers: a pointer to an element of an array of a primitive kind or of references
 * ({@code ElemPtr*}: array + index) can start a string or slice sharing that array; a pointer to
 * anything else (a variable's cell, a struct) has no array around it: unsafe.String of one byte
 * copies it, every other case panics with "not supported yet" rather than returning memory that
 * does not alias.
 */
public final class UnsafeData {
    private UnsafeData() {}

    private static RuntimeException unsupported(String what) {
        return Panics.runtimeError(what + " not supported yet: the pointer is not into an array");
    }

    private static void checkLen(long len, long avail, String fn) {
        if (len < 0) {
            throw Panics.runtimeError("unsafe." + fn + ": len out of range");
        }
        if (len > avail) {
            throw Panics.runtimeError("unsafe." + fn + ": len out of range");
        }
    }

    /** {@code unsafe.String(ptr, len)}: the bytes from ptr on, shared. */
    public static GoString string(Object ptr, long len) {
        if (ptr == null) {
            if (len == 0) {
                return GoString.EMPTY;
            }
            throw Panics.runtimeError("unsafe.String: ptr is nil and len is not zero");
        }
        if (len == 0) {
            return GoString.EMPTY;
        }
        if (ptr instanceof ElemPtrB e) {
            checkLen(len, e.arr.length - e.i, "String");
            return new GoString(e.arr, e.i, (int) len);
        }
        if (ptr instanceof PtrB p && len == 1) {
            return new GoString(new byte[] {(byte) p.get()}, 0, 1);
        }
        throw unsupported("unsafe.String");
    }

    /** {@code unsafe.StringData(s)}: a pointer to the string's first byte (nil for ""). */
    public static Object stringData(GoString s) {
        if (s.len == 0) {
            return null;
        }
        return new ElemPtrB(s.bytes, s.off);
    }

    /** {@code unsafe.Slice(ptr, len)}: a slice of len elements from ptr on, sharing the array (cap = len). */
    public static Object slice(Object ptr, long len) {
        if (ptr == null) {
            if (len == 0) {
                return null;
            }
            throw Panics.runtimeError("unsafe.Slice: ptr is nil and len is not zero");
        }
        if (len < 0) {
            checkLen(len, 0, "Slice");
        }
        int n = (int) len;
        switch (ptr) {
            case ElemPtrB e -> { checkLen(len, e.arr.length - e.i, "Slice"); return new SliceB(e.arr, e.i, n, n); }
            case ElemPtrZ e -> { checkLen(len, e.arr.length - e.i, "Slice"); return new SliceZ(e.arr, e.i, n, n); }
            case ElemPtrS e -> { checkLen(len, e.arr.length - e.i, "Slice"); return new SliceS(e.arr, e.i, n, n); }
            case ElemPtrI e -> { checkLen(len, e.arr.length - e.i, "Slice"); return new SliceI(e.arr, e.i, n, n); }
            case ElemPtrJ e -> { checkLen(len, e.arr.length - e.i, "Slice"); return new SliceJ(e.arr, e.i, n, n); }
            case ElemPtrF e -> { checkLen(len, e.arr.length - e.i, "Slice"); return new SliceF(e.arr, e.i, n, n); }
            case ElemPtrD e -> { checkLen(len, e.arr.length - e.i, "Slice"); return new SliceD(e.arr, e.i, n, n); }
            case ElemPtrL e -> { checkLen(len, e.arr.length - e.i, "Slice"); return new SliceL(e.arr, e.i, n, n); }
            default -> throw unsupported("unsafe.Slice");
        }
    }

    /** {@code unsafe.SliceData(s)}: a pointer to the slice's first element (nil for a nil or zero-capacity slice). */
    public static Object sliceData(Object s) {
        switch (s) {
            case null -> { return null; }
            case SliceB x -> { return x.cap == 0 ? null : new ElemPtrB(x.arr, x.off); }
            case SliceZ x -> { return x.cap == 0 ? null : new ElemPtrZ(x.arr, x.off); }
            case SliceS x -> { return x.cap == 0 ? null : new ElemPtrS(x.arr, x.off); }
            case SliceI x -> { return x.cap == 0 ? null : new ElemPtrI(x.arr, x.off); }
            case SliceJ x -> { return x.cap == 0 ? null : new ElemPtrJ(x.arr, x.off); }
            case SliceF x -> { return x.cap == 0 ? null : new ElemPtrF(x.arr, x.off); }
            case SliceD x -> { return x.cap == 0 ? null : new ElemPtrD(x.arr, x.off); }
            case SliceL x -> { return x.cap == 0 ? null : new ElemPtrL(x.arr, x.off); }
            default -> throw unsupported("unsafe.SliceData");
        }
    }
}
