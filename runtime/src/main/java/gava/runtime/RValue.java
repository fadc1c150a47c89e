package gava.runtime;

/**
 * The state of a non-zero {@code reflect.Value} (the Go struct {@code reflect.Value} holds one in its
 * only field; the zero Value holds nil): the value's type descriptor, its value in raw form and, for
 * an addressable value, where it lives.
 *
 * <p>The raw form is the value's JVM representation (design.md) with primitives boxed as the maps'
 * boxed API does: {@code Boolean}, {@code Integer} for int8..int32 and uint8..uint32 kinds (normalised),
 * {@code Long} for the 64-bit integer kinds, {@code Float}, {@code Double}; every other type as its
 * object ({@code GoString}, {@code Complex}, a struct object, a JVM array, a {@code SliceX}, a
 * {@code GoMap}, a {@code Ptr}, a func interface instance, the dynamic value of an interface...).
 *
 * <p>A value of struct or array type is its object in {@link #v} whether addressable or not: fields
 * and elements are read from and written into that object. A value of any other type that is
 * addressable reads and writes its {@link RValueLoc location} (so it sees later writes, as a Go
 * variable does) and {@link #v} is unused.
 */
public final class RValue {
    /** Flag: obtained through an unexported field (gc's flagRO): cannot be interfaced or set. */
    public static final int RO = 1;
    /** Flag: addressable (and settable unless {@link #RO}). */
    public static final int ADDR = 2;
    /** Flag: a method value: {@link #v} is the receiver's RValue, {@link #method} the method index. */
    public static final int METHOD = 4;
    /**
     * Flag, with {@link #RO}: the value is read-only only because it was reached through an unexported
     * embedded field (gc's flagEmbedRO, against flagStickyRO): an exported field of it is settable again.
     */
    public static final int EMBED_RO = 8;

    /** The value's type descriptor. */
    final RType t;
    /** The raw value (not used for addressable values of non-struct, non-array types). */
    final Object v;
    /** Where an addressable value lives, else null. */
    final RValueLoc loc;
    /** {@link #RO}, {@link #ADDR}, {@link #METHOD}. */
    final int flag;
    /** For {@link #METHOD}: the index of the method in the receiver's exported method set. */
    final int method;

    RValue(RType t, Object v, RValueLoc loc, int flag, int method) {
        this.t = t;
        this.v = v;
        this.loc = loc;
        this.flag = flag;
        this.method = method;
    }

    /**
     * Go's {@code ==} on two reflect.Values (gc compares their type, flags and data word): the same
     * type and flags, and the same place for addressable values, else the same pointer or object.
     */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof RValue r) || r.t != t || r.flag != flag || r.method != method) {
            return false;
        }
        if (loc != null || r.loc != null) {
            return loc != null && r.loc != null && Ptr.eq(loc.ptr(), r.loc.ptr());
        }
        return Ptr.eq(v, r.v);
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(t) * 31 + flag;
    }

    /** A non-addressable value. */
    static RValue of(RType t, Object raw, int flag) {
        return new RValue(t, raw, null, flag & (RO | EMBED_RO), 0);
    }

    /** An addressable value living at loc (struct and array values: their object). */
    static RValue at(RType t, RValueLoc loc, int flag) {
        int k = RValueTypes.kind(t);
        if (k == RValueTypes.STRUCT || k == RValueTypes.ARRAY) {
            return new RValue(t, loc.get(), loc, (flag & (RO | EMBED_RO)) | ADDR, 0);
        }
        return new RValue(t, null, loc, (flag & (RO | EMBED_RO)) | ADDR, 0);
    }

    /** The raw value now. */
    Object raw() {
        int k = RValueTypes.kind(t);
        if (loc != null && k != RValueTypes.STRUCT && k != RValueTypes.ARRAY) {
            return loc.get();
        }
        return v;
    }

    @Override
    public String toString() {
        return "<" + t + " Value>";
    }
}
