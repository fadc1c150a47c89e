package gava.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PanicsTest {
    private static String msg(RuntimeException e) {
        return Panics.valueString(((GoPanic) e).value);
    }

    @Test
    void translate() {
        int[] a = new int[3];
        RuntimeException aioobe = null;
        try {
            a[5] = 1;
        } catch (RuntimeException e) {
            aioobe = e;
        }
        assertEquals("runtime error: index out of range [5] with length 3", msg(Panics.translate(aioobe)));
        GoPanic npe = Panics.toPanic(new NullPointerException());
        assertEquals("runtime error: invalid memory address or nil pointer dereference", msg(npe));
        assertTrue(npe.signal);
        assertEquals("runtime error: integer divide by zero", msg(Panics.translate(new ArithmeticException("/ by zero"))));
        assertEquals("runtime error: makeslice: len out of range",
                msg(Panics.translate(new NegativeArraySizeException("-1"))));
        GoPanic p = Panics.panic(1L);
        assertSame(p, Panics.translate(p));
        assertThrows(StackOverflowError.class, () -> Panics.translate(new StackOverflowError()));
    }

    @Test
    void values() {
        assertEquals("panic called with nil argument", msg(Panics.panic(null)));
        assertEquals("42", msg(Panics.panic(42L)));
        assertEquals("-3", msg(Panics.panic(-3)));
        assertEquals("true", msg(Panics.panic(true)));
        assertEquals("+1.500000e+000", msg(Panics.panic(1.5)));
        assertEquals("boom", msg(Panics.panic(GoString.lit("boom"))));
        GoPanicPrintable custom = () -> "main.E(\"x\")";
        assertEquals("main.E(\"x\")", msg(Panics.panic(custom)));
        assertEquals("assignment to entry in nil map", msg(Panics.nilMapWrite()));
        assertEquals("runtime error: integer divide by zero", msg(Panics.divideByZero()));
        assertEquals("runtime error: slice bounds out of range [:-2:]", msg(Panics.sliceBounds3B(-2, 1)));
        assertEquals("runtime error: slice bounds out of range [:4:3]", msg(Panics.sliceBounds3B(4, 3)));
        assertEquals("runtime error: slice bounds out of range [-1::]", msg(Panics.sliceBounds3C(-1, 3)));
    }

    @Test
    void customValues() {
        assertEquals("main.E(\"x\")", Panics.customValue("main.E", GoString.lit("x")));
        assertEquals("main.F(+1.500000e+000)", Panics.customValue("main.F", 1.5));
        assertEquals("main.B(true)", Panics.customValue("main.B", true));
        assertEquals("main.I(-5)", Panics.customValue("main.I", -5L));
        assertEquals("main.U(18446744073709551615)", Panics.customUnsigned("main.U", -1L));
        assertTrue(Panics.customValue("main.T", new Object()).startsWith("(main.T) 0xc"));
        assertEquals("interface conversion: interface {} is string, not int",
                msg(Panics.typeAssertion("interface {}", "string", "int")));
        assertEquals("interface conversion: interface {} is nil, not int",
                msg(Panics.typeAssertion("interface {}", null, "int")));
        assertEquals("interface conversion: main.T is not main.I: missing method M",
                msg(Panics.missingMethod("main.T", "main.I", "M")));
    }

    @Test
    void panicStringsPrintByteForByte() {
        byte[] r = Go.reportBytes(Panics.panic(GoString.of(new byte[] {'x', (byte) 0xff})), 1, null);
        assertEquals("panic: x", new String(r, 0, 8, java.nio.charset.StandardCharsets.ISO_8859_1));
        assertEquals((byte) 0xff, r[8]);
        assertEquals('\n', r[9]);
    }

    @Test
    void reportLayout() {
        GoPanic p = Panics.indexOutOfRange(5, 3);
        String r = Go.report(p, 1, null);
        assertTrue(r.startsWith("panic: runtime error: index out of range [5] with length 3\n\ngoroutine 1 [running]:\n"), r);
        String n = Go.report(new NullPointerException(), 1, null);
        assertTrue(n.startsWith("panic: runtime error: invalid memory address or nil pointer dereference\n"
                + "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n\ngoroutine 1 [running]:\n"), n);
        String so = Go.report(new StackOverflowError(), 1, null);
        assertTrue(so.startsWith("runtime: goroutine stack exceeds 1000000000-byte limit\n"), so);
        assertTrue(so.contains("\nfatal error: stack overflow\n\ngoroutine 1 [running]:\n"), so);
    }
}
