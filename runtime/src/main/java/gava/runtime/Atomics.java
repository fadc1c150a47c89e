package gava.runtime;

import java.util.concurrent.locks.ReentrantLock;

/**
 * The Java half of Go's {@code sync/atomic} (bound by {@code stdlib/overlay/sync/atomic} with
 * {@code //gava:java}). A Go pointer to a word is a {@link Ptr} (a cell, an element pointer or a
 * generated field pointer), each with plain get/set; two pointers to the same variable may be
 * different objects, so atomicity comes from a lock chosen by the variable's place
 * ({@link Ptr#hash}): every atomic operation on a variable takes the same lock, which makes them
 * linearizable and gives the happens-before edges Go's memory model promises between them.
 * A nil pointer is a {@code NullPointerException}, which compiled code reports as gc's nil
 * dereference.
 */
public final class Atomics {
    private Atomics() {}

    private static final int STRIPES = 64;
    private static final Object[] LOCKS = new Object[STRIPES];

    static {
        for (int i = 0; i < STRIPES; i++) {
            LOCKS[i] = new Object();
        }
    }

    private static Object lockOf(Ptr p) {
        if (p == null) {
            throw new NullPointerException();
        }
        int h = Ptr.hash(p);
        return LOCKS[(h ^ (h >>> 16)) & (STRIPES - 1)];
    }

    /** The lock of atomic.Value (its Load/Store/Swap/CompareAndSwap are Go code around it). */
    private static final ReentrantLock VALUE_LOCK = new ReentrantLock();

    public static void valueLock() {
        VALUE_LOCK.lock();
    }

    public static void valueUnlock() {
        VALUE_LOCK.unlock();
    }

    /** Whether two non-nil interface values have the same dynamic type (atomic.Value's check). */
    public static boolean sameType(Object a, Object b) {
        return a != null && b != null && a.getClass() == b.getClass();
    }

    public static int swapInt32(PtrI addr, int v) {
        synchronized (lockOf(addr)) {
            int old = addr.get();
            addr.set(v);
            return old;
        }
    }

    public static boolean compareAndSwapInt32(PtrI addr, int old, int v) {
        synchronized (lockOf(addr)) {
            if (addr.get() != old) {
                return false;
            }
            addr.set(v);
            return true;
        }
    }

    public static int addInt32(PtrI addr, int delta) {
        synchronized (lockOf(addr)) {
            int v = addr.get() + delta;
            addr.set(v);
            return v;
        }
    }

    public static int loadInt32(PtrI addr) {
        synchronized (lockOf(addr)) {
            return addr.get();
        }
    }

    public static void storeInt32(PtrI addr, int v) {
        synchronized (lockOf(addr)) {
            addr.set(v);
        }
    }

    public static int swapUint32(PtrI addr, int v) {
        synchronized (lockOf(addr)) {
            int old = addr.get();
            addr.set(v);
            return old;
        }
    }

    public static boolean compareAndSwapUint32(PtrI addr, int old, int v) {
        synchronized (lockOf(addr)) {
            if (addr.get() != old) {
                return false;
            }
            addr.set(v);
            return true;
        }
    }

    public static int addUint32(PtrI addr, int delta) {
        synchronized (lockOf(addr)) {
            int v = addr.get() + delta;
            addr.set(v);
            return v;
        }
    }

    public static int loadUint32(PtrI addr) {
        synchronized (lockOf(addr)) {
            return addr.get();
        }
    }

    public static void storeUint32(PtrI addr, int v) {
        synchronized (lockOf(addr)) {
            addr.set(v);
        }
    }

    public static long swapInt64(PtrJ addr, long v) {
        synchronized (lockOf(addr)) {
            long old = addr.get();
            addr.set(v);
            return old;
        }
    }

    public static boolean compareAndSwapInt64(PtrJ addr, long old, long v) {
        synchronized (lockOf(addr)) {
            if (addr.get() != old) {
                return false;
            }
            addr.set(v);
            return true;
        }
    }

    public static long addInt64(PtrJ addr, long delta) {
        synchronized (lockOf(addr)) {
            long v = addr.get() + delta;
            addr.set(v);
            return v;
        }
    }

    public static long loadInt64(PtrJ addr) {
        synchronized (lockOf(addr)) {
            return addr.get();
        }
    }

    public static void storeInt64(PtrJ addr, long v) {
        synchronized (lockOf(addr)) {
            addr.set(v);
        }
    }

    public static long swapUint64(PtrJ addr, long v) {
        synchronized (lockOf(addr)) {
            long old = addr.get();
            addr.set(v);
            return old;
        }
    }

    public static boolean compareAndSwapUint64(PtrJ addr, long old, long v) {
        synchronized (lockOf(addr)) {
            if (addr.get() != old) {
                return false;
            }
            addr.set(v);
            return true;
        }
    }

    public static long addUint64(PtrJ addr, long delta) {
        synchronized (lockOf(addr)) {
            long v = addr.get() + delta;
            addr.set(v);
            return v;
        }
    }

    public static long loadUint64(PtrJ addr) {
        synchronized (lockOf(addr)) {
            return addr.get();
        }
    }

    public static void storeUint64(PtrJ addr, long v) {
        synchronized (lockOf(addr)) {
            addr.set(v);
        }
    }

    public static long swapUintptr(PtrJ addr, long v) {
        synchronized (lockOf(addr)) {
            long old = addr.get();
            addr.set(v);
            return old;
        }
    }

    public static boolean compareAndSwapUintptr(PtrJ addr, long old, long v) {
        synchronized (lockOf(addr)) {
            if (addr.get() != old) {
                return false;
            }
            addr.set(v);
            return true;
        }
    }

    public static long addUintptr(PtrJ addr, long delta) {
        synchronized (lockOf(addr)) {
            long v = addr.get() + delta;
            addr.set(v);
            return v;
        }
    }

    public static long loadUintptr(PtrJ addr) {
        synchronized (lockOf(addr)) {
            return addr.get();
        }
    }

    public static void storeUintptr(PtrJ addr, long v) {
        synchronized (lockOf(addr)) {
            addr.set(v);
        }
    }

    public static Object swapPointer(PtrL addr, Object v) {
        synchronized (lockOf(addr)) {
            Object old = addr.get();
            addr.set(v);
            return old;
        }
    }

    public static boolean compareAndSwapPointer(PtrL addr, Object old, Object v) {
        synchronized (lockOf(addr)) {
            if (!Ptr.eq(addr.get(), old)) {
                return false;
            }
            addr.set(v);
            return true;
        }
    }

    public static Object loadPointer(PtrL addr) {
        synchronized (lockOf(addr)) {
            return addr.get();
        }
    }

    public static void storePointer(PtrL addr, Object v) {
        synchronized (lockOf(addr)) {
            addr.set(v);
        }
    }
}
