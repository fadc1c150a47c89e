package gava.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@link Timers}: due order, stop/reset results (gc's deltimer/modtimer), periodic timers, and the
 * call of the timer function through a {@code $Func·…}-like interface or a box holding one.
 */
class TimersTest {
    /** Stands for a generated {@code $Func·(Ljava/lang/Object;J)V} interface. */
    public interface Fn {
        void call(Object arg, long seq);
    }

    /** Stands for a generated {@code $Box·…} holding a func value. */
    public static final class Box {
        public final Fn v;

        Box(Fn v) {
            this.v = v;
        }
    }

    @Test
    void firesInDueOrder() throws InterruptedException {
        int n = 2000;
        List<Long> fired = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch done = new CountDownLatch(n);
        Fn f = (arg, seq) -> {
            fired.add(seq);
            done.countDown();
        };
        long now = Timers.nanotime();
        for (int i = 0; i < n; i++) {
            long seq = (i * 7919L) % n; // a permutation of 0..n-1
            Timers.mod(Timers.newTimer(), now + 20_000_000L + seq * 10_000L, 0, f, null, seq);
        }
        assertTrue(done.await(10, TimeUnit.SECONDS));
        for (int i = 1; i < n; i++) {
            assertTrue(fired.get(i - 1) < fired.get(i), "order at " + i);
        }
    }

    @Test
    void stopAndReset() throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Object[] got = new Object[2];
        Box f = new Box((arg, seq) -> {
            got[0] = arg;
            got[1] = seq;
            done.countDown();
        });
        Object t = Timers.newTimer();
        assertFalse(Timers.stop(t), "never started");
        assertFalse(Timers.mod(t, Long.MAX_VALUE, 0, f, "x", 1), "not pending before");
        assertTrue(Timers.mod(t, Timers.nanotime() + 1_000_000_000_000L, 0, f, "y", 2), "pending");
        assertTrue(Timers.stop(t));
        assertFalse(Timers.stop(t));
        assertFalse(Timers.mod(t, Timers.nanotime() + 1_000_000L, 0, f, "z", 3));
        assertTrue(done.await(10, TimeUnit.SECONDS));
        assertEquals("z", got[0]);
        assertEquals(3L, got[1]);
        Thread.sleep(20);
        assertFalse(Timers.stop(t), "fired");
    }

    @Test
    void periodic() throws InterruptedException {
        CountDownLatch ticks = new CountDownLatch(5);
        Fn f = (arg, seq) -> ticks.countDown();
        Object t = Timers.newTimer();
        long start = System.nanoTime();
        Timers.mod(t, Timers.nanotime() + 2_000_000L, 2_000_000L, f, null, 0);
        assertTrue(ticks.await(10, TimeUnit.SECONDS));
        assertTrue(System.nanoTime() - start >= 10_000_000L, "five periods of 2ms");
        assertTrue(Timers.stop(t));
    }

    @Test
    void sleepAndClocks() {
        long t0 = Timers.nanotime();
        assertTrue(t0 > 0);
        Timers.sleep(5_000_000L);
        assertTrue(Timers.nanotime() - t0 >= 5_000_000L);
        Timers.sleep(-1);
        long wall = Timers.walltime();
        assertTrue(Math.abs(wall / 1_000_000L - System.currentTimeMillis()) < 10_000);
    }
}
