package gop.main;

import gava.runtime.Chan;
import gava.runtime.Defer;
import gava.runtime.Go;
import gava.runtime.GoString;
import gava.runtime.Print;
import gava.runtime.Select;

/**
 * A hand-written stand-in for compiled Go programs using goroutines and channels (package main,
 * class gop/main/$Package), calling the runtime the way generated code will. Not compiled by Maven
 * (its class name clashes with the other test program): ChanProgramTest compiles it at test time,
 * sets its SourceFile attribute to a Go path and runs it in a child JVM with the mode as argument.
 * Each mode mirrors a Go program whose gc 1.19 output the test expects; {@code // LINE:x} marks the
 * Java line standing for a Go line.
 */
public final class $Package {
    private $Package() {}

    public static void main(String[] args) {
        Go.setReportExitStatus(true);
        Go.run(args, null, $Package::main);
    }

    // func send(c chan int) { c <- 1 }
    static void send(Chan c) {
        Chan.send(c, 1L); // LINE:send
    }

    // func sendVia(c chan int) { send(c) }
    static void sendVia(Chan c) {
        send(c); // LINE:sendVia
    }

    // func blockForever() { select {} }
    static void blockForever() {
        throw Select.block(); // LINE:blockForever
    }

    // func recvNil() { var n chan int; <-n }
    static void recvNil() {
        Chan n = null;
        Chan.recv(n); // LINE:recvNil
    }

    // func sendNil() { var n chan int; n <- 1 }
    static void sendNil() {
        Chan n = null;
        Chan.send(n, 1L); // LINE:sendNil
    }

    // func selectTwo(d, e chan int) { select { case <-d: case e <- 2: } }
    static void selectTwo(Chan d, Chan e) {
        new Select(2).recv(d).send(e, 2L).select(); // LINE:selectTwo
    }

    // func closeAndSend(c chan int) { close(c); c <- 1 }
    static void closeAndSend(Chan c) {
        Chan.close(c);
        Chan.send(c, 1L); // LINE:closeAndSend
    }

    // func generate(ch chan<- int) { for i := 2; ; i++ { ch <- i } }
    static void generate(Chan ch) {
        for (long i = 2; ; i++) {
            Chan.send(ch, i);
        }
    }

    // func filter(in <-chan int, out chan<- int, prime int) {
    //     for { i := <-in; if i%prime != 0 { out <- i } } }
    static void filter(Chan in, Chan out, long prime) {
        while (true) {
            long i = (Long) Chan.recv(in);
            if (i % prime != 0) {
                Chan.send(out, i);
            }
        }
    }

    // func worker(jobs <-chan int, results chan<- int) { for j := range jobs { results <- j * j } }
    static void worker(Chan jobs, Chan results) {
        for (Object j; (j = Chan.recv2(jobs)) != Chan.CLOSED; ) {
            Chan.send(results, (Long) j * (Long) j);
        }
    }

    /**
     * Heavy traffic with deadlock detection on, which must not report a deadlock: a ring of
     * goroutines passing tokens over unbuffered channels, selects, closes, and many short-lived
     * goroutines; main waits for all of it, prints ok and returns.
     */
    static void busy() {
        int n = 100;
        int rounds = 300;
        Chan[] ring = new Chan[n];
        for (int i = 0; i < n; i++) {
            ring[i] = Chan.make(null);
        }
        Chan done = Chan.make(null);
        for (int i = 0; i < n; i++) {
            Chan in = ring[i];
            Chan out = ring[(i + 1) % n];
            boolean first = i == 0;
            Go.go(() -> {
                if (first) {
                    Chan.send(out, 0L);
                }
                for (int r = 0; r < rounds; r++) {
                    long v = (Long) Chan.recv(in);
                    if (!first || r < rounds - 1) {
                        Chan.send(out, v + 1);
                    }
                }
                Chan.send(done, 1L);
            });
        }
        // selects between two producers, finished by a close
        Chan a = Chan.make(null);
        Chan b = Chan.make(2, null);
        Chan quit = Chan.make(null);
        for (Chan c : new Chan[] {a, b}) {
            Go.go(() -> {
                for (long k = 0; k < 20_000; k++) {
                    Chan.send(c, k);
                }
                Chan.send(done, 1L);
            });
        }
        Go.go(() -> {
            long got = 0;
            while (true) {
                Select s = new Select(3).recv(a).recv(b).recv(quit);
                if (s.select() == 2) {
                    break;
                }
                got++;
            }
            Chan.send(done, got);
        });
        // short-lived goroutines
        Chan results = Chan.make(16, null);
        for (int i = 0; i < 20_000; i++) {
            long v = i;
            Go.go(() -> Chan.send(results, v));
        }
        long sum = 0;
        for (int i = 0; i < 20_000; i++) {
            sum += (Long) Chan.recv(results);
        }
        for (int i = 0; i < n + 2; i++) {
            Chan.recv(done);
        }
        Chan.close(quit);
        long got = (Long) Chan.recv(done);
        Print.string(GoString.lit(got == 40_000 && sum == 199_990_000L ? "ok" : "wrong " + got + " " + sum));
        Print.nl();
        Print.flush();
    }

