// The runtime's goroutine API: Gosched, NumGoroutine, GOMAXPROCS, NumCPU, Goexit (deferred calls
// run, recover returns nil), LockOSThread, GC and Stack.
package main

import (
	"fmt"
	"runtime"
	"strings"
	"sync"
)

func main() {
	fmt.Println("NumCPU > 0:", runtime.NumCPU() > 0)
	old := runtime.GOMAXPROCS(3)
	fmt.Println("GOMAXPROCS default is NumCPU:", old == runtime.NumCPU())
	fmt.Println("GOMAXPROCS(0) after setting 3:", runtime.GOMAXPROCS(0))
	runtime.GOMAXPROCS(old)

	base := runtime.NumGoroutine()
	fmt.Println("NumGoroutine at start:", base)
	stop := make(chan bool)
	var started sync.WaitGroup
	for i := 0; i < 10; i++ {
		started.Add(1)
		go func() {
			started.Done()
			<-stop
		}()
	}
	started.Wait()
	fmt.Println("NumGoroutine with 10 blocked:", runtime.NumGoroutine()-base)
	close(stop)
	for runtime.NumGoroutine() > base {
		runtime.Gosched()
	}
	fmt.Println("NumGoroutine after they end:", runtime.NumGoroutine())

	// Goexit runs the deferred calls, in order, and recover returns nil in them
	done := make(chan []string)
	go func() {
		var log []string
		defer func() { done <- log }()
		defer func() { log = append(log, fmt.Sprint("recover: ", recover())) }()
		defer func() { log = append(log, "deferred 1") }()
		func() {
			defer func() { log = append(log, "inner deferred") }()
			runtime.Goexit()
		}()
		log = append(log, "not reached")
	}()
	fmt.Println("Goexit:", strings.Join(<-done, ", "))

	// Gosched lets another goroutine run
	ping := make(chan int, 1)
	go func() { ping <- 42 }()
	for len(ping) == 0 {
		runtime.Gosched()
	}
	fmt.Println("after Gosched:", <-ping)

	runtime.LockOSThread()
	runtime.UnlockOSThread()
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Println("GC ran, NumGC > 0:", ms.NumGC > 0)

	buf := make([]byte, 4096)
	n := runtime.Stack(buf, false)
	st := string(buf[:n])
	fmt.Println("Stack starts with:", strings.SplitN(st, "\n", 2)[0])
	fmt.Println("Stack names main.main:", strings.Contains(st, "main.main()"))
}
