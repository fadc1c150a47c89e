package gava.runtime;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The program's type table: the compiler's {@code $Types} class registers itself when the program
 * starts ({@link #register}); the table is decoded on first use. Format (the compiler's
 * {@code TypeTable}/{@code TypeDescGen}): integers as decimal + {@code ;}, strings as length +
 * {@code :} + chars; a type reference is an entry index, or minus a predeclared type's kind.
 */
public final class RTypeTable {
    private RTypeTable() {}

    private static volatile Class<?> anchor;
    private static volatile boolean decoded;
    private static final Map<String, RType> BY_CLASS_NAME = new HashMap<>();

    /** Called by {@code $Types.register()} at program start. */
    public static void register(Class<?> table) {
        anchor = table;
        decoded = false;
    }

    /** Decodes the registered table if that has not happened yet. */
    static void ensure() {
        if (decoded || anchor == null) return;
        synchronized (RTypeTable.class) {
            if (decoded) return;
            try {
                String data = (String) anchor.getMethod("data").invoke(null);
                decode(data, anchor.getClassLoader());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("gava: cannot read the type table", e);
            }
            decoded = true;
        }
    }

    /** The descriptor of the type whose interface-form class has this internal name, or null. */
    /** Registers the class generated at run time for type t (reflect.StructOf). */
    static void register(String internalName, RType t) {
        ensure();
        synchronized (RTypeTable.class) {
            BY_CLASS_NAME.put(internalName, t);
        }
    }

    static RType forClass(String internalName) {
        ensure();
        synchronized (RTypeTable.class) {
            return BY_CLASS_NAME.get(internalName);
        }
    }

    private static final class Reader {
        final String s;
        int p;

        Reader(String s) {
            this.s = s;
        }

        long num() {
            int e = s.indexOf(';', p);
            long v = Long.parseLong(s, p, e, 10);
            p = e + 1;
            return v;
        }

        int i() {
            return (int) num();
        }

        String str() {
            int c = s.indexOf(':', p);
            int n = Integer.parseInt(s, p, c, 10);
            String r = s.substring(c + 1, c + 1 + n);
            p = c + 1 + n;
            return r;
        }
    }

    private static void decode(String data, ClassLoader loader) {
        if (data.isEmpty()) return;
        Reader r = new Reader(data);
        int n = r.i();
        RType[] all = new RType[n];
        for (int i = 0; i < n; i++) all[i] = new RType();
        List<RType> unnamed = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            RType t = all[i];
            t.loader = loader;
            t.kind = r.i();
            if (r.i() == 1) {
                t.name = r.str();
                t.pkgPath = r.str();
                t.pkgName = r.str();
            } else {
                unnamed.add(t);
            }
            t.className = r.str();
            t.size = r.num();
            t.align = r.num();
            t.comparable = r.i() == 1;
            switch (t.kind) {
                case RType.PTR, RType.SLICE -> t.elem = ref(all, r.i());
                case RType.ARRAY -> {
                    t.elem = ref(all, r.i());
                    t.len = r.num();
                }
                case RType.MAP -> {
                    t.key = ref(all, r.i());
                    t.elem = ref(all, r.i());
                }
                case RType.CHAN -> {
                    t.elem = ref(all, r.i());
                    t.dir = r.i();
                }
                case RType.STRUCT -> {
                    RField[] fs = new RField[r.i()];
                    for (int k = 0; k < fs.length; k++) {
                        String name = r.str(), pkg = r.str();
                        RType ft = ref(all, r.i());
                        String tag = r.str();
                        boolean emb = r.i() == 1;
                        long off = r.num();
                        fs[k] = new RField(name, pkg, ft, tag, emb, k, off, r.str());
                    }
                    t.fields = fs;
                }
                case RType.FUNC -> {
                    t.in = refs(all, r);
                    t.out = refs(all, r);
                    t.variadic = r.i() == 1;
                    t.funcIfaceName = r.str();
                }
                case RType.INTERFACE -> t.methods = methods(all, r, t);
                default -> {}
            }
            if (t.kind != RType.INTERFACE) t.methods = methods(all, r, t);
        }
        int nb = r.i();
        synchronized (RTypeTable.class) {
            for (int i = 0; i < nb; i++) {
                RType b = RType.basic(r.i());
                String cls = r.str();
                if (b == null) continue;
                b.className = cls;
                b.loader = loader;
                BY_CLASS_NAME.put(cls, b);
            }
            for (RType t : all) if (!t.className.isEmpty()) BY_CLASS_NAME.putIfAbsent(t.className, t);
        }
        for (RType t : unnamed) {
            String key = t.structKey();
            if (key != null) RType.CANON.putIfAbsent(key, t);
        }
        for (RType t : all) {
            if (t.kind == RType.PTR && t.name.isEmpty() && t.elem.ptrToCache == null) t.elem.ptrToCache = t;
        }
    }

    private static RType ref(RType[] all, int r) {
        if (r >= 0) return all[r];
        RType b = RType.basic(-r);
        return b != null ? b : RType.basic(RType.INVALID);
    }

    private static RType[] refs(RType[] all, Reader r) {
        int n = r.i();
        if (n == 0) return RType.NO_TYPES;
        RType[] ts = new RType[n];
        for (int i = 0; i < n; i++) ts[i] = ref(all, r.i());
        return ts;
    }

    private static RMethod[] methods(RType[] all, Reader r, RType recv) {
        int n = r.i();
        if (n == 0) return RType.NO_METHODS;
        RMethod[] ms = new RMethod[n];
        for (int i = 0; i < n; i++) {
            String name = r.str(), pkg = r.str();
            RType ft = ref(all, r.i());
            ms[i] = new RMethod(recv, name, pkg, ft, r.str());
        }
        return ms;
    }
}
