package gop.main;

import gava.runtime.Go;
import gava.runtime.GoMap;
import gava.runtime.GoString;
import gava.runtime.Print;
import gava.runtime.SliceB;
import gava.runtime.SliceJ;
import gava.runtime.SliceL;
import gava.runtime.Stdio;
import gava.runtime.Zero;

/**
 * A hand-written stand-in for a compiled Go program (package main, class gop/main/$Package), using
 * the runtime the way generated code does. CompiledProgramTest runs it in a child JVM after setting
 * its SourceFile attribute to a Go file path. The Go program it mirrors:
 *
 * <pre>
 * var primes []int
 * func init() { primes = []int{2, 3, 5} }
 * func main() {
 *     var s []int
 *     for i := 0; i < 10; i++ { s = append(s, i*i) }
 *     fmt.Println("hello, " + "world", len(s), cap(s))     // stdout
 *     m := map[string]int{"one": 1, "two": 2, "three": 3}
 *     sum := 0
 *     for _, v := range m { sum += v }
 *     b := []byte("héllo")
 *     println("sum", sum, len(b), 1.5, true)              // stderr
 *     fmt.Println(f(primes, 5))                            // panics
 * }
 * func f(s []int, i int) int { return s[i] }
 * </pre>
 */
public final class $Package {
    private $Package() {}

    private static final GoString S_HELLO = GoString.lit("hello, ");
    private static final GoString S_WORLD = GoString.lit("world");
    private static final GoString S_SUM = GoString.lit("sum");
    private static final GoString S_HELLO2 = GoString.lit("h\u00c3\u00a9llo");

    static SliceJ primes;

    public static void main(String[] args) {
        for (String a : args) {
            if (a.equals("-report")) {
                Go.setReportExitStatus(true);
            }
        }
        Go.run(args, $Package::init, $Package::main);
    }

    static void init() {
        primes = SliceJ.of(new long[] {2, 3, 5});
    }

    static void main() {
        String[] args = Go.args();
        String mode = args.length > 0 ? args[args.length - 1] : "";
        switch (mode) {
            case "-overflow" -> recurse(0);
            case "-exit3" -> Go.exit(3);
            case "-goroutine" -> {
                Go.go(() -> sleepForever());
                out(GoString.lit("main done\n"));
                return;
            }
            case "-gopanic" -> {
                Go.go(() -> writeNilMap());
                sleepForever();
            }
            case "-nil" -> {
                SliceL s = null;
                derefNil(s);
            }
            default -> { }
        }
        SliceJ s = null;
        for (long i = 0; i < 10; i++) {
            s = SliceJ.append(s, i * i);
        }
        out(GoString.concatN(new GoString[] {GoString.concat(S_HELLO, S_WORLD), GoString.lit(" "),
            GoString.fromJava(Long.toString(SliceJ.len(s))), GoString.lit(" "),
            GoString.fromJava(Long.toString(SliceJ.cap(s))), GoString.lit("\n")}));
        GoMap m = GoMap.make(false, 3);
        GoMap.put(m, GoString.lit("one"), 1L);
        GoMap.put(m, GoString.lit("two"), 2L);
        GoMap.put(m, GoString.lit("three"), 3L);
        long sum = 0;
        for (GoMap.Iter it = GoMap.iter(m); it.next(); ) {
            sum += (Long) it.value();
        }
        SliceB b = S_HELLO2.toBytes();
        Print.string(S_SUM);
        Print.sp();
        Print.int64(sum);
        Print.sp();
        Print.int64(SliceB.len(b));
        Print.sp();
        Print.float64(1.5);
        Print.sp();
        Print.bool(true);
        Print.nl();
        Print.flush();
        long x = f(primes, 5); // LINE:main
        out(GoString.fromJava(Long.toString(x)));
    }

    static long f(SliceJ s, long i) {
        return SliceJ.get(s, i); // LINE:f
    }

    static long recurse(long n) {
        return recurse(n + 1) + 1;
    }

    static void sleepForever() {
        try {
            Thread.sleep(Long.MAX_VALUE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void writeNilMap() {
        GoMap m = null;
        GoMap.put(m, 1L, 2L); // LINE:nilmap
    }

    static Object derefNil(SliceL s) {
        return SliceL.make(1, 1, (Zero) null).arr[0].hashCode(); // LINE:nil
    }

    private static void out(GoString s) {
        Stdio.out(s);
    }
}
