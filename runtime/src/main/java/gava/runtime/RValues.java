package gava.runtime;

/**
 * reflect.Value's operations ({@code //gava:java} functions of {@code stdlib/overlay/reflect/value*.go}):
 * each takes the Value's {@link RValue} handle ({@code h}, never null: the Go side checks for the zero
 * Value and for the kinds each method accepts, and raises gc's panics) and returns raw Go values or
 * new handles.
 */
public final class RValues {
    private RValues() {
    }

    static RValue h(Object h) {
        return (RValue) h;
    }

    // ---- making values ----

    /** {@code ValueOf(i)} for a non-nil interface value i. */
    public static Object valueOf(Object i) {
        RType t = RValueTypes.typeOf(i);
        return RValue.of(t, RValueTypes.fromIface(t, i), 0);
    }

    /** {@code Zero(t)}. */
    public static Object zero(Object t) {
        RType rt = (RType) t;
        return RValue.of(rt, RValueMem.zero(rt), 0);
    }

    /** {@code New(t)}: a Value of type *t pointing to a fresh zero t. */
    public static Object newValue(Object t) {
        RType rt = (RType) t;
        return RValue.of(RValueTypes.ptrTo(rt), newPtr(rt, RValueMem.zero(rt)), 0);
    }

    /** A fresh variable of type t holding raw value x, as the pointer to it. */
    static Object newPtr(RType t, Object x) {
        return switch (RValueTypes.letter(t)) {
            case 'Z' -> new CellZ((Boolean) x);
            case 'B' -> new CellB((Integer) x);
            case 'S' -> new CellS((Integer) x);
            case 'I' -> new CellI((Integer) x);
            case 'J' -> new CellJ((Long) x);
            case 'F' -> new CellF((Float) x);
            case 'D' -> new CellD((Double) x);
            default -> RValueMem.aggregate(t) ? x : new CellL(x);
        };
    }

    // ---- what a Value is ----

    public static Object type(Object h) {
        return h(h).t;
    }

    public static long kind(Object h) {
        return RValueTypes.kind(h(h).t);
    }

    public static long flag(Object h) {
        return h(h).flag;
    }

    /** {@code v.Interface()} (the Go side checks CanInterface). */
    public static Object iface(Object h) {
        RValue v = h(h);
        if ((v.flag & RValue.METHOD) != 0) {
            return RValueTypes.toIface(v.t, RValueCall.methodFunc(v));
        }
        return RValueTypes.toIface(v.t, v.raw());
    }

    // ---- reading scalars ----

    public static long toInt(Object h) {
        Object x = h(h).raw();
        return x instanceof Long l ? l : (long) (Integer) x;
    }

    public static long toUint(Object h) {
        RValue v = h(h);
        Object x = v.raw();
        if (x instanceof Long l) {
            return l;
        }
        int i = (Integer) x;
        return RValueTypes.kind(v.t) == RValueTypes.UINT32 ? i & 0xFFFFFFFFL : i;
    }

    public static double toFloat(Object h) {
        Object x = h(h).raw();
        return x instanceof Float f ? (double) f : (Double) x;
    }

    public static Complex toComplex(Object h) {
        return Complex.nz(h(h).raw());
    }

    public static GoString toStr(Object h) {
        return (GoString) RValueMem.norm(h(h).t, h(h).raw());
    }

    public static boolean toBool(Object h) {
        return (Boolean) h(h).raw();
    }

    /** The raw value of a Value of kind slice, map, chan, func, pointer, interface, unsafe pointer. */
    public static Object raw(Object h) {
        return h(h).raw();
    }

    public static boolean isNil(Object h) {
        RValue v = h(h);
        if ((v.flag & RValue.METHOD) != 0) {
            return false;
        }
        return v.raw() == null;
    }

    /** {@code v.Pointer()}: gc-looking addresses, as println prints them. */
    public static long pointer(Object h) {
        RValue v = h(h);
        Object x = (v.flag & RValue.METHOD) != 0 ? v : v.raw();
        if (x == null) {
            return 0;
        }
        if (RValueTypes.kind(v.t) == RValueTypes.SLICE) {
            Object a = RValueSlices.arr(x);
            return Print.fakeAddress(a) + (long) RValueSlices.off(x) * RValueTypes.size(RValueTypes.elem(v.t));
        }
        String s = Print.address(x);
        return Long.parseUnsignedLong(s.substring(2), 16);
    }