    static void main() {
        String mode = Go.args()[0];
        switch (mode) {
            case "several" -> {
                // c := make(chan int); go sendVia(c); go blockForever(); go recvNil(); go sendNil()
                // d := make(chan int); e := make(chan int, 1); e <- 1; go selectTwo(d, e); <-d
                Chan c = Chan.make(null);
                Go.go(() -> sendVia(c)); // LINE:goSendVia
                Go.go(() -> blockForever()); // LINE:goBlockForever
                Go.go(() -> recvNil()); // LINE:goRecvNil
                Go.go(() -> sendNil(), "main.main", "/work/example/chans.go", 99);
                Chan d = Chan.make(null);
                Chan e = Chan.make(1, null);
                Chan.send(e, 1L);
                Go.go(() -> selectTwo(d, e)); // LINE:goSelectTwo
                Chan.recv(d); // LINE:mainRecv
            }
            case "exit" -> {
                // c := make(chan int); go func() {}(); <-c
                Chan c = Chan.make(null);
                Go.go(() -> { });
                Chan.recv(c); // LINE:exitRecv
            }
            case "goexit" -> {
                // defer println("deferred"); c := make(chan int); go send(c); runtime.Goexit()
                Defer df = new Defer();
                try {
                    df.push(() -> {
                        Print.string(GoString.lit("deferred"));
                        Print.nl();
                        Print.flush();
                    });
                    Chan c = Chan.make(null);
                    Go.go(() -> send(c)); // LINE:goexitSend
                    throw Go.goexit();
                } catch (Throwable t) {
                    df.panicked(t);
                    return;
                }
            }
            case "nogoroutines" -> {
                // go func() {}(); runtime.Goexit()
                Go.go(() -> { });
                throw Go.goexit();
            }
            case "closedsend" -> {
                // c := make(chan int); go closeAndSend(c); select {}
                Chan c = Chan.make(null);
                Go.go(() -> closeAndSend(c)); // LINE:goCloseAndSend
                throw Select.block();
            }
            case "closenil" -> {
                // var c chan int; close(c)
                Chan c = null;
                Chan.close(c); // LINE:closeNil
            }
            case "sieve" -> {
                // ch := make(chan int); go generate(ch)
                // for i := 0; i < 25; i++ { prime := <-ch; print(prime, " ");
                //     ch1 := make(chan int); go filter(ch, ch1, prime); ch = ch1 }
                // println()
                Chan ch = Chan.make(null);
                Chan ch0 = ch;
                Go.go(() -> generate(ch0));
                for (int i = 0; i < 25; i++) {
                    long prime = (Long) Chan.recv(ch);
                    Print.int64(prime);
                    Print.string(GoString.lit(" "));
                    Print.flush();
                    Chan ch1 = Chan.make(null);
                    Chan in = ch;
                    Go.go(() -> filter(in, ch1, prime));
                    ch = ch1;
                }
                Print.nl();
                Print.flush();
            }
            case "workers" -> {
                // jobs := make(chan int, 100); results := make(chan int, 100)
                // for w := 0; w < 4; w++ { go worker(jobs, results) }
                // for j := 1; j <= 100; j++ { jobs <- j }; close(jobs)
                // sum := 0; for j := 1; j <= 100; j++ { sum += <-results }; println(sum)
                // <-results   // deadlock: the workers wait on the closed jobs... no: they exit
                Chan jobs = Chan.make(100, null);
                Chan results = Chan.make(100, null);
                for (int w = 0; w < 4; w++) {
                    Go.go(() -> worker(jobs, results));
                }
                for (long j = 1; j <= 100; j++) {
                    Chan.send(jobs, j);
                }
                Chan.close(jobs);
                long sum = 0;
                for (int j = 1; j <= 100; j++) {
                    sum += (Long) Chan.recv(results);
                }
                Print.int64(sum);
                Print.nl();
                Print.flush();
                Chan.recv(results); // LINE:workersRecv
            }
            case "busy" -> busy();
            case "mass" -> {
                // c := make(chan int); for i := 0; i < 1000; i++ { go send(c) }; <-make(chan int)
                Chan c = Chan.make(null);
                for (int i = 0; i < 1000; i++) {
                    Go.go(() -> send(c));
                }
                Chan.recv(Chan.make(null));
            }
            default -> throw new IllegalArgumentException(mode);
        }
    }
}
