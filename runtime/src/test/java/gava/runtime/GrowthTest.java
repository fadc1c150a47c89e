package gava.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GrowthTest {
    private static final int[] STARTS = {0, 1, 3, 5, 7, 100, 255, 256, 300, 1000};
    private static final int[] KS = {1, 2, 3, 7, 9, 33, 100, 513, 2000};

    @Test
    void roundupsize() {
        assertEquals(8, Growth.roundupsize(1));
        assertEquals(48, Growth.roundupsize(33));
        assertEquals(1024, Growth.roundupsize(1017));
        assertEquals(1152, Growth.roundupsize(1025));
        assertEquals(32768, Growth.roundupsize(32767));
        assertEquals(40960, Growth.roundupsize(32769));
    }

    @Test
    void appendCapacitiesMatchGcForEveryElementSize() {
        for (String line : Vectors.lines("growth.txt")) {
            String[] f = line.split(" ");
            int size = Integer.parseInt(f[0]);
            List<String> want = List.of(f).subList(2, f.length);
            Zero z = Zero.of(null, size);
            if (f[1].equals("one")) {
                assertEquals(want, oneByOneL(z), "SliceL size " + size);
                if (size == 1) {
                    assertEquals(want, oneByOneB(), "SliceB");
                } else if (size == 8) {
                    assertEquals(want, oneByOneJ(), "SliceJ");
                } else if (size == 4) {
                    assertEquals(want, oneByOneI(), "SliceI");
                }
            } else {
                assertEquals(want, bulkL(z), "SliceL bulk size " + size);
                if (size == 1) {
                    assertEquals(want, bulkB(), "SliceB bulk");
                } else if (size == 2) {
                    assertEquals(want, bulkS(), "SliceS bulk");
                } else if (size == 8) {
                    assertEquals(want, bulkJ(), "SliceJ bulk");
                }
            }
        }
    }

    private static List<String> oneByOneL(Zero z) {
        List<String> caps = new ArrayList<>();
        SliceL s = null;
        for (int i = 0; i < 3000; i++) {
            long c = SliceL.cap(s);
            s = SliceL.append(s, null, z);
            if (SliceL.cap(s) != c) {
                caps.add(Long.toString(SliceL.cap(s)));
            }
        }
        return caps;
    }

    private static List<String> oneByOneB() {
        List<String> caps = new ArrayList<>();
        SliceB s = null;
        for (int i = 0; i < 3000; i++) {
            long c = SliceB.cap(s);
            s = SliceB.append(s, i);
            if (SliceB.cap(s) != c) {
                caps.add(Long.toString(SliceB.cap(s)));
            }
        }
        return caps;
    }

    private static List<String> oneByOneI() {
        List<String> caps = new ArrayList<>();
        SliceI s = null;
        for (int i = 0; i < 3000; i++) {
            long c = SliceI.cap(s);
            s = SliceI.append(s, i);
            if (SliceI.cap(s) != c) {
                caps.add(Long.toString(SliceI.cap(s)));
            }
        }
        return caps;
    }

    private static List<String> oneByOneJ() {
        List<String> caps = new ArrayList<>();
        SliceJ s = null;
        for (int i = 0; i < 3000; i++) {
            long c = SliceJ.cap(s);
            s = SliceJ.append(s, i);
            if (SliceJ.cap(s) != c) {
                caps.add(Long.toString(SliceJ.cap(s)));
            }
        }
        return caps;
    }

    private static List<String> bulkL(Zero z) {
        List<String> caps = new ArrayList<>();
        for (int start : STARTS) {
            for (int k : KS) {
                SliceL t = SliceL.make(start, start, z);
                t = SliceL.appendSlice(t, SliceL.make(k, k, z), z);
                caps.add(Long.toString(SliceL.cap(t)));
            }
        }
        return caps;
    }

    private static List<String> bulkB() {
        List<String> caps = new ArrayList<>();
        for (int start : STARTS) {
            for (int k : KS) {
                SliceB t = SliceB.make(start, start);
                t = SliceB.appendSlice(t, SliceB.make(k, k));
                caps.add(Long.toString(SliceB.cap(t)));
            }
        }
        return caps;
    }

    private static List<String> bulkS() {
        List<String> caps = new ArrayList<>();
        for (int start : STARTS) {
            for (int k : KS) {
                SliceS t = SliceS.make(start, start);
                t = SliceS.appendArray(t, new short[k]);
                caps.add(Long.toString(SliceS.cap(t)));
            }
        }
        return caps;
    }

    private static List<String> bulkJ() {
        List<String> caps = new ArrayList<>();
        for (int start : STARTS) {
            for (int k : KS) {
                SliceJ t = SliceJ.make(start, start);
                t = SliceJ.appendSlice(t, SliceJ.make(k, k));
                caps.add(Long.toString(SliceJ.cap(t)));
            }
        }
        return caps;
    }
}