    /**
     * {@code v.UnsafePointer()}: the pointer object itself (a slice: a pointer to its first element,
     * as unsafe.SliceData, so that two slices starting at the same element give equal pointers; its
     * backing array when its capacity is 0).
     */
    public static Object unsafePointer(Object h) {
        RValue v = h(h);
        Object x = (v.flag & RValue.METHOD) != 0 ? v : v.raw();
        if (x != null && RValueTypes.kind(v.t) == RValueTypes.SLICE) {
            Object p = UnsafeData.sliceData(x);
            return p != null ? p : RValueSlices.arr(x);
        }
        return x;
    }

    public static boolean isZero(Object h) {
        RValue v = h(h);
        return RValueEq.isZero(v.t, v.raw());
    }

    // ---- lengths, elements, fields ----

    public static long len(Object h) {
        RValue v = h(h);
        Object x = v.raw();
        return switch (RValueTypes.kind(v.t)) {
            case RValueTypes.SLICE -> RValueSlices.len(x);
            case RValueTypes.ARRAY -> RValueTypes.len(v.t);
            case RValueTypes.STRING -> ((GoString) RValueMem.norm(v.t, x)).len;
            case RValueTypes.MAP -> GoMap.len((GoMap) x);
            case RValueTypes.CHAN -> Chan.len((Chan) x);
            case RValueTypes.POINTER -> RValueTypes.len(RValueTypes.elem(v.t));
            default -> throw new IllegalStateException("len");
        };
    }

    public static long cap(Object h) {
        RValue v = h(h);
        Object x = v.raw();
        return switch (RValueTypes.kind(v.t)) {
            case RValueTypes.SLICE -> RValueSlices.cap(x);
            case RValueTypes.ARRAY -> RValueTypes.len(v.t);
            case RValueTypes.CHAN -> Chan.cap((Chan) x);
            case RValueTypes.POINTER -> RValueTypes.len(RValueTypes.elem(v.t));
            default -> throw new IllegalStateException("cap");
        };
    }

    /** {@code v.Index(i)} of an array, slice or string (the Go side checks the bounds). */
    public static Object index(Object h, long i) {
        RValue v = h(h);
        Object x = v.raw();
        switch (RValueTypes.kind(v.t)) {
            case RValueTypes.STRING -> {
                GoString s = (GoString) RValueMem.norm(v.t, x);
                return RValue.of(RValueTypes.uint8(), s.bytes[s.off + (int) i] & 0xFF, v.flag & RValue.RO);
            }
            case RValueTypes.SLICE -> {
                RType et = RValueTypes.elem(v.t);
                return elemAt(et, RValueSlices.arr(x), RValueSlices.off(x) + (int) i, v.flag & RValue.RO | RValue.ADDR);
            }
            default -> {
                RType et = RValueTypes.elem(v.t);
                return elemAt(et, x, (int) i, v.flag & (RValue.RO | RValue.ADDR));
            }
        }
    }

    /** Element i of JVM array arr, addressable if flag has ADDR. */
    static RValue elemAt(RType et, Object arr, int i, int flag) {
        if (RValueMem.aggregate(et)) {
            Object o = ((Object[]) arr)[i];
            if (o == null) {
                o = RValueMem.zero(et);
                ((Object[]) arr)[i] = o;
            }
            return (flag & RValue.ADDR) != 0 ? RValue.at(et, new RValueLoc.Obj(o), flag) : RValue.of(et, o, flag);
        }
        if ((flag & RValue.ADDR) != 0) {
            return RValue.at(et, new RValueLoc.AtElem(arr, i, et), flag);
        }
        return RValue.of(et, RValueMem.load(arr, i, et), flag);
    }

