package gava.runtime;

import java.lang.invoke.MethodHandle;

/**
 * What reflect.Value needs from the type descriptors ({@link RType}, the "rtypes" side), in one
 * place: kinds, components, fields, methods and the raw/interface form conversions.
 */
final class RValueTypes {
    private RValueTypes() {
    }

    static final int BOOL = RType.BOOL, INT = RType.INT, INT8 = RType.INT8, INT16 = RType.INT16, INT32 = RType.INT32,
        INT64 = RType.INT64, UINT = RType.UINT, UINT8 = RType.UINT8, UINT16 = RType.UINT16, UINT32 = RType.UINT32,
        UINT64 = RType.UINT64, UINTPTR = RType.UINTPTR, FLOAT32 = RType.FLOAT32, FLOAT64 = RType.FLOAT64,
        COMPLEX64 = RType.COMPLEX64, COMPLEX128 = RType.COMPLEX128, ARRAY = RType.ARRAY, CHAN = RType.CHAN,
        FUNC = RType.FUNC, INTERFACE = RType.INTERFACE, MAP = RType.MAP, POINTER = RType.PTR, SLICE = RType.SLICE,
        STRING = RType.STRING, STRUCT = RType.STRUCT, UNSAFEPOINTER = RType.UNSAFE_POINTER;

    static int kind(RType t) {
        return t.kind();
    }

    /** JVM kind letter (Z B S I J F D L). */
    static char letter(RType t) {
        return t.jvmKind();
    }

    static boolean unsigned(RType t) {
        int k = t.kind();
        return k >= UINT && k <= UINTPTR;
    }

    static RType elem(RType t) {
        return t.elem();
    }

    static RType key(RType t) {
        return t.key();
    }

    static int len(RType t) {
        return (int) t.len();
    }

    static long size(RType t) {
        return t.size();
    }

    static RType uint8() {
        return RType.basic(RType.UINT8);
    }

    static RType ptrTo(RType t) {
        return t.ptrTo();
    }

    static RType sliceOf(RType t) {
        return RType.sliceOf(t);
    }

    // ---- structs ----

    static int numField(RType t) {
        return t.fields().length;
    }

    static RType fieldType(RType t, int i) {
        return t.fields()[i].type;
    }

    static boolean fieldExported(RType t, int i) {
        return t.fields()[i].exported();
    }

    static String fieldName(RType t, int i) {
        return t.fields()[i].name;
    }

    static String fieldJvmName(RType t, int i) {
        return t.fields()[i].jvmName;
    }

    static Class<?> structClass(RType t) {
        Class<?> c = t.ifaceClass();
        if (c == null) {
            throw Panics.panic(GoString.fromJava("reflect: struct type " + t.string() + " not supported yet (no compiled class)"));
        }
        return c;
    }

    // ---- interface form ----

    static RType typeOf(Object iface) {
        return RType.of(iface);
    }

    /** Raw -> interface form: a private copy for struct and array values. */
    static Object toIface(RType t, Object raw) {
        return t.toIface(RValueMem.copy(t, RValueMem.norm(t, raw)));
    }

    static Object fromIface(RType t, Object iface) {
        return t.fromIface(iface);
    }

    // ---- funcs and methods ----

    static RType in(RType ft, int i) {
        return ft.in()[i];
    }

    static int numOut(RType ft) {
        return ft.out().length;
    }

    static RType out(RType ft, int i) {
        return ft.out()[i];
    }

    static Class<?> funcIface(RType ft) {
        Class<?> c = ft.rawClass();
        if (c == Object.class || !c.isInterface()) {
            throw Panics.panic(GoString.fromJava("reflect: func value of type " + ft.string() + " not supported yet"));
        }
        return c;
    }

    /** The func type (without receiver) of method i of the exported method set of t. */
    static RType methodType(RType t, int i) {
        return t.exportedMethods()[i].type;
    }

    static RType ifaceMethodType(RType t, int i) {
        return t.exportedMethods()[i].type;
    }

    static String ifaceMethodName(RType t, int i) {
        return t.exportedMethods()[i].name;
    }

    /** Index of the exported method name in t's exported method set, or -1. */
    static int methodIndex(RType t, String name) {
        RMethod[] ms = t.exportedMethods();
        for (int i = 0; i < ms.length; i++) {
            if (ms[i].name.equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** Method i's bridge: (receiver in interface form, raw arguments...) -> raw result. */
    static MethodHandle methodHandle(RType t, int i) {
        RMethod m = t.exportedMethods()[i];
        MethodHandle h = m.handle();
        if (h == null) {
            throw Panics.panic(GoString.fromJava("reflect: call of method " + t.string() + "." + m.name + " not supported yet"));
        }
        return h;
    }

    static int mapSpec(RType mt) {
        RType k = mt.key();
        int klay = switch (k.kind()) {
            case INTERFACE -> GoMap.K_OBJ;
            case STRING -> GoMap.K_STR;
            case POINTER, CHAN -> GoMap.K_IDENT;
            default -> switch (k.jvmKind()) {
                case 'Z', 'B', 'S', 'I', 'J' -> GoMap.K_LONG;
                default -> GoMap.K_OBJ;
            };
        };
        return GoMap.spec(klay, k.jvmKind(), mt.elem().jvmKind());
    }
}
