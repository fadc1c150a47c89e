package gava.runtime;

import static gava.runtime.ChanTest.check;
import static gava.runtime.ChanTest.count;
import static gava.runtime.ChanTest.eventually;
import static gava.runtime.ChanTest.spawn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The select statement as gc 1.19 runs it. */
@Timeout(60)
class SelectTest {
    @Test
    void defaultWhenNothingIsReady() {
        Chan a = Chan.make(null);
        Chan b = Chan.make(1, null);
        Chan.send(b, 1L);
        assertEquals(-1, new Select(2).recv(a).send(b, 2L).trySelect());
        assertEquals(-1, new Select(0).trySelect());
        assertEquals(-1, new Select(2).recv(null).send(null, 1L).trySelect(), "nil channels never proceed");
    }

    @Test
    void readyCasesProceed() {
        Chan a = Chan.make(1, null);
        Chan b = Chan.make(1, null);
        Chan.send(b, 7L);
        Select s = new Select(3).send(null, 0L).send(a, 5L).recv(null);
        assertEquals(1, s.trySelect());
        assertEquals(5L, Chan.recv(a));
        Select r = new Select(2).recv(a).recv(b);
        assertEquals(1, r.select());
        assertEquals(7L, r.value());
        assertTrue(r.ok());
    }

    @Test
    void receiveFromClosedGivesZeroNotOk() {
        Chan a = Chan.make(Zero.STRING);
        Chan.close(a);
        Select s = new Select(1).recv(a);
        assertEquals(0, s.select());
        assertEquals(GoString.EMPTY, s.value());
        assertFalse(s.ok());
    }

    @Test
    void sendOnClosedPanics() {
        Chan a = Chan.make(null);
        Chan.close(a);
        GoPanic p = assertThrows(GoPanic.class, () -> new Select(1).send(a, 1L).trySelect());
        assertEquals("send on closed channel", p.value.toString());
    }

    @Test
    void blockedSelectIsWokenBySendOrClose() throws Exception {
        Chan a = Chan.make(null);
        Chan b = Chan.make(null);
        AtomicReference<Throwable> err = new AtomicReference<>();
        AtomicReference<String> got = new AtomicReference<>();
        spawn(err, () -> {
            Select s = new Select(2).recv(a).recv(b);
            int k = s.select();
            got.set(k + " " + s.value() + " " + s.ok());
        });
        eventually(() -> count(a, false) == 1 && count(b, false) == 1);
        Chan.send(b, 3L);
        eventually(() -> got.get() != null);
        assertEquals("1 3 true", got.get());
        assertEquals(0, count(a, false), "the other case left its queue");

        got.set(null);
        spawn(err, () -> {
            Select s = new Select(2).recv(a).recv(b);
            int k = s.select();
            got.set(k + " " + s.value() + " " + s.ok());
        });
        eventually(() -> count(a, false) == 1 && count(b, false) == 1);
        Chan.close(a);
        eventually(() -> got.get() != null);
        assertEquals("0 null false", got.get());
        assertEquals(0, count(b, false));
        check(err);
    }

    @Test
    void blockedSendCaseOnClosedChannelPanics() throws Exception {
        Chan a = Chan.make(null);
        AtomicReference<Object> got = new AtomicReference<>();
        Go.go(() -> {
            try {
                new Select(2).send(a, 1L).recv(Chan.make(null)).select();
                got.set("no panic");
            } catch (GoPanic p) {
                got.set(p.value.toString());
            }
        });
        eventually(() -> count(a, true) == 1);
        Chan.close(a);
        eventually(() -> got.get() != null);
        assertEquals("send on closed channel", got.get());
    }

