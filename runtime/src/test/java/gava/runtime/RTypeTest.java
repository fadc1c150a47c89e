package gava.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Run-time type descriptors made without a compiled table: predeclared types, run-time made types, tags. */
class RTypeTest {
    private static final RType INT = RType.basic(RType.INT), STR = RType.basic(RType.STRING), U8 = RType.basic(RType.UINT8);

    @Test
    void predeclaredTypesAndDynamicTypes() {
        assertSame(INT, RType.of(5L));
        assertSame(RType.basic(RType.INT8), RType.of((byte) 1));
        assertSame(STR, RType.of(GoString.lit("x")));
        assertNull(RType.of(null));
        assertEquals("unsafe.Pointer", RType.basic(RType.UNSAFE_POINTER).string());
        assertEquals(1, U8.size());
        assertEquals(Byte.valueOf((byte) -1), RType.basic(RType.INT8).toIface(-1));
        assertEquals(Integer.valueOf(-1), RType.basic(RType.INT8).fromIface((byte) -1));
    }

    @Test
    void typesMadeAtRunTimeAreCanonical() {
        RType bs = RType.sliceOf(U8);
        assertSame(bs, RType.sliceOf(U8));
        assertEquals("[]uint8", bs.string());
        assertSame(INT.ptrTo(), INT.ptrTo());
        RType m = RType.mapOf(STR, bs);
        assertEquals("map[string][]uint8", m.string());
        assertFalse(m.comparable());
        RType a = RType.arrayOf(3, RType.basic(RType.INT16));
        assertEquals(6, a.size());
        assertEquals(2, a.align());
        assertEquals("chan (<-chan int)", RType.chanOf(RType.BOTH, RType.chanOf(RType.RECV, INT)).string());
        RType f = RType.funcOf(new RType[] {INT, RType.sliceOf(STR)}, new RType[] {bs, INT}, true);
        assertEquals("func(int, ...string) ([]uint8, int)", f.string());
        assertSame(f, RType.funcOf(new RType[] {INT, RType.sliceOf(STR)}, new RType[] {bs, INT}, true));
        RType s = RType.structOf(new RField[] {new RField("A", "", RType.basic(RType.BOOL), "json:\"a\"", false, 0, 0, "A"),
            new RField("b", "p", INT, "", false, 1, 0, "b")});
        assertEquals("struct { A bool \"json:\\\"a\\\"\"; b int }", s.string());
        assertEquals(16, s.size());
        assertEquals(8, s.fields()[1].offset);
    }

    @Test
    void relations() {
        RType bs = RType.sliceOf(U8);
        assertTrue(STR.convertibleTo(bs));
        assertTrue(bs.convertibleTo(STR));
        assertTrue(INT.convertibleTo(STR));
        assertFalse(STR.convertibleTo(INT));
        assertTrue(RType.chanOf(RType.BOTH, INT).assignableTo(RType.chanOf(RType.SEND, INT)));
        assertFalse(RType.chanOf(RType.SEND, INT).assignableTo(RType.chanOf(RType.BOTH, INT)));
    }

    @Test
    void structTags() {
        GoString tag = GoString.fromJava("a:\"1\" b:\"x \\\"y\\\"\" c:\"\\u00e9\\x41\\101\" bad d:\"4\"");
        assertEquals(GoString.lit("1"), RTypeGo.tagLookup(tag, GoString.lit("a")));
        assertEquals(GoString.lit("x \"y\""), RTypeGo.tagLookup(tag, GoString.lit("b")));
        assertEquals(GoString.fromJava("\u00e9AA"), RTypeGo.tagLookup(tag, GoString.lit("c")));
        assertNull(RTypeGo.tagLookup(tag, GoString.lit("d")));
        assertNull(RTypeGo.tagLookup(tag, GoString.lit("z")));
        assertEquals("\"a\\tb\\\"\"", RType.quote("a\tb\""));
    }
}
