// Goroutines spinning in loops without function calls must not keep the others from running:
// more spinners than processors, main sleeps and then sets the flag that stops them.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
	"time"
)

var stop, started int32

var forever [64]int64

func main() {
	n := runtime.GOMAXPROCS(0) + 3
	// spinners that never stop: main must still get to run and exit
	for i := 0; i < n; i++ {
		go func(i int) {
			for {
				forever[i*8%64]++
			}
		}(i)
	}
	var wg sync.WaitGroup
	counts := make([]int64, n)
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			x := int64(0)
			for atomic.LoadInt32(&stop) == 0 {
				if x == 0 {
					// counted once it is inside its loop (not when about to enter it: a
					// carrier descheduled by a loaded machine must not fail the test)
					atomic.AddInt32(&started, 1)
				}
				x++
			}
			counts[i] = x
		}(i)
	}
	// a spinner with an empty body over a plain variable read
	done := make(chan bool)
	go func() {
		for i := 0; ; i++ {
			if i%1000 == 0 && atomic.LoadInt32(&stop) != 0 {
				break
			}
		}
		done <- true
	}()
	// every spinner gets to run although all of them spin
	for atomic.LoadInt32(&started) < int32(n) {
		time.Sleep(time.Millisecond)
	}
	time.Sleep(20 * time.Millisecond)
	atomic.StoreInt32(&stop, 1)
	wg.Wait()
	<-done
	all := true
	for _, c := range counts {
		all = all && c > 0
	}
	fmt.Println("spinners started:", atomic.LoadInt32(&started) == int32(n), "all stopped:", true, "all counted:", all)
}
