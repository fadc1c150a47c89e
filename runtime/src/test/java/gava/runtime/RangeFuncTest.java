package gava.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The protocol of a range-over-function loop's state, as compiled yield methods drive it. */
class RangeFuncTest {
    private static String message(GoPanic p) {
        return ((RuntimeError) p.value).error();
    }

    @Test
    void bodiesThatEndOrContinueReturnTrueAndTheLoopEndsWithCodeZero() {
        RangeFunc loop = new RangeFunc(null);
        for (int i = 0; i < 3; i++) {
            loop.enter();
            assertTrue(loop.next());
        }
        assertEquals(0, loop.finish());
    }

    @Test
    void anExitReturnsFalseAndIsTheLoopsResult() {
        RangeFunc loop = new RangeFunc(null);
        loop.enter();
        assertFalse(loop.exit(3));
        assertEquals(3, loop.finish());
    }

    @Test
    void yieldAfterFalsePanics() {
        RangeFunc loop = new RangeFunc(null);
        loop.enter();
        loop.exit(0);
        GoPanic p = assertThrows(GoPanic.class, loop::enter);
        assertEquals("runtime error: range function continued iteration after function for loop body returned false", message(p));
    }

    @Test
    void yieldAfterTheLoopPanics() {
        RangeFunc loop = new RangeFunc(null);
        loop.finish();
        GoPanic p = assertThrows(GoPanic.class, loop::enter);
        assertEquals("runtime error: range function continued iteration after whole loop exit", message(p));
    }

    @Test
    void aBodyPanicMustNotBeSwallowed() {
        RangeFunc loop = new RangeFunc(null);
        loop.enter(); // the body panics: neither next nor exit runs
        GoPanic again = assertThrows(GoPanic.class, loop::enter);
        assertEquals("runtime error: range function continued iteration after loop body panic", message(again));
        GoPanic p = assertThrows(GoPanic.class, loop::finish);
        assertEquals("runtime error: range function recovered a loop body panic and did not resume panicking", message(p));
    }

    @Test
    void carriesTheEnclosingFunctionsDefers() {
        Defer d = new Defer();
        assertSame(d, new RangeFunc(d).defer);
    }
}
