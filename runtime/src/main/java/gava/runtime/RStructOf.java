package gava.runtime;

import static java.lang.constant.ConstantDescs.CD_Object;
import static java.lang.constant.ConstantDescs.CD_String;
import static java.lang.constant.ConstantDescs.CD_boolean;
import static java.lang.constant.ConstantDescs.CD_double;
import static java.lang.constant.ConstantDescs.CD_float;
import static java.lang.constant.ConstantDescs.CD_int;
import static java.lang.constant.ConstantDescs.CD_long;
import static java.lang.constant.ConstantDescs.CD_void;
import static java.lang.constant.ConstantDescs.MTD_void;

import java.lang.classfile.ClassFile;
import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Field;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The classes of struct types made at run time ({@code reflect.StructOf}) that the program has no
 * compiled class for. Each is generated with {@code java.lang.classfile} and defined in this package
 * (named {@code gava/runtime/$StructOf·n}) in the shape codegen gives struct classes (design.md):
 * public fields named as {@code StructGen.fieldName} (a field of a bool, integer or float type as its
 * JVM primitive, any other as {@code Object}), a zero-value constructor, a raw constructor
 * {@code (Z)V}, {@code copy()}, {@code assign(T)}, {@code equals}/{@code hashCode} with Go's
 * {@code ==} and {@code goPanicString}. The bodies call back into this class, which works on the
 * fields through reflect's cached {@link Field}s and the type's {@link RType}.
 */
final class RStructOf {
    private RStructOf() {
    }

    private static final AtomicInteger COUNT = new AtomicInteger();
    private static final ClassDesc SELF = ClassDesc.of(RStructOf.class.getName());
    private static final ClassDesc PRINTABLE = ClassDesc.of(GoPanicPrintable.class.getName());

    private static final ClassValue<RType> TYPES = new ClassValue<>() {
        @Override
        protected RType computeValue(Class<?> c) {
            return RTypeTable.forClass(c.getName().replace('.', '/'));
        }
    };

    /** Gives the struct type t (made by {@link RType#structOf}, no compiled class) a generated class. */
    static synchronized void bind(RType t) {
        if (!t.className.isEmpty()) {
            return;
        }
        String name = "gava/runtime/$StructOf\u00b7" + COUNT.incrementAndGet();
        ClassDesc cd = ClassDesc.ofInternalName(name);
        byte[] bytes = ClassFile.of().build(cd, clb -> {
            clb.withFlags(ClassFile.ACC_PUBLIC | ClassFile.ACC_FINAL | ClassFile.ACC_SUPER);
            clb.withInterfaceSymbols(PRINTABLE);
            for (RField f : t.fields) {
                clb.withField(f.jvmName, fieldDesc(f.type), ClassFile.ACC_PUBLIC);
            }
            clb.withMethodBody("<init>", MTD_void, ClassFile.ACC_PUBLIC, cb -> cb.aload(0)
                .invokespecial(CD_Object, "<init>", MTD_void)
                .aload(0).invokestatic(SELF, "init", MethodTypeDesc.of(CD_void, CD_Object))
                .return_());
            clb.withMethodBody("<init>", MethodTypeDesc.of(CD_void, CD_boolean), ClassFile.ACC_PUBLIC, cb -> cb.aload(0)
                .invokespecial(CD_Object, "<init>", MTD_void).return_());
            clb.withMethodBody("copy", MethodTypeDesc.of(cd), ClassFile.ACC_PUBLIC, cb -> cb.aload(0)
                .invokestatic(SELF, "copy", MethodTypeDesc.of(CD_Object, CD_Object)).checkcast(cd).areturn());
            clb.withMethodBody("assign", MethodTypeDesc.of(CD_void, cd), ClassFile.ACC_PUBLIC, cb -> cb.aload(0).aload(1)
                .invokestatic(SELF, "assign", MethodTypeDesc.of(CD_void, CD_Object, CD_Object)).return_());
            clb.withMethodBody("equals", MethodTypeDesc.of(CD_boolean, CD_Object), ClassFile.ACC_PUBLIC, cb -> cb.aload(0).aload(1)
                .invokestatic(SELF, "equal", MethodTypeDesc.of(CD_boolean, CD_Object, CD_Object)).ireturn());
            clb.withMethodBody("hashCode", MethodTypeDesc.of(CD_int), ClassFile.ACC_PUBLIC, cb -> cb.aload(0)
                .invokestatic(SELF, "hash", MethodTypeDesc.of(CD_int, CD_Object)).ireturn());
            clb.withMethodBody("goPanicString", MethodTypeDesc.of(CD_String), ClassFile.ACC_PUBLIC, cb -> cb.aload(0)
                .invokestatic(SELF, "panicString", MethodTypeDesc.of(CD_String, CD_Object)).areturn());
        });
        Class<?> c;
        try {
            c = MethodHandles.lookup().defineClass(bytes);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("reflect.StructOf: cannot define " + name, e);
        }
        RTypeTable.register(name, t);
        t.bindClass(name, c);
    }

