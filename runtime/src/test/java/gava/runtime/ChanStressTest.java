package gava.runtime;

import static gava.runtime.ChanTest.check;
import static gava.runtime.ChanTest.spawn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Many goroutines, many messages: nothing lost, duplicated or reordered. Messages are
 * {@code producer * STRIDE + sequence} as Longs.
 */
@Timeout(180)
class ChanStressTest {
    static final long STRIDE = 1L << 32;

    /**
     * 1,000 producers send 1,000 messages each over 100 channels (10 producers per channel, half
     * unbuffered, half buffered); one consumer per channel checks that each producer's messages
     * arrive exactly once and in order.
     */
    @Test
    void thousandGoroutinesThousandMessagesEach() throws Exception {
        int producers = 1000;
        int messages = 1000;
        int channels = 100;
        int perChannel = producers / channels;
        Chan[] cs = new Chan[channels];
        for (int i = 0; i < channels; i++) {
            cs[i] = i % 2 == 0 ? Chan.make(null) : Chan.make(i % 7 + 1, null);
        }
        AtomicReference<Throwable> err = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(channels);
        for (int i = 0; i < channels; i++) {
            Chan c = cs[i];
            spawn(err, () -> {
                long[] next = new long[producers];
                for (int k = 0; k < perChannel * messages; k++) {
                    long m = (Long) Chan.recv(c);
                    int p = (int) (m / STRIDE);
                    long seq = m % STRIDE;
                    if (seq != next[p]) {
                        throw new AssertionError("producer " + p + ": got " + seq + ", want " + next[p]);
                    }
                    next[p]++;
                }
                if (Chan.tryRecv(c) != Chan.WOULD_BLOCK) {
                    throw new AssertionError("extra message");
                }
                done.countDown();
            });
        }
        for (int p = 0; p < producers; p++) {
            Chan c = cs[p % channels];
            long base = p * STRIDE;
            spawn(err, () -> {
                for (long s = 0; s < messages; s++) {
                    Chan.send(c, base + s);
                }
            });
        }
        assertTrue(done.await(150, TimeUnit.SECONDS), "consumers did not finish");
        check(err);
    }

    /** Several producers and consumers on one channel: every message received exactly once. */
    @Test
    void manyConsumersReceiveEachMessageOnce() throws Exception {
        for (int cap : new int[] {0, 1, 64}) {
            int producers = 16;
            int consumers = 16;
            int messages = 10_000;
            Chan c = Chan.make(cap, null);
            BitSet seen = new BitSet(producers * messages);
            AtomicLong dups = new AtomicLong();
            AtomicReference<Throwable> err = new AtomicReference<>();
            CountDownLatch done = new CountDownLatch(consumers);
            for (int k = 0; k < consumers; k++) {
                spawn(err, () -> {
                    for (Object v; (v = Chan.recv2(c)) != Chan.CLOSED; ) {
                        int m = (int) (long) (Long) v;
                        synchronized (seen) {
                            if (seen.get(m)) {
                                dups.incrementAndGet();
                            }
                            seen.set(m);
                        }
                    }
                    done.countDown();
                });
            }
            CountDownLatch sent = new CountDownLatch(producers);
            for (int p = 0; p < producers; p++) {
                long base = (long) p * messages;
                spawn(err, () -> {
                    for (long s = 0; s < messages; s++) {
                        Chan.send(c, base + s);
                    }
                    sent.countDown();
                });
            }
            assertTrue(sent.await(60, TimeUnit.SECONDS));
            Chan.close(c);
            assertTrue(done.await(60, TimeUnit.SECONDS));
            check(err);
            assertEquals(0, dups.get(), "duplicates, cap " + cap);
            assertEquals(producers * messages, seen.cardinality(), "lost messages, cap " + cap);
        }
    }

    /**
     * Consumers select over several channels (and a send case back to a collector) while producers
     * feed all of them: every message arrives exactly once.
     */
    @Test
    void selectsUnderLoad() throws Exception {
        int k = 4;
        Chan[] cs = new Chan[k];
        for (int i = 0; i < k; i++) {
            cs[i] = i % 2 == 0 ? Chan.make(null) : Chan.make(4, null);
        }
        Chan collected = Chan.make(16, null);
        int producersPerChannel = 8;
        int messages = 5_000;
        int total = k * producersPerChannel * messages;
        AtomicReference<Throwable> err = new AtomicReference<>();
        for (int i = 0; i < k; i++) {
            for (int p = 0; p < producersPerChannel; p++) {
                Chan c = cs[i];
                long base = (long) (i * producersPerChannel + p) * STRIDE;
                spawn(err, () -> {
                    for (long s = 0; s < messages; s++) {
                        Chan.send(c, base + s);
                    }
                });
            }
        }
        // consumers: select a receive from any channel, then forward with a select that may
        // also receive more (keeps both case kinds busy)
        int consumers = 8;
        for (int n = 0; n < consumers; n++) {
            spawn(err, () -> {
                java.util.ArrayDeque<Object> pending = new java.util.ArrayDeque<>();
                while (true) {
                    Select s = new Select(k + 1);
                    for (Chan c : cs) {
                        s.recv(c);
                    }
                    if (pending.isEmpty()) {
                        s.recv(null);
                    } else {
                        s.send(collected, pending.peek());
                    }
                    int i = s.select();
                    if (i == k) {
                        pending.poll();
                    } else {
                        pending.add(s.value());
                    }
                }
            });
        }
        BitSet seen = new BitSet();
        for (int m = 0; m < total; m++) {
            long v = (Long) Chan.recv(collected);
            int p = (int) (v / STRIDE);
            int seq = (int) (v % STRIDE);
            int bit = p * messages + seq;
            assertTrue(!seen.get(bit), "duplicate " + p + "/" + seq);
            seen.set(bit);
        }
        assertEquals(total, seen.cardinality());
        assertTrue(Chan.tryRecv(collected) == Chan.WOULD_BLOCK);
        check(err);
    }

    /** Goroutines that exchange messages in a ring, many rounds: the unbuffered hand-off path. */
    @Test
    void ringOfGoroutines() throws Exception {
        int n = 500;
        int rounds = 200;
        Chan[] ring = new Chan[n];
        for (int i = 0; i < n; i++) {
            ring[i] = Chan.make(null);
        }
        AtomicReference<Throwable> err = new AtomicReference<>();
        for (int i = 1; i < n; i++) {
            Chan in = ring[i - 1];
            Chan out = ring[i];
            spawn(err, () -> {
                for (int r = 0; r < rounds; r++) {
                    Chan.send(out, (Long) Chan.recv(in) + 1);
                }
            });
        }
        for (int r = 0; r < rounds; r++) {
            Chan.send(ring[0], (long) r);
            assertEquals((long) r + n - 1, Chan.recv(ring[n - 1]));
        }
        check(err);
    }
}