    /** {@code v.Field(i)} of a struct. */
    public static Object field(Object h, long i) {
        RValue v = h(h);
        RType ft = RValueTypes.fieldType(v.t, (int) i);
        // gc: a read-only mark from an embedded field does not stick to the fields of that field
        int flag = (v.flag & RValue.EMBED_RO) != 0 ? v.flag & RValue.ADDR : v.flag & (RValue.RO | RValue.ADDR);
        if (!RValueTypes.fieldExported(v.t, (int) i)) {
            flag |= (flag & RValue.RO) == 0 && v.t.fields()[(int) i].embedded ? RValue.RO | RValue.EMBED_RO : RValue.RO;
        }
        if (RValueTypes.fieldName(v.t, (int) i).equals("_")) {
            // gc never stores into blank fields (gava's composite literals may): they read as zero
            return RValue.of(ft, RValueMem.zero(ft), flag);
        }
        java.lang.reflect.Field f = RValueMem.struct(v.t).fields[(int) i];
        RValueLoc.AtField loc = new RValueLoc.AtField(v.v, f, (int) i, ft);
        if (RValueMem.aggregate(ft)) {
            return (flag & RValue.ADDR) != 0 ? RValue.at(ft, new RValueLoc.Obj(loc.get()), flag) : RValue.of(ft, loc.get(), flag);
        }
        if ((flag & RValue.ADDR) != 0) {
            return RValue.at(ft, loc, flag);
        }
        return RValue.of(ft, loc.get(), flag);
    }

    /** {@code v.Elem()} of a pointer (non-nil: the Go side returns the zero Value for nil) or an interface. */
    public static Object elem(Object h) {
        RValue v = h(h);
        Object x = v.raw();
        if (RValueTypes.kind(v.t) == RValueTypes.INTERFACE) {
            if (x == null) {
                return null;
            }
            RType dt = RValueTypes.typeOf(x);
            return RValue.of(dt, RValueTypes.fromIface(dt, x), v.flag & RValue.RO);
        }
        if (x == null) {
            return null;
        }
        RType et = RValueTypes.elem(v.t);
        int flag = v.flag & (RValue.RO | RValue.EMBED_RO) | RValue.ADDR;
        if (RValueMem.aggregate(et)) {
            return RValue.at(et, new RValueLoc.Obj(x), flag);
        }
        return RValue.at(et, new RValueLoc.AtPtr((Ptr) x, RValueTypes.unsigned(et)), flag);
    }

    /** {@code v.Addr()} (the Go side checks CanAddr). */
    public static Object addr(Object h) {
        RValue v = h(h);
        return RValue.of(RValueTypes.ptrTo(v.t), v.loc.ptr(), v.flag & RValue.RO);
    }

    /** {@code v.Slice3(i, j, k)} (also Slice with k = cap) of an addressable array or a slice. */
    public static Object slice3(Object h, long i, long j, long k) {
        RValue v = h(h);
        Object x = v.raw();
        if (RValueTypes.kind(v.t) == RValueTypes.ARRAY) {
            RType st = RValueTypes.sliceOf(RValueTypes.elem(v.t));
            return RValue.of(st, RValueSlices.ofArray3(x, i, j, k), v.flag & RValue.RO);
        }
        return RValue.of(v.t, RValueSlices.slice3(x, i, j, k), v.flag & RValue.RO);
    }

    /** {@code v.Slice(i, j)} of a string. */
    public static Object sliceString(Object h, long i, long j) {
        RValue v = h(h);
        GoString s = (GoString) RValueMem.norm(v.t, v.raw());
        return RValue.of(v.t, new GoString(s.bytes, s.off + (int) i, (int) (j - i)), v.flag & RValue.RO);
    }

    // ---- maps ----

    /** {@code v.MapIndex(key)}: the element's handle, or null when absent. */
    public static Object mapIndex(Object h, Object key) {
        RValue v = h(h);
        GoMap m = (GoMap) v.raw();
        Object k = RValueConvert.assignRaw(h(key), RValueTypes.key(v.t));
        if (!GoMap.contains(m, k)) {
            return null;
        }
        RType et = RValueTypes.elem(v.t);
        Object e = RValueMem.norm(et, GoMap.get(m, k));
        if (e == null) {
            e = RValueMem.zero(et);
        } else {
            e = RValueMem.copy(et, e);
        }
        return RValue.of(et, e, v.flag & RValue.RO);
    }