    private static ClassDesc fieldDesc(RType ft) {
        return switch (ft.jvmKind()) {
            case 'Z' -> CD_boolean;
            case 'B', 'S', 'I' -> CD_int;
            case 'J' -> CD_long;
            case 'F' -> CD_float;
            case 'D' -> CD_double;
            default -> CD_Object;
        };
    }

    private static RType type(Object o) {
        return TYPES.get(o.getClass());
    }

    private static Field[] fields(RType t) {
        return RValueMem.struct(t).fields;
    }

    private static Object get(Field f, Object o) {
        try {
            return f.get(o);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void set(Field f, Object o, Object v) {
        try {
            f.set(o, v);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The zero-value constructor: strings, complex numbers, nested structs and arrays get their zero values. */
    public static void init(Object o) {
        RType t = type(o);
        Field[] fs = fields(t);
        for (int i = 0; i < fs.length; i++) {
            RType ft = t.fields[i].type;
            switch (ft.kind) {
                case RType.STRING, RType.COMPLEX64, RType.COMPLEX128, RType.STRUCT, RType.ARRAY -> set(fs[i], o, RValueMem.zero(ft));
                default -> { }
            }
        }
    }

    /** {@code copy()}: deep in nested structs and arrays. */
    public static Object copy(Object o) {
        RType t = type(o);
        Field[] fs = fields(t);
        Object n;
        try {
            n = o.getClass().getConstructor(boolean.class).newInstance(false);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        for (int i = 0; i < fs.length; i++) {
            set(fs[i], n, RValueMem.copy(t.fields[i].type, get(fs[i], o)));
        }
        return n;
    }

    /** {@code assign(src)}: copies src into o in place (nested structs and arrays too). */
    public static void assign(Object o, Object src) {
        if (o == src) {
            return;
        }
        RType t = type(o);
        Field[] fs = fields(t);
        for (int i = 0; i < fs.length; i++) {
            RType ft = t.fields[i].type;
            Object v = get(fs[i], src);
            Object d = RValueMem.aggregate(ft) ? get(fs[i], o) : null;
            if (d != null && v != null) {
                RValueMem.assign(ft, d, v);
            } else {
                set(fs[i], o, RValueMem.copy(ft, v));
            }
        }
    }

    /** Go's {@code ==} (panics for a type that is not comparable). */
    public static boolean equal(Object a, Object b) {
        if (b == null || b.getClass() != a.getClass()) {
            return false;
        }
        RType t = type(a);
        if (!t.comparable) {
            throw Panics.uncomparable(t.string());
        }
        Field[] fs = fields(t);
        for (int i = 0; i < fs.length; i++) {
            if (t.fields[i].name.equals("_")) {
                continue;
            }
            if (!RTypeValues.equalRaw(t.fields[i].type, get(fs[i], a), get(fs[i], b))) {
                return false;
            }
        }
        return true;
    }

    /** A hash consistent with {@link #equal}. */
    public static int hash(Object a) {
        RType t = type(a);
        if (!t.comparable) {
            throw Panics.unhashable(t.string());
        }
        Field[] fs = fields(t);
        int h = 17;
        for (int i = 0; i < fs.length; i++) {
            if (!t.fields[i].name.equals("_")) {
                h = h * 31 + RTypeValues.hashRaw(t.fields[i].type, get(fs[i], a));
            }
        }
        return h;
    }

    /** What an unrecovered panic with this value prints. */
    public static String panicString(Object o) {
        return "(" + type(o).string() + ") " + Print.address(o);
    }
}