    @Test
    void blockedSelectSendsToAnArrivingReceiver() throws Exception {
        Chan a = Chan.make(null);
        Chan b = Chan.make(null);
        AtomicInteger chose = new AtomicInteger(-2);
        AtomicReference<Throwable> err = new AtomicReference<>();
        spawn(err, () -> chose.set(new Select(2).send(a, "to a").send(b, "to b").select()));
        eventually(() -> count(a, true) == 1 && count(b, true) == 1);
        assertEquals("to b", Chan.recv(b));
        eventually(() -> chose.get() == 1);
        assertEquals(0, count(a, true));
        assertEquals(-1, new Select(1).recv(a).trySelect());
        check(err);
    }

    @Test
    void sameChannelInSeveralCases() throws Exception {
        Chan a = Chan.make(null);
        AtomicReference<Throwable> err = new AtomicReference<>();
        AtomicReference<String> got = new AtomicReference<>();
        spawn(err, () -> {
            Select s = new Select(3).recv(a).send(a, 9L).recv(a);
            int k = s.select();
            got.set(k + " " + s.value());
        });
        eventually(() -> count(a, false) == 2 && count(a, true) == 1);
        assertEquals(9L, Chan.recv(a));
        eventually(() -> got.get() != null);
        assertEquals("1 null", got.get());
        assertEquals(0, count(a, false));
        check(err);
    }

    @Test
    void quietChannelsDoNotCollectWaiters() throws Exception {
        Chan quiet = Chan.make(null);
        Chan busy = Chan.make(null);
        int n = 2000;
        AtomicReference<Throwable> err = new AtomicReference<>();
        spawn(err, () -> {
            for (long i = 0; i < n; i++) {
                Chan.send(busy, i);
            }
        });
        for (long i = 0; i < n; i++) {
            Select s = new Select(2).recv(quiet).recv(busy);
            assertEquals(1, s.select());
            assertEquals(i, s.value());
        }
        assertEquals(0, count(quiet, false));
        check(err);
    }

    /** Each of k ready cases is chosen with probability 1/k (gc's random poll order). */
    @Test
    void choiceAmongReadyCasesIsUniform() {
        for (int k : new int[] {2, 3, 5}) {
            Chan[] cs = new Chan[k];
            for (int i = 0; i < k; i++) {
                cs[i] = Chan.make(1, null);
                Chan.send(cs[i], (long) i);
            }
            int rounds = 60_000;
            int[] hits = new int[k];
            for (int r = 0; r < rounds; r++) {
                Select s = new Select(k);
                for (Chan c : cs) {
                    s.recv(c);
                }
                int i = s.trySelect();
                hits[i]++;
                Chan.send(cs[i], (long) i); // refill
            }
            double p = 1.0 / k;
            double sigma = Math.sqrt(rounds * p * (1 - p));
            for (int i = 0; i < k; i++) {
                assertTrue(Math.abs(hits[i] - rounds * p) < 5 * sigma,
                        "case " + i + " of " + k + " chosen " + hits[i] + " times in " + rounds);
            }
        }
    }

    /** A send case and a receive case both ready: each about half the time. */
    @Test
    void sendAndReceiveCasesAreChosenFairly() {
        Chan in = Chan.make(1, null);
        Chan out = Chan.make(1, null);
        int rounds = 40_000;
        int sends = 0;
        for (int r = 0; r < rounds; r++) {
            Chan.trySend(in, 1L);
            Chan.tryRecv(out);
            Select s = new Select(2).recv(in).send(out, 2L);
            if (s.trySelect() == 1) {
                sends++;
            }
        }
        double sigma = Math.sqrt(rounds * 0.25);
        assertTrue(Math.abs(sends - rounds / 2.0) < 5 * sigma, "send chosen " + sends + " of " + rounds);
    }

    @Test
    void selectWithOnlyNilChannelsBlocksForever() throws Exception {
        Thread t = Thread.ofVirtual().start(() -> new Select(1).recv(null).select());
        assertFalse(t.join(java.time.Duration.ofMillis(100)));
        Thread u = Thread.ofVirtual().start(() -> {
            throw Select.block();
        });
        assertFalse(u.join(java.time.Duration.ofMillis(100)));
        assertNull(new Select(0).value());
    }
}
