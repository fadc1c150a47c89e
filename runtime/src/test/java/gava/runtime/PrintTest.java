package gava.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PrintTest {
    @Test
    void floatsMatchGc() {
        int n = 0;
        for (String line : Vectors.lines("floats.txt")) {
            int sp = line.indexOf(' ');
            double v = Double.longBitsToDouble(Long.parseUnsignedLong(line.substring(0, sp)));
            assertEquals(line.substring(sp + 1), Print.formatFloat(v), line);
            n++;
        }
        assertTrue(n > 1000);
        assertEquals("NaN", Print.formatFloat(Double.NaN));
        assertEquals("+Inf", Print.formatFloat(Double.POSITIVE_INFINITY));
        assertEquals("-Inf", Print.formatFloat(Double.NEGATIVE_INFINITY));
        assertEquals("+1.000000e-001", Print.formatFloat((float) 0.1));
    }

    @Test
    void addresses() {
        assertEquals("0x0", Print.address(null));
        Object o = new Object();
        assertEquals(Print.address(o), Print.address(o));
        assertTrue(Print.address(o).startsWith("0xc"));
        long[] a = new long[4];
        ElemPtrJ p0 = new ElemPtrJ(a, 0);
        ElemPtrJ p0b = new ElemPtrJ(a, 0);
        assertEquals(Print.address(p0), Print.address(p0b));
    }
}
