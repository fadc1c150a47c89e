package gava.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the hand-written "compiled programs" of src/test/programs/gop/main/$Package.java (goroutines,
 * channels, select) in child JVMs and checks output and exit status byte for byte against what gc
 * 1.19 prints for the Go programs they mirror: deadlock reports, panics in goroutines, Goexit. Goroutine
 * ids are the ones gc gives when a program starts no runtime goroutines of its own (5, 6, ...).
 */
class ChanProgramTest {
    static final String GO_FILE = "/work/example/chans.go";
    static final String SOURCE = "src/test/programs/gop/main/$Package.java";
    static final String DEADLOCK = "fatal error: all goroutines are asleep - deadlock!\n";

    @TempDir
    static Path dir;

    static String source;

    /** Compiles the program and sets its classes' SourceFile to a Go path, as code generation does. */
    @BeforeAll
    static void compile() throws IOException {
        Path classes = dir.resolve("javac");
        Files.createDirectories(classes);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter errors = new StringWriter();
        boolean ok = javac.getTask(errors, null, null,
                List.of("-d", classes.toString(), "-cp", System.getProperty("java.class.path"), "-g"),
                null, javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)
                        .getJavaFileObjects(Path.of(SOURCE))).call();
        if (!ok) {
            throw new AssertionError("javac: " + errors);
        }
        ChildProgram.copyWithSourceFile(classes.resolve("gop/main"), dir.resolve("classes/gop/main"), GO_FILE);
        source = Files.readString(Path.of(SOURCE));
    }

    static String at(String marker) {
        return "\t" + GO_FILE + ":" + ChildProgram.line(source, marker) + "\n";
    }

    static ChildProgram.Result run(String mode) throws Exception {
        return ChildProgram.run(dir.resolve("classes"), dir, mode, List.of(), List.of(mode));
    }

    static String createdByMain(String marker) {
        return "created by main.main\n" + at(marker);
    }

    @Test
    void deadlockShowsEveryGoroutine() throws Exception {
        ChildProgram.Result r = run("several");
        assertEquals(2, r.exit());
        assertEquals("", r.out());
        assertEquals(DEADLOCK
                + "\ngoroutine 1 [chan receive]:\nmain.main()\n" + at("mainRecv")
                + "\ngoroutine 5 [chan send]:\nmain.send(...)\n" + at("send")
                + "main.sendVia(...)\n" + at("sendVia") + createdByMain("goSendVia")
                + "\ngoroutine 6 [select (no cases)]:\nmain.blockForever()\n" + at("blockForever")
                + createdByMain("goBlockForever")
                + "\ngoroutine 7 [chan receive (nil chan)]:\nmain.recvNil()\n" + at("recvNil")
                + createdByMain("goRecvNil")
                + "\ngoroutine 8 [chan send (nil chan)]:\nmain.sendNil()\n" + at("sendNil")
                + "created by main.main\n\t" + GO_FILE + ":99\n"
                + "\ngoroutine 9 [select]:\nmain.selectTwo(...)\n" + at("selectTwo") + createdByMain("goSelectTwo")
                + "exit status 2\n", r.err());
    }

    @Test
    void deadlockWhenTheLastOtherGoroutineExits() throws Exception {
        ChildProgram.Result r = run("exit");
        assertEquals(2, r.exit());
        assertEquals(DEADLOCK + "\ngoroutine 1 [chan receive]:\nmain.main()\n" + at("exitRecv")
                + "exit status 2\n", r.err());
    }

    @Test
    void deadlockAfterWorkersEnd() throws Exception {
        ChildProgram.Result r = run("workers");
        assertEquals(2, r.exit());
        assertEquals("338350\n" + DEADLOCK + "\ngoroutine 1 [chan receive]:\nmain.main()\n" + at("workersRecv")
                + "exit status 2\n", r.err());
    }

    @Test
    void goexitInMainRunsDeferredCallsThenDeadlocks() throws Exception {
        ChildProgram.Result r = run("goexit");
        assertEquals(2, r.exit());
        assertEquals("deferred\n" + DEADLOCK + "\ngoroutine 5 [chan send]:\nmain.send(...)\n" + at("send")
                + createdByMain("goexitSend") + "exit status 2\n", r.err());
    }

    @Test
    void goexitInMainWithNoGoroutinesLeft() throws Exception {
        ChildProgram.Result r = run("nogoroutines");
        assertEquals(2, r.exit());
        assertEquals("fatal error: no goroutines (main called runtime.Goexit) - deadlock!\nexit status 2\n", r.err());
    }

    @Test
    void sendOnClosedChannelInAGoroutine() throws Exception {
        ChildProgram.Result r = run("closedsend");
        assertEquals(2, r.exit());
        assertEquals("panic: send on closed channel\n\ngoroutine 5 [running]:\nmain.closeAndSend(...)\n"
                + at("closeAndSend") + createdByMain("goCloseAndSend") + "exit status 2\n", r.err());
    }

    @Test
    void closeOfNilChannel() throws Exception {
        ChildProgram.Result r = run("closenil");
        assertEquals(2, r.exit());
        assertEquals("panic: close of nil channel\n\ngoroutine 1 [running]:\nmain.main()\n" + at("closeNil")
                + "exit status 2\n", r.err());
    }

    @Test
    void busyProgramsAreNotDeadlocked() throws Exception {
        for (int i = 0; i < 3; i++) {
            ChildProgram.Result r = run("busy");
            assertEquals("ok\n", r.err());
            assertEquals(0, r.exit());
        }
    }

    @Test
    void deadlockOfAThousandGoroutines() throws Exception {
        ChildProgram.Result r = run("mass");
        assertEquals(2, r.exit());
        String[] parts = r.err().split("\n\n");
        assertEquals(DEADLOCK, parts[0] + "\n");
        assertEquals(1002, parts.length, "the error, main and the 1000 senders");
        assertTrue(parts[1].startsWith("goroutine 1 [chan receive]:\nmain.main()\n"), parts[1]);
        for (int i = 2; i < parts.length; i++) {
            String want = "goroutine " + (i + 3) + " [chan send]:\nmain.send(...)\n" + at("send");
            assertTrue(parts[i].startsWith(want), parts[i]);
        }
        assertTrue(r.err().endsWith("exit status 2\n"));
    }

    @Test
    void primeSieveEndsWhenMainReturns() throws Exception {
        ChildProgram.Result r = run("sieve");
        assertEquals(0, r.exit());
        assertEquals("", r.out());
        assertEquals("2 3 5 7 11 13 17 19 23 29 31 37 41 43 47 53 59 61 67 71 73 79 83 89 97 \n", r.err());
    }
}
