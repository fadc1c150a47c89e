package gava.runtime;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Package time's runtime hooks (gc's runtime/time.go): the clocks, {@code time.Sleep} and the
 * timers behind {@code time.Timer}, {@code time.Ticker}, {@code time.After} and {@code AfterFunc}.
 *
 * <p>Timers: one binary heap ordered by due time, guarded by one lock, and one daemon thread
 * ({@code gava-timers}) that waits for the earliest timer and runs its function {@code f(arg, seq)}
 * (package time's {@code sendTime}, a non-blocking channel send, or {@code goFunc}, which starts a
 * goroutine), as gc's timer code runs them on whichever thread found them due. A pending timer
 * counts as a live goroutine for deadlock detection ({@link Sched#timerPending}), so a goroutine
 * waiting on a timer's channel is not reported as deadlocked; a one-shot timer stops counting only
 * after its function ran (the receiver it woke is running by then). A pending timer costs one heap
 * slot and no thread, so 100k of them are cheap; stop and reset are O(log n).
 *
 * <p>{@code time.Sleep} parks the goroutine with {@link Park#parkNanos}: a sleeping
 * goroutine is live and not blocked, so it never lets a deadlock be reported.
 *
 * <p>The Go side ({@code stdlib/overlay/time/sleep_gava.go}) keeps a {@link Timer} in an extra
 * field of its {@code runtimeTimer} and passes the function as an {@code any} (a {@code $Box·…}
 * holding the {@code $Func·…} object), which is called through a method handle found once per class.
 */
public final class Timers {
    private Timers() {}

    /** gc's maxWhen: a timer due then never fires. */
    private static final long MAX_WHEN = Long.MAX_VALUE;

    /** The origin of {@link #nanotime}: chosen so that the clock starts at one second. */
    private static final long ORIGIN = System.nanoTime() - 1_000_000_000L;

    // ---- clocks ----

    /**
     * gc's {@code runtime.nanotime}, time's {@code runtimeNano}: a monotonic clock in nanoseconds,
     * always positive (time's {@code when} relies on that to detect overflow).
     */
    public static long nanotime() {
        return System.nanoTime() - ORIGIN;
    }

    /** The wall clock in nanoseconds since 1970 (time's {@code now} splits it). */
    public static long walltime() {
        Instant i = Instant.now();
        return i.getEpochSecond() * 1_000_000_000L + i.getNano();
    }

    /** {@code time.Sleep(d)}: returns at once when d <= 0. */
    public static void sleep(long d) {
        if (d <= 0) {
            return;
        }
        long start = System.nanoTime();
        long left = d;
        while (left > 0) {
            Park.parkNanos(null, left);
            left = d - (System.nanoTime() - start);
        }
    }

    // ---- timers ----

    /** One runtime timer (gc's {@code runtime.timer}): its state while pending or being changed. */
    public static final class Timer {
        long when;
        long period;
        Object f;
        Object arg;
        long seq;
        /** Position in the heap, or -1 when not pending. */
        int index = -1;
        /** While the timer thread runs f (outside the lock): stop and mod wait until it is done. */
        boolean firing;
    }

    private static final ReentrantLock LOCK = new ReentrantLock();
    /** Signalled when the earliest timer changes. */
    private static final Condition CHANGED = LOCK.newCondition();
    /** Signalled when a timer's f has run ({@link Timer#firing} cleared). */
    private static final Condition FIRED = LOCK.newCondition();
    private static Timer[] heap = new Timer[64];
    private static int size;
    private static boolean started;

    /** A new, not pending timer for time's {@code runtimeTimer}. */
    public static Object newTimer() {
        return new Timer();
    }

    /**
     * time's {@code startTimer} and {@code modTimer}: (re)schedules the timer with these settings;
     * {@code f} is a Go {@code func(any, uintptr)} held in an interface. Returns whether the timer
     * was pending before (gc's modtimer result, which {@code resetTimer} returns).
     */
    public static boolean mod(Object h, long when, long period, Object f, Object arg, long seq) {
        Timer t = (Timer) h;
        if (when < 0) {
            when = MAX_WHEN;
        }
        boolean pending;
        LOCK.lock();
        try {
            awaitFired(t);
            t.period = period;
            t.f = f;
            t.arg = arg;
            t.seq = seq;
            pending = t.index >= 0;
            if (pending) {
                t.when = when;
                fix(t.index);
            } else {
                t.when = when;
                push(t);
                Sched.timerPending();
            }
            if (heap[0] == t) {
                wakeup();
            }
        } finally {
            LOCK.unlock();
        }
        return pending;
    }

    /** time's {@code stopTimer}: whether the call stopped a pending timer. */
    public static boolean stop(Object h) {
        Timer t = (Timer) h;
        LOCK.lock();
        try {
            awaitFired(t);
            if (t.index < 0) {
                return false;
            }
            remove(t.index);
        } finally {
            LOCK.unlock();
        }
        Sched.timerDone();
        return true;
    }

    /**
     * Under LOCK: waits while the timer thread is running t's f, so that when stop or reset
     * returns, a value f sent is in the channel already (time's Stop and Reset then drain it: Go
     * 1.23's guarantee that no stale value is received after they return).
     */
    private static void awaitFired(Timer t) {
        while (t.firing) {
            FIRED.awaitUninterruptibly();
        }
    }

    /**
     * {@code GODEBUG=asynctimerchan=1} or {@code //go:debug asynctimerchan=1} (as in Go 1.23+):
     * Stop and Reset keep Go 1.22's semantics (a value already sent stays in the channel, and Stop
     * then reports false). Read once, when time first asks (after the program's settings).
     */
    private static volatile Boolean asyncTimerChan;

    /**
     * Marks the channel of a timer or ticker started under synchronous timers (asynctimerchan=0):
     * its len and cap are 0 from then on, as in Go 1.23.
     */
    public static void syncTimerChan(Chan c) {
        if (c != null && !asyncTimerChan()) {
            c.timerView = true;
        }
    }

    /** Whether Stop and Reset leave a sent value in a timer's channel (time's overlay asks). */
    public static boolean asyncTimerChan() {
        Boolean b = asyncTimerChan;
        if (b == null) {
            asyncTimerChan = b = godebug("asynctimerchan", "1");
        }
        return b;
    }

    /**
     * Whether $GODEBUG (the last setting of key wins), else a {@code //go:debug} line of the
     * program ({@link Go#godebug}), sets {@code key=value}, as in gc.
     */
    static boolean godebug(String key, String value) {
        String env = System.getenv("GODEBUG");
        String found = Go.GODEBUG.get(key);
        if (env != null) {
            for (String kv : env.split(",")) {
                int eq = kv.indexOf('=');
                if (eq > 0 && kv.substring(0, eq).trim().equals(key)) {
                    found = kv.substring(eq + 1).trim();
                }
            }
        }
        return value.equals(found);
    }

    /** The number of pending timers (for tests). */
    static int pending() {
        LOCK.lock();
        try {
            return size;
        } finally {
            LOCK.unlock();
        }
    }

    /** Under LOCK: makes sure the timer thread runs and sees the new earliest timer. */
    private static void wakeup() {
        if (!started) {
            started = true;
            Thread th = new Thread(Timers::loop, "gava-timers");
            th.setDaemon(true);
            th.start();
        } else {
            CHANGED.signal();
        }
    }

    /** The timer thread: runs each timer's function when it is due. */
    private static void loop() {
        while (true) {
            Timer t;
            Object f;
            Object arg;
            long seq;
            boolean oneShot;
            LOCK.lock();
            try {
                while (true) {
                    if (size == 0) {
                        CHANGED.awaitUninterruptibly();
                        continue;
                    }
                    long delta = heap[0].when - nanotime();
                    if (delta > 0) {
                        try {
                            CHANGED.awaitNanos(delta);
                        } catch (InterruptedException e) {
                            // look again
                        }
                        continue;
                    }
                    break;
                }
                t = heap[0];
                t.firing = true;
                f = t.f;
                arg = t.arg;
                seq = t.seq;
                oneShot = t.period <= 0;
                if (oneShot) {
                    remove(0);
                } else {
                    // gc's runOneTimer: the next multiple of period after now
                    long delta = t.when - nanotime();
                    t.when += t.period * (1 + -delta / t.period);
                    if (t.when < 0) {
                        t.when = MAX_WHEN;
                    }
                    fix(0);
                }
            } finally {
                LOCK.unlock();
            }
            run(f, arg, seq);
            LOCK.lock();
            try {
                t.firing = false;
                FIRED.signalAll();
            } finally {
                LOCK.unlock();
            }
            if (oneShot) {
                Sched.timerDone();
            }
        }
    }

    /** Calls the Go function f(arg, seq); a panic in it ends the program as gc's would. */
    private static void run(Object f, Object arg, long seq) {
        try {
            CALL.get(f.getClass()).invoke(f, arg, seq);
        } catch (Throwable e) {
            Go.die(e, 0, null);
        }
    }

    // ---- calling a Go func(any, uintptr) held in an interface ----

    private static final MethodType FUNC_TYPE = MethodType.methodType(void.class, Object.class, long.class);
    private static final MethodType CALL_TYPE = MethodType.methodType(void.class, Object.class, Object.class, long.class);

    /** Per class of the function object: a handle (Object f, Object arg, long seq) -> void. */
    private static final ClassValue<MethodHandle> CALL = new ClassValue<>() {
        @Override
        protected MethodHandle computeValue(Class<?> c) {
            try {
                return callHandle(c).asType(CALL_TYPE);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("not a Go func(any, uintptr): " + c.getName(), e);
            }
        }
    };

    /**
     * The handle calling a function object of class c: the {@code call} method of its
     * {@code $Func·…} interface, or for a box, that of its {@code v} field's value.
     */
    private static MethodHandle callHandle(Class<?> c) throws ReflectiveOperationException {
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        for (Class<?> i : allInterfaces(c)) {
            for (Method m : i.getMethods()) {
                if (m.getName().equals("call") && Modifier.isAbstract(m.getModifiers())
                        && Arrays.equals(m.getParameterTypes(), FUNC_TYPE.parameterArray())
                        && m.getReturnType() == void.class) {
                    return lookup.findVirtual(i, "call", FUNC_TYPE);
                }
            }
        }
        Field v = c.getField("v");
        MethodHandle get = lookup.unreflectGetter(v);
        MethodHandle inner = callHandle(v.getType());
        // (box, arg, seq) -> inner(box.v, arg, seq)
        return MethodHandles.filterArguments(inner.asType(inner.type().changeParameterType(0, v.getType())), 0, get);
    }

    private static Class<?>[] allInterfaces(Class<?> c) {
        if (c.isInterface()) {
            return new Class<?>[] {c};
        }
        java.util.List<Class<?>> out = new java.util.ArrayList<>();
        for (Class<?> k = c; k != null; k = k.getSuperclass()) {
            out.addAll(Arrays.asList(k.getInterfaces()));
        }
        return out.toArray(new Class<?>[0]);
    }

    // ---- the heap (under LOCK) ----

    private static void push(Timer t) {
        if (size == heap.length) {
            heap = Arrays.copyOf(heap, size * 2);
        }
        heap[size] = t;
        t.index = size;
        size++;
        up(t.index);
    }

    private static void remove(int i) {
        Timer t = heap[i];
        size--;
        if (i != size) {
            heap[i] = heap[size];
            heap[i].index = i;
            heap[size] = null;
            fix(i);
        } else {
            heap[size] = null;
        }
        t.index = -1;
    }

    private static void fix(int i) {
        if (!up(i)) {
            down(i);
        }
    }

    private static boolean up(int i) {
        int start = i;
        Timer t = heap[i];
        while (i > 0) {
            int p = (i - 1) / 2;
            if (heap[p].when <= t.when) {
                break;
            }
            heap[i] = heap[p];
            heap[i].index = i;
            i = p;
        }
        heap[i] = t;
        t.index = i;
        return i != start;
    }

    private static void down(int i) {
        Timer t = heap[i];
        while (true) {
            int c = 2 * i + 1;
            if (c >= size) {
                break;
            }
            if (c + 1 < size && heap[c + 1].when < heap[c].when) {
                c++;
            }
            if (heap[c].when >= t.when) {
                break;
            }
            heap[i] = heap[c];
            heap[i].index = i;
            i = c;
        }
        heap[i] = t;
        t.index = i;
    }
}
