package gava.runtime;

/**
 * The interface form of a value whose type has no compiled box (types made at run time by reflect,
 * or never boxed by the compiled code): its type and raw value. Compares with Go's {@code ==}.
 */
public final class RBox implements GoPanicPrintable {
    public final RType t;
    public final Object v;

    public RBox(RType t, Object v) {
        this.t = t;
        this.v = v;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof RBox b) || b.t != t) return false;
        if (!t.comparable) throw Panics.uncomparable(t.string());
        return RTypeValues.equalRaw(t, v, b.v);
    }

    @Override
    public int hashCode() {
        if (!t.comparable) throw Panics.unhashable(t.string());
        return RTypeValues.hashRaw(t, v);
    }

    @Override
    public String goPanicString() {
        return "(" + t.string() + ") " + v;
    }
}