    /** {@code v.MapKeys()}: handles of the keys, in iteration order. */
    public static SliceL mapKeys(Object h) {
        RValue v = h(h);
        GoMap m = (GoMap) v.raw();
        RType kt = RValueTypes.key(v.t);
        int n = (int) GoMap.len(m);
        Object[] out = new Object[n];
        GoMap.Iter it = GoMap.iter(m);
        int i = 0;
        while (i < n && it.next()) {
            out[i++] = RValue.of(kt, RValueMem.copy(kt, it.key()), v.flag & RValue.RO);
        }
        return new SliceL(out, 0, i, n);
    }

    /** A map iterator for {@code MapRange}. */
    public static Object mapIter(Object h) {
        return GoMap.iter((GoMap) h(h).raw());
    }

    public static boolean mapIterNext(Object it) {
        return ((GoMap.Iter) it).next();
    }

    /** The current key of iterator it over map value h. */
    public static Object mapIterKey(Object h, Object it) {
        RValue v = h(h);
        RType kt = RValueTypes.key(v.t);
        return RValue.of(kt, RValueMem.copy(kt, ((GoMap.Iter) it).key()), v.flag & RValue.RO);
    }

    /** The current element of iterator it over map value h. */
    public static Object mapIterValue(Object h, Object it) {
        RValue v = h(h);
        RType et = RValueTypes.elem(v.t);
        Object e = RValueMem.norm(et, ((GoMap.Iter) it).value());
        e = e == null ? RValueMem.zero(et) : RValueMem.copy(et, e);
        return RValue.of(et, e, v.flag & RValue.RO);
    }

    /** {@code v.SetMapIndex(key, elem)}; elem null deletes. */
    public static void setMapIndex(Object h, Object key, Object elem) {
        RValue v = h(h);
        GoMap m = (GoMap) v.raw();
        Object k = RValueConvert.assignRaw(h(key), RValueTypes.key(v.t));
        if (elem == null) {
            GoMap.delete(m, k);
            return;
        }
        RType et = RValueTypes.elem(v.t);
        GoMap.put(m, RValueMem.copy(RValueTypes.key(v.t), k), RValueMem.copy(et, RValueConvert.assignRaw(h(elem), et)));
    }

    /** {@code MakeMapWithSize(t, n)}. */
    public static Object makeMap(Object t, long n) {
        RType rt = (RType) t;
        return RValue.of(rt, GoMap.make(RValueTypes.mapSpec(rt), n), 0);
    }

    // ---- setting ----

    /** {@code v.Set(x)} (the Go side checks CanSet and assignability). */
    public static void set(Object h, Object x) {
        RValue v = h(h);
        Object raw = RValueConvert.assignRaw(h(x), v.t);
        store(v, raw);
    }

    /** Stores raw value x of v's type into v's place. */
    static void store(RValue v, Object x) {
        if (RValueMem.aggregate(v.t)) {
            RValueMem.assign(v.t, v.v, x);
        } else {
            v.loc.set(x);
        }
    }

    /** {@code v.SetInt(x)}, {@code v.SetUint(x)}: truncated to v's kind. */
    public static void setInt(Object h, long x) {
        RValue v = h(h);
        store(v, RValueConvert.intRaw(v.t, x));
    }

    public static void setFloat(Object h, double x) {
        RValue v = h(h);
        store(v, RValueTypes.kind(v.t) == RValueTypes.FLOAT32 ? (Object) (float) x : (Object) x);
    }

    public static void setComplex(Object h, Complex x) {
        RValue v = h(h);
        store(v, RValueTypes.kind(v.t) == RValueTypes.COMPLEX64 ? Complex.to64(x) : x);
    }

    public static void setString(Object h, GoString x) {
        store(h(h), x);
    }

    public static void setBool(Object h, boolean x) {
        store(h(h), x);
    }

    public static void setBytes(Object h, SliceB x) {
        store(h(h), x);
    }

    public static void setRunes(Object h, SliceI x) {
        store(h(h), x);
    }

    public static void setPointer(Object h, Object x) {
        store(h(h), x);
    }

