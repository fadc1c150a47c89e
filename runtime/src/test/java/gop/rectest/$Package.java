package gop.rectest;

import gava.runtime.Defer;
import gava.runtime.GoPanic;
import gava.runtime.GoString;
import gava.runtime.Panics;

/**
 * Hand-written stand-in for a compiled Go package "rectest" (class gop/rectest/$Package) exercising
 * defer and recover the way generated code does. Anonymous Runnables play the adapters that code
 * generation creates for deferred calls; static methods of this class are the Go functions.
 * Each testN mirrors a case of go/test/recover.go / recover1.go.
 */
@SuppressWarnings("checkstyle:MethodName")
public final class $Package {
    private $Package() {}

    public static Object got;
    public static Object got2;
    public static long result;

    static void doPanic(Object v) {
        throw Panics.panic(v);
    }

    static void run(Runnable body, Runnable... deferred) {
        Defer d = new Defer();
        try {
            for (Runnable r : deferred) {
                d.push(r);
            }
            body.run();
        } catch (Throwable t) {
            d.panicked(t);
            return;
        }
        d.run();
    }

    // func simple() { defer func() { got = recover() }(); panic("x") }
    public static void simple() {
        Defer d = new Defer();
        try {
            d.push(new Runnable() {
                @Override
                public void run() {
                    simpleFunc1();
                }
            });
            doPanic(GoString.lit("x"));
        } catch (Throwable t) {
            d.panicked(t);
            return;
        }
        d.run();
    }

    static void simpleFunc1() {
        got = Defer.recover();
    }

    // func notPanicking() { defer func() { got = recover() }() }  -> nil
    public static void notPanicking() {
        Defer d = new Defer();
        try {
            d.push(new Runnable() {
                @Override
                public void run() {
                    simpleFunc1();
                }
            });
        } catch (Throwable t) {
            d.panicked(t);
            return;
        }
        d.run();
    }

    // func indirect() { defer func() { helper() }(); panic(2) } ; helper calls recover -> nil, panic continues
    public static void indirect() {
        Defer d = new Defer();
        try {
            d.push(new Runnable() {
                @Override
                public void run() {
                    indirectFunc1();
                }
            });
            doPanic(2L);
        } catch (Throwable t) {
            d.panicked(t);
            return;
        }
        d.run();
    }

    static void indirectFunc1() {
        helper();
    }

    static void helper() {
        got = Defer.recover();
    }

    // func deferRecover() { defer recover(); panic(3) } -> no-op, panic continues
    public static void deferRecover() {
        Defer d = new Defer();
        try {
            d.push(Defer.RECOVER);
            doPanic(3L);
        } catch (Throwable t) {
            d.panicked(t);
            return;
        }
        d.run();
    }

    // func deferDeferRecover() { defer func() { defer recover() }(); panic(4) } -> squelched
    public static void deferDeferRecover() {
        Defer d = new Defer();
        try {
            d.push(new Runnable() {
                @Override
                public void run() {
                    deferDeferRecoverFunc1();
                }
            });
            doPanic(4L);
        } catch (Throwable t) {
            d.panicked(t);
            return;
        }
        d.run();
    }

    static void deferDeferRecoverFunc1() {
        Defer d = new Defer();
        try {
            d.push(Defer.RECOVER);
        } catch (Throwable t) {
            d.panicked(t);
            return;
        }
        d.run();
    }

    // func panicInDefer() { defer func() { panic("second") }(); panic("first") }
    public static void panicInDefer() {
        Defer d = new Defer();
        try {
            d.push(new Runnable() {
                @Override
                public void run() {
                    doPanic(GoString.lit("second"));
                }
            });
            doPanic(GoString.lit("first"));
        } catch (Throwable t) {
            d.panicked(t);
            return;
        }
        d.run();
    }

    // func recoverThenPanic() { defer func() { got = recover(); panic("again") }(); panic("first") }
    public static void recoverThenPanic() {
        Defer d = new Defer();
        try {
            d.push(new Runnable() {
                @Override
                public void run() {
                    recoverThenPanicFunc1();
                }
            });
            doPanic(GoString.lit("first"));
        } catch (Throwable t) {
            d.panicked(t);
            return;
        }
        d.run();
    }

    static void recoverThenPanicFunc1() {
        got = Defer.recover();
        doPanic(GoString.lit("again"));
    }

    // func recoveredThenLaterPanic() { defer func() { panic("second") }(); defer func() { recover() }(); panic("first") }
    public static void recoveredThenLaterPanic() {
        Defer d = new Defer();
        try {
            d.push(new Runnable() {
                @Override
                public void run() {
                    doPanic(GoString.lit("second"));
                }
            });
            d.push(new Runnable() {
                @Override
                public void run() {
                    simpleFunc1();
                }
            });
            doPanic(GoString.lit("first"));
        } catch (Throwable t) {
            d.panicked(t);
            return;
        }
        d.run();
    }

    // func nilDeref() (r int) { defer func() { got = recover(); r = 7 }(); var p *T; _ = p.x }
    public static long nilDeref() {
        long[] r = {0};
        Defer d = new Defer();
        try {
            d.push(new Runnable() {
                @Override
                public void run() {
                    nilDerefFunc1(r);
                }
            });
            Object p = null;
            r[0] = p.hashCode();
        } catch (Throwable t) {
            d.panicked(t);
            return r[0];
        }
        d.run();
        return r[0];
    }

    static void nilDerefFunc1(long[] r) {
        got = Defer.recover();
        r[0] = 7;
    }

    // A recover in a deferred call of the panicking function's *caller* frame works (the panic unwinds F first).
    // func outer() { defer func() { got = recover() }(); inner() } ; func inner() { defer func() { got2 = recover() }() ; panic(5) }
    // got2 recovers first; outer sees nil.
    public static void outer() {
        Defer d = new Defer();
        try {
            d.push(new Runnable() {
                @Override
                public void run() {
                    simpleFunc1();
                }
            });
            inner();
        } catch (Throwable t) {
            d.panicked(t);
            return;
        }
        d.run();
    }

    static void inner() {
        Defer d = new Defer();
        try {
            d.push(new Runnable() {
                @Override
                public void run() {
                    innerFunc1();
                }
            });
            doPanic(5L);
        } catch (Throwable t) {
            d.panicked(t);
            return;
        }
        d.run();
    }

    static void innerFunc1() {
        got2 = Defer.recover();
    }

    /** Runs f and returns the panic escaping it, or null. */
    public static GoPanic escaping(Runnable f) {
        try {
            f.run();
            return null;
        } catch (GoPanic p) {
            return p;
        }
    }
}
