package gava.runtime;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/**
 * {@code reflect.MakeFunc} and {@code reflect.Select}. MakeFunc's func value is a proxy of the func
 * type's {@code $Func·…} interface whose {@code call} wraps the arguments as Value handles, calls the
 * Go implementation (an adapter of type {@code func([]any) []any} over handles, made by the Go side)
 * and unpacks the results (into the {@code $Tuple·…} class for several). Select runs the runtime's
 * {@link Select} over the cases.
 */
public final class RValueFuncs {
    private RValueFuncs() {
    }

    /** {@code MakeFunc(t, fn)}: implIface is the Go adapter {@code func(args []any) []any} over handles, in an interface. */
    public static Object makeFunc(Object t, Object implIface) {
        RType ft = (RType) t;
        Object impl = RType.of(implIface).fromIface(implIface);
        Native nat = new Native(ft, callMethod(impl), impl);
        Class<?> iface = ft.rawClass();
        if (iface == Object.class || !iface.isInterface()) {
            return RValue.of(ft, nat, 0); // no compiled func interface: only reflect can call it
        }
        Object f = Proxy.newProxyInstance(iface.getClassLoader(), new Class<?>[] {iface}, (proxy, m, a) -> {
            if (m.getDeclaringClass() == Object.class) {
                return switch (m.getName()) {
                    case "equals" -> proxy == a[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> "func";
                };
            }
            Object[] raws = nat.call(a);
            if (raws.length == 0) {
                return null;
            }
            if (raws.length == 1) {
                return raws[0];
            }
            Class<?> tc = m.getReturnType();
            for (Constructor<?> c : tc.getConstructors()) {
                if (c.getParameterCount() == raws.length) {
                    return c.newInstance(raws);
                }
            }
            throw new IllegalStateException("reflect: no constructor for " + tc.getName());
        });
        return RValue.of(ft, f, 0);
    }

    /** A func made by MakeFunc: calls the Go implementation with handles, returns the raw results. */
    static final class Native {
        final RType ft;
        final Method implCall;
        final Object impl;

        Native(RType ft, Method implCall, Object impl) {
            this.ft = ft;
            this.implCall = implCall;
            this.impl = impl;
        }

        /** Raw arguments -> raw results. */
        Object[] call(Object[] a) throws Throwable {
            int n = a == null ? 0 : a.length;
            Object[] hs = new Object[n];
            for (int i = 0; i < n; i++) {
                RType pt = RValueTypes.in(ft, i);
                hs[i] = RValue.of(pt, RValueMem.norm(pt, a[i]), 0);
            }
            SliceL r;
            try {
                r = (SliceL) implCall.invoke(impl, new SliceL(hs, 0, n, n));
            } catch (java.lang.reflect.InvocationTargetException e) {
                throw e.getCause();
            }
            int nout = RValueTypes.numOut(ft);
            Object[] raws = new Object[nout];
            for (int i = 0; i < nout; i++) {
                RType ot = RValueTypes.out(ft, i);
                raws[i] = RValueMem.copy(ot, RValueConvert.assignRaw((RValue) r.arr[r.off + i], ot));
            }
            return raws;
        }
    }

    private static Method callMethod(Object fn) {
        for (Class<?> i : fn.getClass().getInterfaces()) {
            for (Method m : i.getMethods()) {
                if (m.getName().equals("call")) {
                    return m;
                }
            }
        }
        throw new IllegalStateException("reflect: no func interface on " + fn.getClass().getName());
    }

    /**
     * {@code reflect.Select}: dirs[i] 1 = send, 2 = receive, 3 = default; chans[i] the channel
     * handles (null for a zero Value), sends[i] the value handles to send. Returns the chosen case
     * index; the received value and ok are read with {@link #selectRecv}.
     */
    public static Object select(SliceJ dirs, SliceL chans, SliceL sends) {
        int n = dirs.len;
        Select s = new Select(n);
        int[] map = new int[n];
        int m = 0, dflt = -1;
        RType recvType = null;
        for (int i = 0; i < n; i++) {
            long d = dirs.arr[dirs.off + i];
            if (d == 3) {
                dflt = i;
                continue;
            }
            RValue c = (RValue) chans.arr[chans.off + i];
            Chan ch = c == null ? null : (Chan) c.raw();
            if (d == 1) {
                RType et = RValueTypes.elem(c.t);
                RValue x = (RValue) sends.arr[sends.off + i];
                s.send(ch, RValueMem.copy(et, RValueConvert.assignRaw(x, et)));
            } else {
                s.recv(ch);
            }
            map[m++] = i;
        }
        int k = dflt >= 0 ? s.trySelect() : s.select();
        if (k < 0) {
            return new Result(dflt, null, false);
        }
        int chosen = map[k];
        if (dirs.arr[dirs.off + chosen] == 2) {
            RValue c = (RValue) chans.arr[chans.off + chosen];
            recvType = RValueTypes.elem(c.t);
            Object v = s.value();
            v = RValueMem.norm(recvType, v);
            return new Result(chosen, RValue.of(recvType, v, 0), s.ok());
        }
        return new Result(chosen, null, false);
    }

    /** The outcome of a {@link #select}. */
    record Result(int chosen, RValue recv, boolean ok) {
    }

    public static long selectChosen(Object r) {
        return ((Result) r).chosen;
    }

    public static Object selectRecv(Object r) {
        return ((Result) r).recv;
    }

    public static boolean selectOk(Object r) {
        return ((Result) r).ok;
    }
}
