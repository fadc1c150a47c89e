// Scale (small; bench/programs/sched_million.go is the full size): 20000 goroutines alive at once, each blocked on a channel, then all released.
package main

import (
	"fmt"
	"os"
	"runtime"
	"strconv"
	"sync"
)

func main() {
	n := 20000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	start := make(chan struct{})
	results := make(chan int, 1024)
	var ready sync.WaitGroup
	ready.Add(n)
	for i := 0; i < n; i++ {
		go func(i int) {
			ready.Done()
			<-start
			results <- i % 7
		}(i)
	}
	ready.Wait()
	alive := runtime.NumGoroutine()
	fmt.Println("alive at once:", alive >= n)
	close(start)
	sum := 0
	for i := 0; i < n; i++ {
		sum += <-results
	}
	want := 0
	for i := 0; i < n; i++ {
		want += i % 7
	}
	fmt.Println("released:", n, "sum ok:", sum == want)
}