    /** The raw []byte of a byte slice value. */
    public static SliceB bytes(Object h) {
        return (SliceB) h(h).raw();
    }

    /** The raw []rune of a rune slice value. */
    public static SliceI runes(Object h) {
        return (SliceI) h(h).raw();
    }

    /** {@code v.SetLen(n)} / {@code v.SetCap(n)} of a slice (bounds checked by the Go side). */
    public static void setLenCap(Object h, long len, long cap) {
        RValue v = h(h);
        Object s = v.raw();
        store(v, RValueSlices.slice3(s, 0, len, cap));
    }

    // ---- slices ----

    /** {@code MakeSlice(t, len, cap)}. */
    public static Object makeSlice(Object t, long len, long cap) {
        RType rt = (RType) t;
        return RValue.of(rt, RValueSlices.make(rt, len, cap), 0);
    }

    /** {@code Append(s, x...)}: x a slice of handles already assignable to the element type. */
    public static Object append(Object h, SliceL xs) {
        RValue v = h(h);
        RType et = RValueTypes.elem(v.t);
        int n = xs == null ? 0 : xs.len;
        Object add = RValueSlices.make(v.t, n, n);
        Object arr = RValueSlices.arr(add);
        for (int i = 0; i < n; i++) {
            Object raw = RValueConvert.assignRaw(h(xs.arr[xs.off + i]), et);
            if (arr instanceof Object[] oa && RValueMem.aggregate(et)) {
                oa[i] = RValueMem.copy(et, raw);
            } else {
                RValueMem.store(arr, i, raw);
            }
        }
        return RValue.of(v.t, RValueSlices.appendSlice(v.t, v.raw(), add), 0);
    }

    /** {@code AppendSlice(s, t)}. */
    public static Object appendSlice(Object h, Object t) {
        RValue v = h(h);
        return RValue.of(v.t, RValueSlices.appendSlice(v.t, v.raw(), h(t).raw()), 0);
    }

    /** {@code Copy(dst, src)} of slices (or an array dst / src made into a slice by the Go side). */
    public static long copy(Object dst, Object src) {
        RValue d = h(dst), s = h(src);
        Object dr = d.raw(), sr = s.raw();
        if (RValueTypes.kind(s.t) == RValueTypes.STRING) {
            GoString str = (GoString) RValueMem.norm(s.t, sr);
            SliceB db = (SliceB) dr;
            int n = Math.min(RValueSlices.len(db), str.len);
            if (n > 0) {
                System.arraycopy(str.bytes, str.off, db.arr, db.off, n);
            }
            return n;
        }
        return RValueSlices.copy(d.t, dr, sr);
    }

    // ---- channels ----

    public static Object makeChan(Object t, long n) {
        RType rt = (RType) t;
        return RValue.of(rt, Chan.make(n, RValueTypes.elem(rt).zeroDesc()), 0);
    }

    public static void send(Object h, Object x) {
        RValue v = h(h);
        RType et = RValueTypes.elem(v.t);
        Chan.send((Chan) v.raw(), RValueMem.copy(et, RValueConvert.assignRaw(h(x), et)));
    }

    /** {@code v.Recv()}: the element's handle, or null for a closed channel (ok = false). */
    public static Object recv(Object h) {
        RValue v = h(h);
        RType et = RValueTypes.elem(v.t);
        Object r = Chan.recv2((Chan) v.raw());
        if (r == Chan.CLOSED) {
            return null;
        }
        return RValue.of(et, RValueMem.norm(et, r == null ? RValueMem.zero(et) : r), 0);
    }

    public static void close(Object h) {
        Chan.close((Chan) h(h).raw());
    }

    // ---- conversions and comparisons ----

    /** {@code v.Convert(t)} (the Go side checked ConvertibleTo). */
    public static Object convert(Object h, Object t) {
        RValue v = h(h);
        return RValue.of((RType) t, RValueConvert.convertRaw(v, (RType) t), v.flag & RValue.RO);
    }

    /** {@code DeepEqual} of two valid values of the same type. */
    public static boolean deepEqual(Object a, Object b) {
        RValue x = h(a), y = h(b);
        return RValueEq.deepEqual(x.t, x.raw(), y.raw());
    }
}
