package gava.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Channel operations as gc 1.19 performs them. */
@Timeout(60)
class ChanTest {
    /** Runs f on a new goroutine; a failure is recorded in {@code err} instead of ending the JVM. */
    static void spawn(AtomicReference<Throwable> err, Runnable f) {
        Go.go(() -> {
            try {
                f.run();
            } catch (Throwable t) {
                err.compareAndSet(null, t);
            }
        });
    }

    static void check(AtomicReference<Throwable> err) {
        if (err.get() != null) {
            throw new AssertionError("in a goroutine", err.get());
        }
    }

    /** Waits until thread-ish condition holds (a goroutine reached its blocking point). */
    static void eventually(java.util.function.BooleanSupplier cond) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!cond.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("condition not reached");
            }
            Thread.sleep(1);
        }
    }

    static boolean waiting(Chan c, boolean senders) {
        c.lock.lock();
        try {
            return !(senders ? c.sendq : c.recvq).isEmpty();
        } finally {
            c.lock.unlock();
        }
    }

    static GoPanic panicOf(Runnable r) {
        return assertThrows(GoPanic.class, r::run);
    }

    static String message(GoPanic p) {
        RuntimeError e = (RuntimeError) p.value;
        assertFalse(e.prefixed, "gc raises channel errors as plainError");
        return e.error();
    }

    @Test
    void bufferedIsFifo() {
        Chan c = Chan.make(3, null);
        assertEquals(3, Chan.cap(c));
        assertEquals(0, Chan.len(c));
        Chan.send(c, 1L);
        Chan.send(c, 2L);
        Chan.send(c, 3L);
        assertEquals(3, Chan.len(c));
        assertFalse(Chan.trySend(c, 4L));
        assertEquals(1L, Chan.recv(c));
        assertEquals(2L, Chan.recv2(c));
        assertEquals(3L, Chan.tryRecv(c));
        assertSame(Chan.WOULD_BLOCK, Chan.tryRecv(c));
        assertEquals(0, Chan.len(c));
    }

    @Test
    void ringBufferWrapsAndGrows() {
        Chan c = Chan.make(1000, null);
        long next = 0;
        long expect = 0;
        for (int round = 0; round < 50; round++) {
            // fill most of it with the head somewhere in the middle, then drain part
            while (Chan.len(c) < 997) {
                Chan.send(c, next++);
            }
            for (int k = 0; k < 333; k++) {
                assertEquals(expect++, Chan.recv(c));
            }
        }
        while (Chan.len(c) > 0) {
            assertEquals(expect++, Chan.recv(c));
        }
        assertEquals(next, expect);
    }

    @Test
    void unbufferedSendWaitsForAReceiver() throws Exception {
        Chan c = Chan.make(null);
        AtomicBoolean sent = new AtomicBoolean();
        AtomicReference<Throwable> err = new AtomicReference<>();
        spawn(err, () -> {
            Chan.send(c, GoString.lit("x"));
            sent.set(true);
        });
        eventually(() -> waiting(c, true));
        assertFalse(sent.get());
        assertFalse(Chan.trySend(c, 1L), "no receiver waits");
        assertEquals(0, Chan.len(c));
        assertEquals(GoString.lit("x"), Chan.recv(c));
        eventually(sent::get);
        check(err);
    }

    @Test
    void unbufferedHandsOffToAWaitingReceiver() throws Exception {
        Chan c = Chan.make(null);
        AtomicReference<Object> got = new AtomicReference<>();
        AtomicReference<Throwable> err = new AtomicReference<>();
        spawn(err, () -> got.set(Chan.recv(c)));
        eventually(() -> waiting(c, false));
        assertTrue(Chan.trySend(c, 42L), "a receiver waits");
        eventually(() -> got.get() != null);
        assertEquals(42L, got.get());
        check(err);
    }

    @Test
    void fullBufferTakesTheWaitingSendersValue() throws Exception {
        Chan c = Chan.make(1, null);
        Chan.send(c, 1L);
        AtomicReference<Throwable> err = new AtomicReference<>();
        spawn(err, () -> Chan.send(c, 2L));
        eventually(() -> waiting(c, true));
        assertEquals(1L, Chan.recv(c));
        assertEquals(1, Chan.len(c));
        assertEquals(2L, Chan.recv(c));
        check(err);
    }

    @Test
    void receiveFromClosedDrainsThenGivesZero() {
        Chan c = Chan.make(2, Zero.STRING);
        Chan.send(c, GoString.lit("a"));
        Chan.close(c);
        assertEquals(GoString.lit("a"), Chan.recv2(c));
        assertSame(Chan.CLOSED, Chan.recv2(c));
        assertSame(Chan.CLOSED, Chan.tryRecv(c));
        assertSame(GoString.EMPTY, Chan.recv(c));
        assertSame(GoString.EMPTY, Chan.zero(c));
        Chan n = Chan.make(null);
        Chan.close(n);
        assertNull(Chan.recv(n));
    }

    @Test
    void zeroValuesOfMutableTypesAreFresh() {
        Zero arr = new Zero() {
            @Override
            public Object zero() {
                return new long[2];
            }

            @Override
            public int size() {
                return 16;
            }

            @Override
            public boolean immutable() {
                return false;
            }
        };
        Chan c = Chan.make(arr);
        Chan.close(c);
        Object a = Chan.recv(c);
        Object b = Chan.recv(c);
        assertTrue(a instanceof long[] && b instanceof long[] && a != b);
    }

    @Test
    void channelPanics() {
        assertEquals("close of nil channel", message(panicOf(() -> Chan.close(null))));
        Chan c = Chan.make(1, null);
        Chan.close(c);
        assertEquals("close of closed channel", message(panicOf(() -> Chan.close(c))));
        assertEquals("send on closed channel", message(panicOf(() -> Chan.send(c, 1L))));
        assertEquals("send on closed channel", message(panicOf(() -> Chan.trySend(c, 1L))));
        assertEquals("makechan: size out of range", message(panicOf(() -> Chan.make(-1, null))));
        assertEquals("makechan: size out of range", message(panicOf(() -> Chan.make(1L << 62, null))));
        assertEquals("makechan: size out of range", message(panicOf(() -> Chan.make(1L << 45, Zero.STRING))));
        assertEquals("makechan: size out of range", message(panicOf(() -> Chan.make(1L << 44, Zero.STRING))));
        assertEquals(1L << 43, Chan.cap(Chan.make(1L << 43, Zero.STRING)), "the buffer grows on demand");
    }

    @Test
    void zeroSizeElementsAreCounted() {
        Object empty = new Object();
        Chan c = Chan.make(Long.MAX_VALUE, Zero.of(empty, 0));
        for (int i = 0; i < 100_000; i++) {
            Chan.send(c, empty);
        }
        assertEquals(100_000, Chan.len(c));
        assertSame(empty, Chan.recv(c));
        assertEquals(99_999, Chan.len(c));
    }

    @Test
    void nilChannel() throws Exception {
        assertFalse(Chan.trySend(null, 1L));
        assertSame(Chan.WOULD_BLOCK, Chan.tryRecv(null));
        assertEquals(0, Chan.len(null));
        assertEquals(0, Chan.cap(null));
        assertNull(Chan.zero(null));
        // blocks forever (the goroutine stays parked)
        Thread t = Thread.ofVirtual().start(() -> Chan.recv(null));
        assertFalse(t.join(java.time.Duration.ofMillis(100)));
        Thread u = Thread.ofVirtual().start(() -> Chan.send(null, 1L));
        assertFalse(u.join(java.time.Duration.ofMillis(100)));
    }

    @Test
    void closeWakesAllReceiversAndSenders() throws Exception {
        Chan r = Chan.make(null);
        Chan s = Chan.make(null);
        int n = 50;
        CountDownLatch done = new CountDownLatch(2 * n);
        List<Object> got = java.util.Collections.synchronizedList(new ArrayList<>());
        List<String> panics = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < n; i++) {
            Go.go(() -> {
                got.add(Chan.recv2(r));
                done.countDown();
            });
            Go.go(() -> {
                try {
                    Chan.send(s, 1L);
                } catch (GoPanic p) {
                    panics.add(p.value.toString());
                }
                done.countDown();
            });
        }
        eventually(() -> count(r, false) == n && count(s, true) == n);
        Chan.close(r);
        Chan.close(s);
        assertTrue(done.await(20, TimeUnit.SECONDS));
        assertEquals(n, got.size());
        assertTrue(got.stream().allMatch(v -> v == Chan.CLOSED));
        assertEquals(n, panics.size());
        assertTrue(panics.stream().allMatch("send on closed channel"::equals));
    }

    static int count(Chan c, boolean senders) {
        // number of waiters, by draining a copy of the queue walk (test-only)
        c.lock.lock();
        try {
            WaitQueue q = senders ? c.sendq : c.recvq;
            return q.size();
        } finally {
            c.lock.unlock();
        }
    }

    @Test
    void goexitRunsDeferredCallsAndEndsTheGoroutine() throws Exception {
        Chan c = Chan.make(3, null);
        Go.go(() -> {
            Defer d = new Defer();
            try {
                d.push(() -> Chan.send(c, Defer.recover() == null ? "nil" : "recovered"));
                d.push(() -> Chan.send(c, "deferred"));
                Go.goexit();
                Chan.send(c, "not reached");
            } catch (Throwable t) {
                d.panicked(t);
                Chan.send(c, "not reached either");
                return;
            }
            d.run();
        });
        assertEquals("deferred", Chan.recv(c));
        assertEquals("nil", Chan.recv(c));
        Thread.sleep(50);
        assertEquals(0, Chan.len(c));
    }

    @Test
    void goexitInADeferredCallStillRunsTheOthers() throws Exception {
        Chan c = Chan.make(3, null);
        Go.go(() -> {
            Defer d = new Defer();
            try {
                d.push(() -> Chan.send(c, "first"));
                d.push(() -> Go.goexit());
                d.push(() -> Chan.send(c, "last"));
            } catch (Throwable t) {
                d.panicked(t);
                return;
            }
            d.run();
            Chan.send(c, "not reached");
        });
        assertEquals("last", Chan.recv(c));
        assertEquals("first", Chan.recv(c));
        Thread.sleep(50);
        assertEquals(0, Chan.len(c));
    }

    @Test
    void goroutineIdsAndCounts() throws Exception {
        Chan c = Chan.make(null);
        Chan ids = Chan.make(1, null);
        long before = Go.numGoroutine();
        Go.go(() -> {
            Chan.send(ids, Go.goroutineId());
            Chan.recv(c);
        });
        long id = (Long) Chan.recv(ids);
        assertTrue(id >= 5, "ids start at 5 as in gc: " + id);
        assertEquals(before + 1, Go.numGoroutine());
        Chan.send(c, 1L);
        eventually(() -> Go.numGoroutine() == before);
        assertEquals(0, Go.goroutineId(), "a JUnit thread is not a goroutine");
    }
}
