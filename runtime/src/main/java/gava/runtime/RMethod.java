package gava.runtime;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * A method of an {@link RType}'s method set (or of an interface type). Compiled struct classes and
 * boxes have a public bridge {@code $<name>} with descriptor {@link #desc} for each exported method
 * (receiver: the value in interface form), which {@link #handle} finds.
 */
public final class RMethod {
    /** The type whose method set this belongs to. */
    public final RType recv;
    public final String name;
    /** "" for exported methods, else the declaring package's path. */
    public final String pkgPath;
    /** The func type without receiver. */
    public final RType type;
    /** JVM descriptor of the bridge (raw arguments, raw result or a $Tuple·), "" if unknown. */
    public final String desc;
    private volatile MethodHandle handle;

    public RMethod(RType recv, String name, String pkgPath, RType type, String desc) {
        this.recv = recv;
        this.name = name;
        this.pkgPath = pkgPath;
        this.type = type;
        this.desc = desc;
    }

    public boolean exported() {
        return pkgPath.isEmpty();
    }

    /** The func type with the receiver as first parameter (reflect's Method(i).Type of a concrete type). */
    public RType typeWithRecv() {
        RType[] in = new RType[type.in.length + 1];
        in[0] = recv;
        System.arraycopy(type.in, 0, in, 1, type.in.length);
        return RType.funcOf(in, type.out, type.variadic);
    }

    /**
     * The bridge as a handle of type (Object receiver in interface form, raw arguments...) -> raw
     * result; null when the receiver type has no compiled class (types made at run time, interfaces).
     */
    public MethodHandle handle() {
        MethodHandle h = handle;
        if (h != null) return h;
        Class<?> c = recv.ifaceClass();
        if (c == null || desc.isEmpty()) return null;
        try {
            ClassLoader l = c.getClassLoader();
            MethodType mt = MethodType.fromMethodDescriptorString(desc, l);
            h = MethodHandles.publicLookup().findVirtual(c, "$" + name, mt);
            h = h.asType(h.type().changeParameterType(0, Object.class));
        } catch (ReflectiveOperationException | TypeNotPresentException | IllegalArgumentException e) {
            return null;
        }
        handle = h;
        return h;
    }
}
