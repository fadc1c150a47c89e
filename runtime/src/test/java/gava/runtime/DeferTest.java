package gava.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gop.rectest.$Package;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DeferTest {
    @BeforeEach
    void reset() {
        $Package.got = null;
        $Package.got2 = null;
    }

    private static String report(GoPanic p) {
        return Go.panicsText(p);
    }

    @Test
    void recoverStopsThePanic() {
        assertNull($Package.escaping($Package::simple));
        assertEquals(GoString.lit("x"), $Package.got);
    }

    @Test
    void recoverWhenNotPanickingIsNil() {
        assertNull($Package.escaping($Package::notPanicking));
        assertNull($Package.got);
        assertNull(Defer.recover());
    }

    @Test
    void recoverNotCalledDirectlyByTheDeferredFunctionIsNil() {
        GoPanic p = $Package.escaping($Package::indirect);
        assertNotNull(p);
        assertEquals(2L, p.value);
        assertNull($Package.got);
    }

    @Test
    void deferRecoverIsANoOp() {
        GoPanic p = $Package.escaping($Package::deferRecover);
        assertNotNull(p);
        assertEquals(3L, p.value);
    }

    @Test
    void deferRecoverInsideADeferredFunctionSquelches() {
        assertNull($Package.escaping($Package::deferDeferRecover));
    }

    @Test
    void panicInADeferredCallChains() {
        GoPanic p = $Package.escaping($Package::panicInDefer);
        assertEquals("panic: first\n\tpanic: second\n", report(p));
    }

    @Test
    void recoveredThenRepanickedIsMarked() {
        GoPanic p = $Package.escaping($Package::recoverThenPanic);
        assertEquals(GoString.lit("first"), $Package.got);
        assertEquals("panic: first [recovered]\n\tpanic: again\n", report(p));
    }

    @Test
    void aCompletedRecoveryIsForgotten() {
        GoPanic p = $Package.escaping($Package::recoveredThenLaterPanic);
        assertEquals("panic: second\n", report(p));
    }

    @Test
    void jvmExceptionsBecomeRuntimeErrors() {
        assertEquals(7, $Package.nilDeref());
        RuntimeError e = (RuntimeError) $Package.got;
        assertEquals("runtime error: invalid memory address or nil pointer dereference", e.error());
    }

    @Test
    void innermostDeferredCallRecoversFirst() {
        assertNull($Package.escaping($Package::outer));
        assertEquals(5L, $Package.got2);
        assertNull($Package.got);
    }

    @Test
    void tracebackShowsThePanicFunctionWhereADeferredCallPanicked() {
        GoPanic p = $Package.escaping($Package::panicInDefer);
        String r = Go.report(p, 1, null);
        String[] lines = r.split("\n");
        assertEquals("panic: first", lines[0]);
        assertEquals("\tpanic: second", lines[1]);
        assertEquals("", lines[2]);
        assertEquals("goroutine 1 [running]:", lines[3]);
        assertEquals("rectest.doPanic(...)", lines[4]);
        assertTrue(lines[5].startsWith("\t$Package.java:"), lines[5]);
        assertEquals("panic({0x45d820, 0xc000012000})", lines[6]);
        assertEquals("\t/usr/local/go/src/runtime/panic.go:884", lines[7]);
        assertEquals("rectest.panicInDefer()", lines[8]);
        assertEquals("rectest.escaping(...)", lines[10]); // the test's caller, also in gop/rectest/$Package
        assertEquals(12, lines.length);
    }

    @Test
    void signalLineSurvivesARepanic() {
        GoPanic first = Panics.toPanic(new NullPointerException());
        first.recovered = true;
        GoPanic second = Panics.panic(first.value);
        second.link = first;
        String r = Go.report(second, 1, null);
        assertTrue(r.startsWith("panic: runtime error: invalid memory address or nil pointer dereference [recovered]\n"
                + "\tpanic: runtime error: invalid memory address or nil pointer dereference\n"
                + "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n\ngoroutine 1 [running]:\n"), r);
    }

    @Test
    void fatalErrorsDoNotRunDeferredCalls() {
        Defer d = new Defer();
        boolean[] ran = {false};
        d.push(() -> ran[0] = true);
        assertThrows(StackOverflowError.class, () -> d.panicked(new StackOverflowError()));
        assertTrue(!ran[0]);
    }
}
