package gava.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the hand-written "compiled program" gop.main.$Package in a child JVM, as gava run would, and
 * checks its output and exit status byte for byte against what gc prints for the same Go program.
 */
class CompiledProgramTest {
    static final String GO_FILE = "/work/example/main.go";

    @TempDir
    static Path dir;

    static String source;

    /** Copies gop/main classes into dir with SourceFile set to a Go path, as code generation does. */
    @BeforeAll
    static void rewriteClasses() throws IOException {
        Path classes = Path.of(gop.main.$Package.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        ChildProgram.copyWithSourceFile(classes.resolve("gop/main"), dir.resolve("gop/main"), GO_FILE);
        source = Files.readString(Path.of("src/test/java/gop/main/$Package.java"));
    }

    static int line(String marker) {
        return ChildProgram.line(source, marker);
    }

    static ChildProgram.Result run(String... args) throws Exception {
        return runWith(List.of(), args);
    }

    static ChildProgram.Result runWith(List<String> jvmArgs, String... args) throws Exception {
        return ChildProgram.run(dir, dir, "out", jvmArgs, List.of(args));
    }

    @Test
    void indexPanic() throws Exception {
        ChildProgram.Result r = run();
        assertEquals(2, r.exit());
        assertEquals("hello, world 10 16\n", r.out());
        assertEquals("sum 6 6 +1.500000e+000 true\n"
                + "panic: runtime error: index out of range [5] with length 3\n"
                + "\n"
                + "goroutine 1 [running]:\n"
                + "main.f(...)\n"
                + "\t" + GO_FILE + ":" + line("f") + "\n"
                + "main.main()\n"
                + "\t" + GO_FILE + ":" + line("main") + "\n", r.err());
    }

    @Test
    void reportExitStatus() throws Exception {
        ChildProgram.Result r = run("-report");
        assertEquals(2, r.exit());
        assertTrue(r.err().endsWith(":" + line("main") + "\nexit status 2\n"), r.err());
        ChildProgram.Result x = run("-report", "-exit3");
        assertEquals(3, x.exit());
        assertEquals("exit status 3\n", x.err());
    }

    @Test
    void nilDereference() throws Exception {
        ChildProgram.Result r = run("-nil");
        assertEquals(2, r.exit());
        assertEquals("panic: runtime error: invalid memory address or nil pointer dereference\n"
                + "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n"
                + "\n"
                + "goroutine 1 [running]:\n"
                + "main.derefNil(...)\n"
                + "\t" + GO_FILE + ":" + line("nil") + "\n", r.err().substring(0, r.err().indexOf("main.main")));
    }

    @Test
    void mainReturningEndsTheProgram() throws Exception {
        ChildProgram.Result r = run("-goroutine");
        assertEquals(0, r.exit());
        assertEquals("main done\n", r.out());
        assertEquals("", r.err());
    }

    @Test
    void panicInAGoroutine() throws Exception {
        ChildProgram.Result r = run("-gopanic");
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("panic: assignment to entry in nil map\n\ngoroutine 5 [running]:\n"
                + "main.writeNilMap()\n\t" + GO_FILE + ":" + line("nilmap") + "\n"), r.err());
        assertTrue(r.err().contains("created by main.main\n\t" + GO_FILE + ":"), r.err());
    }

    @Test
    void stackOverflow() throws Exception {
        // a smaller stack than the default 1 GiB keeps the test fast (the JVM unwinds every frame)
        ChildProgram.Result r = runWith(List.of("-Dgava.stack=64m"), "-overflow");
        assertEquals(2, r.exit());
        String[] lines = r.err().split("\n");
        assertEquals("runtime: goroutine stack exceeds 1000000000-byte limit", lines[0]);
        assertEquals("fatal error: stack overflow", lines[2]);
        assertEquals("", lines[3]);
        assertEquals("goroutine 1 [running]:", lines[4]);
        assertEquals("main.recurse(...)", lines[5]);
        assertEquals("...additional frames elided...", lines[lines.length - 1]);
        assertEquals(5 + 2 * Traceback.MAX_FRAMES + 1, lines.length);
    }
}
