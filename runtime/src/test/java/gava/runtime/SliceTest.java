package gava.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class SliceTest {
    @Test
    void boundsMessagesMatchGc() {
        SliceJ s = SliceJ.make(3, 5);
        long[] a = new long[3];
        assertEquals("runtime error: index out of range [5] with length 3", Vectors.panicMessage(() -> SliceJ.get(s, 5)));
        assertEquals("runtime error: index out of range [-3]", Vectors.panicMessage(() -> SliceJ.set(s, -3, 1)));
        assertEquals("runtime error: index out of range [0] with length 0", Vectors.panicMessage(() -> SliceJ.get(null, 0)));
        assertEquals("runtime error: slice bounds out of range [:5] with length 3",
                Vectors.panicMessage(() -> SliceJ.ofArray(a, 1, 5)));
        assertEquals("runtime error: slice bounds out of range [:-1]", Vectors.panicMessage(() -> SliceJ.slice(s, 0, -1)));
        assertEquals("runtime error: slice bounds out of range [:6] with capacity 5",
                Vectors.panicMessage(() -> SliceJ.slice(s, 0, 6)));
        assertEquals("runtime error: slice bounds out of range [3:2]", Vectors.panicMessage(() -> SliceJ.slice(s, 3, 2)));
        assertEquals("runtime error: slice bounds out of range [::7] with capacity 5",
                Vectors.panicMessage(() -> SliceJ.slice3(s, 1, 2, 7)));
        assertEquals("runtime error: slice bounds out of range [:4:3]", Vectors.panicMessage(() -> SliceJ.slice3(s, 1, 4, 3)));
        assertEquals("runtime error: slice bounds out of range [2:1:]", Vectors.panicMessage(() -> SliceJ.slice3(s, 2, 1, 3)));
        assertEquals("runtime error: slice bounds out of range [::4] with length 3",
                Vectors.panicMessage(() -> SliceJ.ofArray3(a, 0, 1, 4)));
        assertEquals("runtime error: makeslice: len out of range", Vectors.panicMessage(() -> SliceJ.make(-1, 5)));
        assertEquals("runtime error: makeslice: cap out of range", Vectors.panicMessage(() -> SliceJ.make(5, 2)));
        assertEquals("runtime error: index out of range [9223372036854775808] with length 0",
                Vectors.panicMessage(() -> { throw Panics.indexOutOfRangeU(1L << 63, 0); }));
    }

    @Test
    void nilSlices() {
        assertEquals(0, SliceJ.len(null));
        assertEquals(0, SliceJ.cap(null));
        assertNull(SliceJ.slice(null, 0, 0));
        assertEquals(0, SliceJ.copy(null, SliceJ.make(3, 3)));
        SliceJ s = SliceJ.append(null, 7);
        assertEquals(1, SliceJ.len(s));
        assertEquals(7, SliceJ.get(s, 0));
        assertNull(SliceJ.appendSlice(null, null));
        assertNull(SliceJ.appendArray(null, new long[0]));
    }

    @Test
    void aliasingIsGos() {
        SliceJ s = SliceJ.make(3, 10);
        SliceJ t = SliceJ.append(s, 1);
        SliceJ u = SliceJ.append(s, 2); // overwrites t[3]: same backing array
        assertEquals(2, SliceJ.get(t, 3));
        assertSame(t.arr, u.arr);
        SliceJ full = SliceJ.slice3(s, 0, 3, 3);
        SliceJ v = SliceJ.append(full, 9); // must reallocate
        assertNotSame(v.arr, s.arr);
        assertEquals(2, SliceJ.get(t, 3));
        // s[:cap(s)] sees elements appended through another header
        assertEquals(2, SliceJ.get(SliceJ.slice(s, 0, SliceJ.cap(s)), 3));
    }

    @Test
    void copyOverlapsLikeMemmove() {
        SliceJ s = SliceJ.of(new long[] {1, 2, 3, 4, 5});
        assertEquals(4, SliceJ.copy(SliceJ.sliceFrom(s, 1), s));
        assertArrayEquals(new long[] {1, 1, 2, 3, 4}, s.arr);
        assertEquals(4, SliceJ.copy(s, SliceJ.sliceFrom(s, 1)));
        assertArrayEquals(new long[] {1, 2, 3, 4, 4}, s.arr);
        // append(s[:1], s[2:]...) deletes element 1
        SliceJ d = SliceJ.of(new long[] {10, 20, 30, 40});
        SliceJ r = SliceJ.appendSlice(SliceJ.slice(d, 0, 1), SliceJ.sliceFrom(d, 2));
        assertEquals(3, SliceJ.len(r));
        assertArrayEquals(new long[] {10, 30, 40, 40}, d.arr);
    }

    @Test
    void bytesAndShortsNormalise() {
        SliceB b = SliceB.make(2, 2);
        SliceB.set(b, 0, 200);
        assertEquals(-56, SliceB.get(b, 0));
        assertEquals(200, SliceB.get(b, 0) & 0xFF);
        SliceS s = SliceS.append(null, 70000);
        assertEquals((short) 70000, SliceS.get(s, 0));
        SliceB x = SliceB.appendString(null, GoString.lit("hello"));
        assertEquals(5, SliceB.len(x));
        assertEquals(8, SliceB.cap(x));
        SliceB y = SliceB.make(3, 3);
        assertEquals(3, SliceB.copyString(y, GoString.lit("hello")));
        assertEquals("hel", GoString.fromBytes(y).toString());
    }

    /** A mutable "struct" element: what generated struct classes look like to the runtime. */
    static final class Point {
        long x;

        Point(long x) {
            this.x = x;
        }
    }

    static final Zero POINT = new Zero() {
        @Override
        public Object zero() {
            return new Point(0);
        }

        @Override
        public int size() {
            return 8;
        }

        @Override
        public boolean immutable() {
            return false;
        }

        @Override
        public Object copy(Object v) {
            return new Point(((Point) v).x);
        }

        @Override
        public void assign(Object dst, Object src) {
            ((Point) dst).x = ((Point) src).x;
        }
    };

    @Test
    void structElementsHaveValueSemantics() {
        SliceL s = SliceL.make(2, 4, POINT);
        for (Object o : s.arr) {
            assertEquals(0, ((Point) o).x); // s[:cap(s)] exposes zero values
        }
        assertNotSame(s.arr[0], s.arr[1]);
        Point p2 = (Point) SliceL.get(SliceL.slice(s, 0, 3), 2); // &s[:3][2]
        SliceL t = SliceL.append(s, new Point(5), POINT);
        assertEquals(5, p2.x); // append stored into the existing element
        // growing copies: pointers into the old array keep seeing the old array
        Point p0 = (Point) SliceL.get(t, 0);
        SliceL g = SliceL.appendArray(t, new Object[] {new Point(6), new Point(7)}, POINT);
        ((Point) SliceL.get(g, 0)).x = 42;
        assertEquals(0, p0.x);
        assertEquals(6, ((Point) SliceL.get(g, 3)).x);
        assertEquals(5, SliceL.len(g));
        assertEquals(8, SliceL.cap(g));
        // grown storage leaves the spare capacity unmade until a reslice exposes it
        assertNull(g.arr[7]);
        SliceL all = SliceL.slice(g, 0, 8); // g[:cap(g)]
        assertEquals(0, ((Point) SliceL.get(all, 7)).x);
        assertNotSame(SliceL.get(all, 6), SliceL.get(all, 7));
        Point p6 = (Point) SliceL.get(all, 5);
        SliceL.append(g, new Point(9), POINT);
        assertEquals(9, p6.x); // append into an exposed slot assigns in place
        assertEquals(0, ((Point) SliceL.get(SliceL.slice3(g, 1, 8, 8), 6)).x);
        // appendSlice copies values
        SliceL h = SliceL.appendSlice(null, g, POINT);
        assertNotSame(SliceL.get(h, 0), SliceL.get(g, 0));
        assertEquals(42, ((Point) SliceL.get(h, 0)).x);
        // copy assigns in place
        Point d0 = (Point) SliceL.get(h, 0);
        SliceL.copy(h, SliceL.sliceFrom(h, 2), POINT); // h = [42 0 5 6 7] -> [5 6 7 6 7]
        assertEquals(5, d0.x);
        assertEquals(7, ((Point) SliceL.get(h, 2)).x);
        SliceL.clear(h, POINT);
        assertEquals(0, d0.x);
    }

    @Test
    void stringElements() {
        SliceL s = SliceL.make(1, 3, Zero.STRING);
        assertSame(GoString.EMPTY, s.arr[2]);
        SliceL t = SliceL.append(null, GoString.lit("a"), Zero.STRING);
        assertEquals(1, SliceL.cap(t));
        t = SliceL.append(t, GoString.lit("b"), Zero.STRING);
        t = SliceL.append(t, GoString.lit("c"), Zero.STRING);
        assertEquals(4, SliceL.cap(t));
        assertSame(GoString.EMPTY, t.arr[3]);
    }

    @Test
    void arraysConvert() {
        long[] a = {1, 2, 3, 4};
        SliceJ s = SliceJ.ofArray(a, 1, 3);
        assertEquals(3, SliceJ.cap(s));
        SliceJ.set(s, 0, 20);
        assertEquals(20, a[1]);
        assertArrayEquals(new long[] {20, 3}, SliceJ.toArray(s, 2));
        assertEquals("runtime error: cannot convert slice with length 2 to pointer to array with length 3",
                Vectors.panicMessage(() -> SliceJ.toArray(s, 3)));
        ElemPtrJ p = ElemPtrJ.of(s, 1);
        p.set(30);
        assertEquals(30, a[2]);
        assertEquals("runtime error: index out of range [2] with length 2",
                Vectors.panicMessage(() -> ElemPtrJ.of(s, 2)));
    }
}
