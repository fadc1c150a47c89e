package gava.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Test vectors recorded from gc 1.19 (the generating Go programs are next to them as *.go.txt). */
final class Vectors {
    private Vectors() {}

    static List<String> lines(String name) {
        try (InputStream in = Vectors.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1).lines().toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static byte[] unhex(String s) {
        byte[] b = new byte[s.length() / 2];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) Integer.parseInt(s.substring(2 * i, 2 * i + 2), 16);
        }
        return b;
    }

    static String hex(GoString s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.len(); i++) {
            sb.append(String.format("%02x", s.at(i)));
        }
        return sb.toString();
    }

    /** Runs r and returns the message of the runtime error it panics with. */
    static String panicMessage(Runnable r) {
        try {
            r.run();
        } catch (GoPanic p) {
            return Panics.valueString(p.value);
        }
        throw new AssertionError("no panic");
    }
}
