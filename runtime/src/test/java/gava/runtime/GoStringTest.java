package gava.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class GoStringTest {
    @Test
    void literalsAndConversions() {
        GoString s = GoString.lit("h\u00e9");
        assertEquals(2, s.len());
        assertEquals(0xe9, s.at(1));
        assertEquals("héllo", GoString.fromJava("héllo").toString());
        assertEquals(6, GoString.fromJava("héllo").len());
        assertSame(GoString.EMPTY, GoString.lit(""));
        assertEquals(GoString.fromJava("abc"), GoString.lit("abc"));
        assertEquals(GoString.fromJava("abc").hashCode(), GoString.lit("abc").hashCode());
    }

    @Test
    void indexAndSliceErrors() {
        GoString s = GoString.lit("abc");
        assertEquals("runtime error: index out of range [3] with length 3", Vectors.panicMessage(() -> s.at(3)));
        assertEquals("runtime error: index out of range [-1]", Vectors.panicMessage(() -> s.at(-1)));
        assertEquals("runtime error: slice bounds out of range [:7] with length 3",
                Vectors.panicMessage(() -> s.slice(2, 7)));
        assertEquals("runtime error: slice bounds out of range [2:1]", Vectors.panicMessage(() -> s.slice(2, 1)));
        assertEquals("runtime error: slice bounds out of range [-1:]", Vectors.panicMessage(() -> s.slice(-1, 1)));
        assertEquals("bc", s.slice(1, 3).toString());
        assertEquals("", s.slice(3, 3).toString());
        assertSame(s, s.slice(0, 3));
        assertEquals('c', s.slice(1, 3).at(1));
    }

    @Test
    void concatAndCompare() {
        GoString a = GoString.lit("foo");
        GoString b = GoString.lit("bar");
        assertEquals("foobar", GoString.concat(a, b).toString());
        assertSame(a, GoString.concat(a, GoString.EMPTY));
        assertSame(b, GoString.concat(GoString.EMPTY, b));
        assertEquals("foobarfoo", GoString.concatN(new GoString[] {a, b, GoString.EMPTY, a}).toString());
        assertSame(a, GoString.concatN(new GoString[] {GoString.EMPTY, a}));
        assertTrue(a.compareTo(b) > 0);
        assertTrue(GoString.lit("a").compareTo(GoString.lit("ab")) < 0);
        // bytewise unsigned: 0xff sorts after 'z'
        assertTrue(GoString.lit("\u00ff").compareTo(GoString.lit("z")) > 0);
        assertEquals(0, GoString.lit("xfoo").slice(1, 4).compareTo(a));
        assertEquals(GoString.lit("xfoo").slice(1, 4), a);
        assertEquals(GoString.lit("xfoo").slice(1, 4).hashCode(), a.hashCode());
        assertNotEquals(a, b);
    }

    @Test
    void runesMatchGc() {
        List<String> lines = Vectors.lines("runes.txt");
        int checked = 0;
        for (String line : lines) {
            String[] f = line.split(" ", -1);
            if (f.length == 2) {
                // string(rune(v)) -> hex
                long v = Long.parseLong(f[0]);
                long r = v > Integer.MAX_VALUE || v < Integer.MIN_VALUE ? 0x7fffffff : (int) v;
                assertEquals(f[1], Vectors.hex(GoString.fromRune(r)), line);
                checked++;
                continue;
            }
            GoString s = GoString.of(Vectors.unhex(f[0]));
            // for i, r := range s
            StringBuilder got = new StringBuilder();
            for (long i = 0; i < s.len(); ) {
                long rw = GoString.decodeRune(s, i);
                got.append(i).append(':').append((int) rw).append(';');
                i += rw >>> 32;
            }
            assertEquals(f[1], got.toString(), line);
            SliceI runes = s.toRunes();
            assertEquals(Long.parseLong(f[2]), SliceI.len(runes), line);
            assertEquals(f[3], Vectors.hex(GoString.fromRunes(runes)), line);
            checked++;
        }
        assertTrue(checked > 400);
        // int64 values beyond the rune range are invalid, not truncated
        assertEquals("efbfbd", Vectors.hex(GoString.fromRune(1L << 32)));
        assertEquals("41", Vectors.hex(GoString.fromRune(65)));
    }

    @Test
    void byteConversions() {
        GoString s = GoString.lit("hello, world");
        SliceB b = s.toBytes();
        assertEquals(12, SliceB.len(b));
        assertEquals(16, SliceB.cap(b));
        SliceB.set(b, 0, 'H');
        assertEquals("hello, world", s.toString());
        assertEquals("Hello, world", GoString.fromBytes(b).toString());
        assertEquals("", GoString.fromBytes(null).toString());
        SliceB e = GoString.EMPTY.toBytes();
        assertTrue(e != null && SliceB.len(e) == 0);
        SliceI r = GoString.fromJava("日本語").toRunes();
        assertEquals(3, SliceI.len(r));
        assertEquals(0x65e5, SliceI.get(r, 0));
    }
}
