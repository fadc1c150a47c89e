package gava.runtime;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A Go type at run time (reflect, internal/reflectlite): one object per Go type, so {@code ==} is
 * type identity. Descriptors of the program's types come from the table the compiler emits
 * ({@link RTypeTable}); the predeclared types are singletons ({@link #basic}); pointer, slice, map,
 * array, chan and func types can also be made at run time ({@link #ptrTo}, {@link #sliceOf}, ...),
 * reusing the compiled descriptor when the program has the type.
 *
 * <p>Values: the raw form is the JVM representation of design.md with primitives boxed
 * ({@code Integer} for int8..uint32 kinds, {@code Long} for 64-bit integers, {@code Boolean},
 * {@code Float}, {@code Double}); the interface form is what an {@code any} holds.
 * {@link #toIface}/{@link #fromIface} convert, {@link RTypeValues} has the rest.
 */
public final class RType {
    public static final int INVALID = 0, BOOL = 1, INT = 2, INT8 = 3, INT16 = 4, INT32 = 5, INT64 = 6, UINT = 7,
        UINT8 = 8, UINT16 = 9, UINT32 = 10, UINT64 = 11, UINTPTR = 12, FLOAT32 = 13, FLOAT64 = 14, COMPLEX64 = 15,
        COMPLEX128 = 16, ARRAY = 17, CHAN = 18, FUNC = 19, INTERFACE = 20, MAP = 21, PTR = 22, SLICE = 23,
        STRING = 24, STRUCT = 25, UNSAFE_POINTER = 26;
    /** Channel directions (reflect.ChanDir). */
    public static final int RECV = 1, SEND = 2, BOTH = 3;

    static final RType[] NO_TYPES = {};
    static final RField[] NO_FIELDS = {};
    static final RMethod[] NO_METHODS = {};
    private static final AtomicInteger IDS = new AtomicInteger();
    /** Unnamed composite types by structural key (component identities): canonical descriptors. */
    static final ConcurrentHashMap<String, RType> CANON = new ConcurrentHashMap<>();

    final int id = IDS.incrementAndGet();
    int kind;
    String name = "", pkgPath = "", pkgName = "";
    long size = 8, align = 8;
    boolean comparable;
    RType elem, key;
    long len;
    int dir;
    RField[] fields = NO_FIELDS;
    RType[] in = NO_TYPES, out = NO_TYPES;
    boolean variadic;
    /** Whole method set (or the interface's methods), sorted by name. */
    RMethod[] methods = NO_METHODS;
    private volatile RMethod[] exported;
    /** Internal name of the interface-form class (struct class or box), "" if none. */
    String className = "";
    /** Internal name of the {@code $Func·} interface of a func type, "" if unknown. */
    String funcIfaceName = "";
    ClassLoader loader;
    private volatile String str;
    /** Made by reflect.StructOf with no compiled counterpart: gc's String() names embedded fields too. */
    private boolean madeByStructOf;
    volatile RType ptrToCache;
    /** The Go-side wrappers (reflect's *rtype, reflectlite's *rtype), see {@link RTypeGo#wrapper}. */
    final Object[] wrappers = new Object[2];

    RType() {}

    RType(int kind) {
        this.kind = kind;
    }

    // ---- accessors ----

    public int kind() { return kind; }
    public String name() { return name; }
    public String pkgPath() { return pkgPath; }
    public long size() { return size; }
    public long align() { return align; }
    public long fieldAlign() { return align; }
    public boolean comparable() { return comparable; }
    public RType elem() { return elem; }
    public RType key() { return key; }
    public long len() { return len; }
    public int chanDir() { return dir; }
    public RField[] fields() { return fields; }
    public RType[] in() { return in; }
    public RType[] out() { return out; }
    public boolean variadic() { return variadic; }
    public RMethod[] methods() { return methods; }
    public boolean named() { return !name.isEmpty(); }

    /** The exported methods (reflect's Method(i) for non-interface types; all methods for interfaces). */
    public RMethod[] exportedMethods() {
        RMethod[] e = exported;
        if (e == null) {
            if (kind == INTERFACE) e = methods;
            else e = java.util.Arrays.stream(methods).filter(m -> m.pkgPath.isEmpty()).toArray(RMethod[]::new);
            exported = e;
        }
        return e;
    }

    /** The method named name in the method set (exported or not), or null. */
    public RMethod methodByName(String name) {
        for (RMethod m : methods) if (m.name.equals(name)) return m;
        return null;
    }

    @Override
    public String toString() {
        return string();
    }

    /** gc's String(): {@code main.T}, {@code []uint8}, {@code map[string]int}, {@code func(int) string}. */
    public String string() {
        String s = str;
        if (s == null) {
            s = computeString(0);
            str = s;
        }
        return s;
    }

    private String computeString(int depth) {
        if (!name.isEmpty()) return pkgName.isEmpty() ? name : pkgName + "." + name;
        if (depth > 30) return "...";
        return switch (kind) {
            case PTR -> "*" + elem.string();
            case SLICE -> "[]" + elem.string();
            case ARRAY -> "[" + len + "]" + elem.string();
            case MAP -> "map[" + key.string() + "]" + elem.string();
            case CHAN -> switch (dir) {
                case SEND -> "chan<- " + elem.string();
                case RECV -> "<-chan " + elem.string();
                default -> elem.kind == CHAN && elem.dir == RECV && elem.name.isEmpty() ? "chan (" + elem.string() + ")" : "chan " + elem.string();
            };
            case FUNC -> "func" + signature();
            case STRUCT -> {
                if (fields.length == 0) yield "struct {}";
                StringBuilder b = new StringBuilder("struct { ");
                for (int i = 0; i < fields.length; i++) {
                    RField f = fields[i];
                    if (i > 0) b.append("; ");
                    if (!f.embedded || madeByStructOf) b.append(f.name).append(' ');
                    b.append(f.type.string());
                    if (!f.tag.isEmpty()) b.append(' ').append(quote(f.tag));
                }
                yield b.append(" }").toString();
            }
            case INTERFACE -> {
                if (methods.length == 0) yield "interface {}";
                StringBuilder b = new StringBuilder("interface { ");
                for (int i = 0; i < methods.length; i++) {
                    RMethod m = methods[i];
                    if (i > 0) b.append("; ");
                    if (!m.pkgPath.isEmpty()) b.append(m.pkgPath.substring(m.pkgPath.lastIndexOf('/') + 1)).append('.');
                    b.append(m.name).append(m.type.signature());
                }
                yield b.append(" }").toString();
            }
            case UNSAFE_POINTER -> "unsafe.Pointer";
            default -> BASIC_NAMES[kind];
        };
    }

    /** {@code (int, string) (bool, error)} of a func type. */
    String signature() {
        StringBuilder b = new StringBuilder("(");
        for (int i = 0; i < in.length; i++) {
            if (i > 0) b.append(", ");
            if (variadic && i == in.length - 1) b.append("...").append(in[i].elem.string());
            else b.append(in[i].string());
        }
        b.append(')');
        if (out.length == 1) b.append(' ').append(out[0].string());
        else if (out.length > 1) {
            b.append(" (");
            for (int i = 0; i < out.length; i++) {
                if (i > 0) b.append(", ");
                b.append(out[i].string());
            }
            b.append(')');
        }
        return b.toString();
    }

    /** Go's strconv.Quote of a struct tag (ASCII escapes; printable non-ASCII kept). */
    public static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                case '\r' -> b.append("\\r");
                case 7 -> b.append("\\a");
                case '\b' -> b.append("\\b");
                case '\f' -> b.append("\\f");
                case 11 -> b.append("\\v");
                default -> {
                    if (c < 0x20 || c == 0x7f) b.append(String.format("\\x%02x", (int) c));
                    else b.append(c);
                }
            }
        }
        return b.append('"').toString();
    }

    // ---- predeclared types ----

    static final String[] BASIC_NAMES = {"invalid", "bool", "int", "int8", "int16", "int32", "int64", "uint", "uint8",
        "uint16", "uint32", "uint64", "uintptr", "float32", "float64", "complex64", "complex128", "array", "chan",
        "func", "interface", "map", "ptr", "slice", "string", "struct", "unsafe.Pointer"};
    private static final RType[] BASIC = new RType[27];

    static {
        for (int k = 0; k <= UNSAFE_POINTER; k++) {
            if (k >= ARRAY && k <= STRUCT && k != STRING) continue;
            RType t = new RType(k);
            t.comparable = k != INVALID;
            t.name = k == UNSAFE_POINTER ? "Pointer" : k == INVALID ? "" : BASIC_NAMES[k];
            if (k == UNSAFE_POINTER) {
                t.pkgPath = "unsafe";
                t.pkgName = "unsafe";
            }
            t.size = switch (k) {
                case BOOL, INT8, UINT8 -> 1;
                case INT16, UINT16 -> 2;
                case INT32, UINT32, FLOAT32 -> 4;
                case STRING, COMPLEX128 -> 16;
                case INVALID -> 0;
                default -> 8;
            };
            t.align = switch (k) {
                case BOOL, INT8, UINT8 -> 1;
                case INT16, UINT16 -> 2;
                case INT32, UINT32, FLOAT32, COMPLEX64 -> 4;
                case INVALID -> 1;
                default -> 8;
            };
            BASIC[k] = t;
        }
    }

    /** The predeclared type of a basic kind (bool, numbers, string, unsafe.Pointer); null for others. */
    public static RType basic(int kind) {
        return kind >= 0 && kind < BASIC.length ? BASIC[kind] : null;
    }

    /** Whether this is the predeclared type of its kind (whose interface form is a JDK box or GoString). */
    public boolean isPredeclared() {
        return kind < BASIC.length && BASIC[kind] == this;
    }

    // ---- dynamic types ----

    /**
     * The dynamic types of the runtime's own panic values ({@link RuntimeError}), named as gc's:
     * runtime.errorString, runtime.plainError (both string kinds), runtime.boundsError (a struct),
     * *runtime.TypeAssertionError; each with methods Error and RuntimeError.
     */
    private static volatile RType[] runtimeErrors;

    private static RType runtimeErrorType(String name, int kind, long size) {
        RType t = new RType(kind);
        t.name = name;
        t.pkgPath = "runtime";
        t.pkgName = "runtime";
        t.size = size;
        t.comparable = true;
        RType errFn = funcOf(NO_TYPES, new RType[] {BASIC[STRING]}, false);
        RType noFn = funcOf(NO_TYPES, NO_TYPES, false);
        t.methods = new RMethod[] {new RMethod(t, "Error", "", errFn, ""), new RMethod(t, "RuntimeError", "", noFn, "")};
        return t;
    }

    /** The type gc gives a runtime error with this message (made after the table is decoded, so their func types are the table's). */
    static RType runtimeError(RuntimeError e) {
        RType[] ts = runtimeErrors;
        if (ts == null) {
            synchronized (RType.class) {
                ts = runtimeErrors;
                if (ts == null) {
                    RType tae = runtimeErrorType("TypeAssertionError", STRUCT, 32);
                    RType p = new RType(PTR);
                    p.elem = tae;
                    p.comparable = true;
                    p.methods = new RMethod[] {new RMethod(p, "Error", "", tae.methods[0].type, ""), new RMethod(p, "RuntimeError", "", tae.methods[1].type, "")};
                    tae.methods = NO_METHODS;
                    tae.ptrToCache = p;
                    ts = new RType[] {runtimeErrorType("errorString", STRING, 16), runtimeErrorType("plainError", STRING, 16),
                        runtimeErrorType("boundsError", STRUCT, 24), p};
                    runtimeErrors = ts;
                }
            }
        }
        if (e.message.startsWith("interface conversion")) return ts[3];
        if (!e.prefixed) return ts[1];
        if (e.message.startsWith("index out of range") || e.message.startsWith("slice bounds out of range")) return ts[2];
        return ts[0];
    }

    private static final ClassValue<RType> BY_CLASS = new ClassValue<>() {
        @Override
        protected RType computeValue(Class<?> c) {
            return RTypeTable.forClass(c.getName().replace('.', '/'));
        }
    };

    /** The dynamic type of an interface value (null for nil). */
    public static RType of(Object v) {
        if (v == null) return null;
        if (v instanceof Long) return BASIC[INT];
        if (v instanceof GoString) return BASIC[STRING];
        if (v instanceof Integer) return BASIC[INT32];
        if (v instanceof Boolean) return BASIC[BOOL];
        if (v instanceof Double) return BASIC[FLOAT64];
        if (v instanceof Byte) return BASIC[INT8];
        if (v instanceof Short) return BASIC[INT16];
        if (v instanceof Float) return BASIC[FLOAT32];
        if (v instanceof RBox b) return b.t;
        if (v instanceof RuntimeError e) return runtimeError(e);
        RTypeTable.ensure();
        RType t = BY_CLASS.get(v.getClass());
        return t != null ? t : BASIC[INVALID];
    }

    // ---- types made at run time ----

    private static RType canon(String key, RType t) {
        RType old = CANON.putIfAbsent(key, t);
        return old != null ? old : t;
    }

    /** The structural key of an unnamed composite type (null for named or basic types). */
    String structKey() {
        if (!name.isEmpty() || isPredeclared()) return null;
        StringBuilder b = new StringBuilder();
        switch (kind) {
            case PTR -> b.append('*').append(elem.id);
            case SLICE -> b.append("[]").append(elem.id);
            case ARRAY -> b.append('[').append(len).append(']').append(elem.id);
            case MAP -> b.append("map").append(key.id).append(',').append(elem.id);
            case CHAN -> b.append("chan").append(dir).append(',').append(elem.id);
            case FUNC -> {
                b.append("func(");
                for (RType t : in) b.append(t.id).append(',');
                b.append(variadic ? "...)" : ")");
                for (RType t : out) b.append(t.id).append(',');
            }
            case STRUCT -> {
                b.append("struct{");
                for (RField f : fields) {
                    b.append(f.embedded ? "~" : "").append(f.name).append('@').append(f.pkgPath).append(' ').append(f.type.id)
                        .append(' ').append(f.tag.length()).append(':').append(f.tag).append(';');
                }
                b.append('}');
            }
            case INTERFACE -> {
                b.append("interface{");
                for (RMethod m : methods) b.append(m.name).append('@').append(m.pkgPath).append(' ').append(m.type.id).append(';');
                b.append('}');
            }
            default -> { return null; }
        }
        return b.toString();
    }

    /** {@code *t}. */
    public RType ptrTo() {
        RType p = ptrToCache;
        if (p != null) return p;
        RType t = ofElem(PTR, this);
        t.comparable = true;
        p = canon(t.structKey(), t);
        ptrToCache = p;
        return p;
    }

    /** A new unnamed type of kind with element type e (not yet canonical: callers set the rest, then {@link #canon}). */
    private static RType ofElem(int kind, RType e) {
        RTypeTable.ensure();
        RType t = new RType(kind);
        t.elem = e;
        t.loader = e.loader;
        return t;
    }

    public static RType sliceOf(RType e) {
        RType t = ofElem(SLICE, e);
        t.size = 24;
        return canon(t.structKey(), t);
    }

    public static RType mapOf(RType k, RType e) {
        RType t = ofElem(MAP, e);
        t.key = k;
        if (t.loader == null) t.loader = k.loader;
        return canon(t.structKey(), t);
    }

    public static RType arrayOf(long n, RType e) {
        RType t = ofElem(ARRAY, e);
        t.len = n;
        t.size = n * e.size;
        t.align = e.align;
        t.comparable = e.comparable;
        return canon(t.structKey(), t);
    }

    public static RType chanOf(int dir, RType e) {
        RType t = ofElem(CHAN, e);
        t.dir = dir;
        t.comparable = true;
        return canon(t.structKey(), t);
    }

    public static RType funcOf(RType[] in, RType[] out, boolean variadic) {
        RTypeTable.ensure();
        return funcOf0(in, out, variadic);
    }

    private static RType funcOf0(RType[] in, RType[] out, boolean variadic) {
        RType t = new RType(FUNC);
        t.in = in.clone();
        t.out = out.clone();
        t.variadic = variadic;
        return canon(t.structKey(), t);
    }

    /**
     * A struct type made at run time (reflect.StructOf): offsets and size as gc lays them out; the
     * program's descriptor when it has the type, else a new one with a generated class ({@link RStructOf}).
     */
    public static RType structOf(RField[] fs) {
        RTypeTable.ensure();
        RType t = new RType(STRUCT);
        long off = 0, align = 1, last = -1;
        boolean cmp = true;
        RField[] out = new RField[fs.length];
        for (int i = 0; i < fs.length; i++) {
            RField f = fs[i];
            long a = Math.max(1, f.type.align);
            align = Math.max(align, a);
            off = (off + a - 1) / a * a;
            out[i] = new RField(f.name, f.pkgPath, f.type, f.tag, f.embedded, i, off, f.jvmName);
            last = f.type.size;
            off += last;
            cmp &= f.type.comparable;
            if (t.loader == null) t.loader = f.type.loader;
        }
        if (last == 0 && off > 0) off++;
        t.size = (off + align - 1) / align * align;
        t.align = align;
        t.fields = out;
        t.comparable = cmp;
        RType c = canon(t.structKey(), t);
        if (c.className.isEmpty()) RStructOf.bind(c);
        return c;
    }

    /** Binds a struct type made at run time to the class generated for its values ({@link RStructOf}). */
    void bindClass(String internalName, Class<?> c) {
        madeByStructOf = true;
        ifaceClass = c;
        ifaceClassResolved = true;
        className = internalName;
    }

    // ---- relations (reflect's implements, directlyAssignable, convertOp) ----

    /** Whether this type implements interface type iface (gc's implements). */
    public boolean implementsIface(RType iface) {
        if (iface == null || iface.kind != INTERFACE) return false;
        RMethod[] have = methods;
        int j = 0;
        outer:
        for (RMethod want : iface.methods) {
            for (; j < have.length; j++) {
                RMethod h = have[j];
                if (h.name.equals(want.name) && h.pkgPath.equals(want.pkgPath) && h.type == want.type) {
                    j++;
                    continue outer;
                }
            }
            return false;
        }
        return true;
    }

    /** Go's assignability of a value of this type to type t (reflect's AssignableTo). */
    public boolean assignableTo(RType t) {
        if (t == null) return false;
        if (t.kind == INTERFACE) return implementsIface(t);
        return directlyAssignable(t, this);
    }

    static boolean directlyAssignable(RType t, RType v) {
        if (t == v) return true;
        if (t.named() && v.named() || t.kind != v.kind) return false;
        // a bidirectional channel is assignable to a channel type of the same element
        if (t.kind == CHAN && v.dir == BOTH && t.elem == v.elem) return true;
        return identicalUnderlying(t, v, true);
    }

    /** gc's haveIdenticalUnderlyingType. */
    static boolean identicalUnderlying(RType t, RType v, boolean cmpTags) {
        if (t == v) return true;
        if (t.kind != v.kind) return false;
        if (t.kind <= COMPLEX128 || t.kind == STRING || t.kind == UNSAFE_POINTER) return true;
        switch (t.kind) {
            case ARRAY: return t.len == v.len && t.elem == v.elem;
            case CHAN: return t.dir == v.dir && t.elem == v.elem;
            case FUNC:
                if (t.variadic != v.variadic || t.in.length != v.in.length || t.out.length != v.out.length) return false;
                for (int i = 0; i < t.in.length; i++) if (t.in[i] != v.in[i]) return false;
                for (int i = 0; i < t.out.length; i++) if (t.out[i] != v.out[i]) return false;
                return true;
            case INTERFACE:
                if (t.methods.length != v.methods.length) return false;
                for (int i = 0; i < t.methods.length; i++) {
                    RMethod a = t.methods[i], b = v.methods[i];
                    if (!a.name.equals(b.name) || !a.pkgPath.equals(b.pkgPath) || a.type != b.type) return false;
                }
                return true;
            case MAP: return t.key == v.key && t.elem == v.elem;
            case PTR:
            case SLICE: return t.elem == v.elem;
            case STRUCT:
                if (t.fields.length != v.fields.length) return false;
                for (int i = 0; i < t.fields.length; i++) {
                    RField a = t.fields[i], b = v.fields[i];
                    if (!a.name.equals(b.name) || a.type != b.type || a.embedded != b.embedded || !a.pkgPath.equals(b.pkgPath)) return false;
                    if (cmpTags && !a.tag.equals(b.tag)) return false;
                }
                return true;
            default: return false;
        }
    }

    /** Go's convertibility of a value of this type to type t (reflect's ConvertibleTo). */
    public boolean convertibleTo(RType t) {
        if (t == null) return false;
        RType v = this;
        if (t.kind == INTERFACE) return v.implementsIface(t);
        if (isIntKind(v.kind) || v.kind == FLOAT32 || v.kind == FLOAT64) {
            if (isIntKind(t.kind) || t.kind == FLOAT32 || t.kind == FLOAT64) return true;
            if (isIntKind(v.kind) && t.kind == STRING) return true;
        }
        if ((v.kind == COMPLEX64 || v.kind == COMPLEX128) && (t.kind == COMPLEX64 || t.kind == COMPLEX128)) return true;
        if (v.kind == STRING && t.kind == SLICE && t.elem.pkgPath.isEmpty() && (t.elem.kind == UINT8 || t.elem.kind == INT32)) return true;
        if (v.kind == SLICE && t.kind == STRING && v.elem.pkgPath.isEmpty() && (v.elem.kind == UINT8 || v.elem.kind == INT32)) return true;
        if (v.kind == SLICE && t.kind == PTR && t.elem.kind == ARRAY && t.elem.elem == v.elem) return true;
        if (directlyAssignable(t, v) || identicalUnderlying(t, v, false)) return true;
        if (t.kind == PTR && !t.named() && v.kind == PTR && !v.named() && identicalUnderlying(t.elem, v.elem, false)) return true;
        return false;
    }

    static boolean isIntKind(int k) {
        return k >= INT && k <= UINTPTR;
    }

    // ---- representation ----

    /** JVM kind letter of values of this type: Z, B, S, I, J, F, D or L (design.md). */
    public char jvmKind() {
        return switch (kind) {
            case BOOL -> 'Z';
            case INT8, UINT8 -> 'B';
            case INT16, UINT16 -> 'S';
            case INT32, UINT32 -> 'I';
            case INT, INT64, UINT, UINT64, UINTPTR -> 'J';
            case FLOAT32 -> 'F';
            case FLOAT64 -> 'D';
            default -> 'L';
        };
    }

    private volatile Class<?> ifaceClass, rawClass;
    private volatile boolean ifaceClassResolved;

    Class<?> load(String internalName) {
        if (internalName.isEmpty()) return null;
        try {
            ClassLoader l = loader != null ? loader : RType.class.getClassLoader();
            return Class.forName(internalName.replace('/', '.'), false, l);
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }

    /** The compiled class of the interface form: the struct class of a struct type, else its box (null if none). */
    public Class<?> ifaceClass() {
        if (!ifaceClassResolved) {
            ifaceClass = load(className);
            ifaceClassResolved = true;
        }
        return ifaceClass;
    }

    /** The compiled box class ({@code of(v)}, field {@code v}), null when the interface form is the raw value itself or an {@link RBox}. */
    public Class<?> boxClass() {
        return kind == STRUCT || kind == INTERFACE ? null : ifaceClass();
    }

    /** The JVM class of the raw form. */
    public Class<?> rawClass() {
        Class<?> c = rawClass;
        if (c == null) {
            c = computeRawClass();
            rawClass = c;
        }
        return c;
    }

    private Class<?> computeRawClass() {
        return switch (kind) {
            case BOOL -> boolean.class;
            case INT8, UINT8, INT16, UINT16, INT32, UINT32 -> int.class;
            case INT, INT64, UINT, UINT64, UINTPTR -> long.class;
            case FLOAT32 -> float.class;
            case FLOAT64 -> double.class;
            case COMPLEX64, COMPLEX128 -> Complex.class;
            case STRING -> GoString.class;
            case STRUCT -> {
                Class<?> s = ifaceClass();
                yield s != null ? s : Object.class;
            }
            case ARRAY -> componentClass(elem).arrayType();
            case SLICE -> switch (elem.jvmKind()) {
                case 'Z' -> SliceZ.class;
                case 'B' -> SliceB.class;
                case 'S' -> SliceS.class;
                case 'I' -> SliceI.class;
                case 'J' -> SliceJ.class;
                case 'F' -> SliceF.class;
                case 'D' -> SliceD.class;
                default -> SliceL.class;
            };
            case MAP -> GoMap.class;
            case CHAN -> Chan.class;
            case FUNC -> {
                Class<?> f = load(funcIfaceName);
                yield f != null ? f : Object.class;
            }
            case PTR -> elem.kind == STRUCT || elem.kind == ARRAY ? elem.rawClass() : switch (elem.jvmKind()) {
                case 'Z' -> PtrZ.class;
                case 'B' -> PtrB.class;
                case 'S' -> PtrS.class;
                case 'I' -> PtrI.class;
                case 'J' -> PtrJ.class;
                case 'F' -> PtrF.class;
                case 'D' -> PtrD.class;
                default -> PtrL.class;
            };
            default -> Object.class;
        };
    }

    /** The component class of arrays (and slice backing arrays) of element type e. */
    static Class<?> componentClass(RType e) {
        return switch (e.jvmKind()) {
            case 'Z' -> boolean.class;
            case 'B' -> byte.class;
            case 'S' -> short.class;
            case 'I' -> int.class;
            case 'J' -> long.class;
            case 'F' -> float.class;
            case 'D' -> double.class;
            default -> e.kind == STRUCT ? e.rawClass() : Object.class;
        };
    }

    private volatile MethodHandle boxOf, boxGet;

    /** Raw value -> interface form (structs are not copied). */
    public Object toIface(Object raw) {
        if (kind == INTERFACE) return raw;
        if (raw instanceof RuntimeError) return raw;
        if (isPredeclared()) {
            switch (kind) {
                case INT, INT32, BOOL, FLOAT32, FLOAT64, STRING: return raw;
                case INT8: return Byte.valueOf((byte) ((Number) raw).intValue());
                case INT16: return Short.valueOf((short) ((Number) raw).intValue());
                default: break;
            }
        }
        if (kind == STRUCT && (raw == null || ifaceClass() != null && ifaceClass().isInstance(raw))) return raw;
        Class<?> box = boxClass();
        if (box == null) return new RBox(this, raw);
        try {
            MethodHandle h = boxOf;
            if (h == null) {
                Class<?> rc = rawClass();
                h = MethodHandles.publicLookup().findStatic(box, "of", MethodType.methodType(box, rc)).asType(MethodType.methodType(Object.class, Object.class));
                boxOf = h;
            }
            return h.invokeExact(raw);
        } catch (Throwable e) {
            return new RBox(this, raw);
        }
    }

    /** Interface form -> raw value (the interface value itself for interface types). */
    public Object fromIface(Object iface) {
        if (kind == INTERFACE || iface == null) return iface;
        if (iface instanceof Byte b) return Integer.valueOf(b);
        if (iface instanceof Short s) return Integer.valueOf(s);
        if (iface instanceof RBox b) return b.v;
        if (iface instanceof Long || iface instanceof Integer || iface instanceof Boolean || iface instanceof Double
            || iface instanceof Float || iface instanceof GoString || iface instanceof RuntimeError) return iface;
        Class<?> box = boxClass();
        if (box == null || !box.isInstance(iface)) return iface; // a struct value
        try {
            MethodHandle h = boxGet;
            if (h == null) {
                h = MethodHandles.publicLookup().findGetter(box, "v", rawClass()).asType(MethodType.methodType(Object.class, Object.class));
                boxGet = h;
            }
            return h.invokeExact(iface);
        } catch (Throwable e) {
            throw new IllegalStateException("reflect: cannot unbox " + string(), e);
        }
    }

    /** A fresh raw zero value. */
    public Object zero() {
        return switch (kind) {
            case BOOL -> Boolean.FALSE;
            case INT8, UINT8, INT16, UINT16, INT32, UINT32 -> Integer.valueOf(0);
            case INT, INT64, UINT, UINT64, UINTPTR -> Long.valueOf(0);
            case FLOAT32 -> Float.valueOf(0);
            case FLOAT64 -> Double.valueOf(0);
            case COMPLEX64, COMPLEX128 -> Complex.ZERO;
            case STRING -> GoString.EMPTY;
            case STRUCT -> newStruct();
            case ARRAY -> newArray();
            default -> null;
        };
    }

    private Object newStruct() {
        Class<?> c = ifaceClass();
        if (c == null) throw new IllegalStateException("reflect: no class for " + string());
        try {
            return c.getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("reflect: cannot make " + string(), e);
        }
    }

    private Object newArray() {
        int n = (int) len;
        Object a = java.lang.reflect.Array.newInstance(componentClass(elem), n);
        if (elem.kind == STRUCT || elem.kind == ARRAY || elem.kind == STRING) {
            Object[] os = (Object[]) a;
            for (int i = 0; i < n; i++) os[i] = elem.zero();
        }
        return a;
    }

    private volatile Zero zeroDesc;
    private volatile boolean zeroDescSet;

    /** The {@link Zero} the runtime's containers take for elements of this type (null where codegen passes null). */
    public Zero zeroDesc() {
        if (zeroDescSet) return zeroDesc;
        Zero z = switch (kind) {
            case PTR, MAP, CHAN, FUNC, UNSAFE_POINTER -> null;
            case STRING -> Zero.STRING;
            case INTERFACE -> Zero.INTERFACE;
            case SLICE -> Zero.SLICE;
            case STRUCT, ARRAY -> new RTypeValues.ValueZero(this);
            default -> Zero.of(zero(), (int) size);
        };
        zeroDesc = z;
        zeroDescSet = true;
        return z;
    }
}
