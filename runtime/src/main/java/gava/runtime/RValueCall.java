package gava.runtime;

import java.lang.invoke.MethodHandle;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Calls through reflect: {@code Value.Call} of func values (the {@code call} method of their
 * {@code $Func·…} interface) and of method values ({@code Value.Method(i)}: the method's static
 * JVM method with the receiver first), results unpacked from the {@code $Tuple·…} class (fields
 * {@code r0..rn}) when there are several; and method values turned into func values
 * ({@code Interface()}) as proxies of the func type's interface.
 */
public final class RValueCall {
    private RValueCall() {
    }

    private static final ClassValue<Method> CALL = new ClassValue<>() {
        @Override
        protected Method computeValue(Class<?> c) {
            for (Class<?> i : c.getInterfaces()) {
                for (Method m : i.getMethods()) {
                    if (m.getName().equals("call") && java.lang.reflect.Modifier.isAbstract(m.getModifiers())) {
                        return m;
                    }
                }
            }
            throw new IllegalStateException("reflect: no func interface on " + c.getName());
        }
    };

    private static final ConcurrentHashMap<Class<?>, java.lang.reflect.Field[]> TUPLES = new ConcurrentHashMap<>();

    /** {@code v.Method(i)} of a value (i indexes v's type's exported method set). */
    public static Object method(Object h, long i) {
        RValue v = (RValue) h;
        RType mt = RValueTypes.kind(v.t) == RValueTypes.INTERFACE
                ? RValueTypes.ifaceMethodType(v.t, (int) i)
                : RValueTypes.methodType(v.t, (int) i);
        return new RValue(mt, v, null, RValue.METHOD | v.flag & RValue.RO, (int) i);
    }

    /**
     * {@code v.Call(args)}: args are handles already converted to the parameter types (variadic
     * arguments packed into a slice by the Go side); returns the results' handles.
     */
    public static SliceL call(Object h, SliceL args) {
        RValue v = (RValue) h;
        int n = args == null ? 0 : args.len;
        RType ft = v.t;
        Object[] jargs;
        Object result;
        try {
            if ((v.flag & RValue.METHOD) != 0) {
                RValue recv = (RValue) v.v;
                RType rt = recv.t;
                Object r = recv.raw();
                int mi = v.method;
                if (RValueTypes.kind(rt) == RValueTypes.INTERFACE) {
                    if (r == null) {
                        throw Panics.nilDeref();
                    }
                    String name = RValueTypes.ifaceMethodName(rt, mi);
                    rt = RValueTypes.typeOf(r);
                    r = RValueTypes.fromIface(rt, r);
                    mi = RValueTypes.methodIndex(rt, name);
                }
                MethodHandle mh = RValueTypes.methodHandle(rt, mi);
                jargs = new Object[n + 1];
                jargs[0] = RValueTypes.toIface(rt, r);
                for (int i = 0; i < n; i++) {
                    jargs[i + 1] = arg(args, i, RValueTypes.in(ft, i));
                }
                result = mh.invokeWithArguments(jargs);
            } else {
                Object f = v.raw();
                if (f == null) {
                    throw Panics.panic(GoString.fromJava("reflect: call of nil function"));
                }
                jargs = new Object[n];
                for (int i = 0; i < n; i++) {
                    jargs[i] = arg(args, i, RValueTypes.in(ft, i));
                }
                if (f instanceof RValueFuncs.Native nat) {
                    Object[] raws = new Object[n];
                    for (int i = 0; i < n; i++) {
                        raws[i] = arg(args, i, RValueTypes.in(ft, i));
                    }
                    Object[] rs = nat.call(raws);
                    Object[] out = new Object[rs.length];
                    for (int i = 0; i < rs.length; i++) {
                        out[i] = RValue.of(RValueTypes.out(ft, i), rs[i], 0);
                    }
                    return new SliceL(out, 0, out.length, out.length);
                }
                Method m = CALL.get(f.getClass());
                try {
                    result = m.invoke(f, jargs);
                } catch (java.lang.reflect.InvocationTargetException e) {
                    throw e.getCause();
                }
            }
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
        return results(ft, result);
    }

    private static Object arg(SliceL args, int i, RType pt) {
        RValue a = (RValue) args.arr[args.off + i];
        return RValueMem.copy(pt, RValueConvert.assignRaw(a, pt));
    }

    private static SliceL results(RType ft, Object result) {
        int n = RValueTypes.numOut(ft);
        Object[] out = new Object[n];
        if (n == 1) {
            RType ot = RValueTypes.out(ft, 0);
            out[0] = RValue.of(ot, RValueMem.norm(ot, result), 0);
        } else if (n > 1) {
            java.lang.reflect.Field[] fs = TUPLES.computeIfAbsent(result.getClass(), c -> {
                java.lang.reflect.Field[] r = new java.lang.reflect.Field[n];
                for (int i = 0; i < n; i++) {
                    try {
                        r[i] = c.getField("r" + i);
                    } catch (NoSuchFieldException e) {
                        throw new IllegalStateException(e);
                    }
                }
                return r;
            });
            for (int i = 0; i < n; i++) {
                RType ot = RValueTypes.out(ft, i);
                out[i] = RValue.of(ot, RValueMem.norm(ot, RFieldPtr.get(result, fs[i])), 0);
            }
        }
        return new SliceL(out, 0, n, n);
    }

    /** A method value as a func value of its type (a proxy of the func type's interface). */
    static Object methodFunc(RValue v) {
        Class<?> iface = RValueTypes.funcIface(v.t);
        return Proxy.newProxyInstance(iface.getClassLoader(), new Class<?>[] {iface}, (proxy, m, a) -> {
            if (m.getDeclaringClass() == Object.class) {
                return switch (m.getName()) {
                    case "equals" -> proxy == a[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> "func";
                };
            }
            int n = a == null ? 0 : a.length;
            Object[] hs = new Object[n];
            for (int i = 0; i < n; i++) {
                RType pt = RValueTypes.in(v.t, i);
                hs[i] = RValue.of(pt, RValueMem.norm(pt, a[i]), 0);
            }
            SliceL r = call(v, new SliceL(hs, 0, n, n));
            if (r.len == 0) {
                return null;
            }
            if (r.len == 1) {
                return ((RValue) r.arr[0]).raw();
            }
            Object[] raws = new Object[r.len];
            for (int i = 0; i < r.len; i++) {
                raws[i] = ((RValue) r.arr[r.off + i]).raw();
            }
            return tuple(m.getReturnType(), raws);
        });
    }

    /** The {@code $Tuple·} object (class tc) of several results, from their raw values. */
    static Object tuple(Class<?> tc, Object[] raws) throws ReflectiveOperationException {
        for (java.lang.reflect.Constructor<?> c : tc.getConstructors()) {
            if (c.getParameterCount() == raws.length) {
                return c.newInstance(raws);
            }
        }
        throw new IllegalStateException("reflect: no constructor for " + tc.getName());
    }
}
