// runtime.GOMAXPROCS changes how many goroutines run at once. With one P, a goroutine made ready by
// a go statement or a channel send runs only once the running one blocks (nothing preempts a loop
// shorter than a time slice), so the order of events below does not depend on timing; with more Ps
// the program still works (a parallel sum) and ends the same. The last go statement's goroutine runs
// first on one P (gc's runnext), then the earlier ones in order.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

var log []string

func busy(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += i % 7
	}
	return s
}

func oneP() {
	done := make(chan bool)
	go func() {
		log = append(log, "goroutine runs")
		done <- true
	}()
	log = append(log, fmt.Sprint("main still running: ", busy(100000)))
	<-done
	log = append(log, "main resumes")

	// ping-pong: each side runs only when the other blocks
	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			log = append(log, fmt.Sprint("pong ", v))
			pong <- v + 1
		}
		close(pong)
	}()
	for i := 0; i < 3; i++ {
		ping <- i * 10
		log = append(log, fmt.Sprint("ping got ", <-pong))
	}
	close(ping)
	<-pong

	// gc's run order on one P: the last goroutine made ready runs next (runnext), then the others
	// in the order they were made ready
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(i int) {
			log = append(log, fmt.Sprint("started ", i))
			wg.Done()
		}(i)
	}
	wg.Wait()
}

func parallelSum(workers int) int {
	var wg sync.WaitGroup
	sums := make([]int, workers)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := w; i < 1000000; i += workers {
				sums[w] += i
			}
		}(w)
	}
	wg.Wait()
	t := 0
	for _, s := range sums {
		t += s
	}
	return t
}

func main() {
	n := runtime.NumCPU()
	prev := runtime.GOMAXPROCS(1)
	fmt.Println("previous setting is NumCPU:", prev == n)
	fmt.Println("now:", runtime.GOMAXPROCS(0))
	oneP()
	for _, l := range log {
		fmt.Println(l)
	}
	fmt.Println("sum with 1 P:", parallelSum(4))
	fmt.Println("set 3, previous:", runtime.GOMAXPROCS(3))
	fmt.Println("sum with 3 Ps:", parallelSum(8))
	fmt.Println("set 2, previous:", runtime.GOMAXPROCS(2))
	fmt.Println("sum with 2 Ps:", parallelSum(3))
	fmt.Println("set 1, previous:", runtime.GOMAXPROCS(1))
	fmt.Println("sum with 1 P again:", parallelSum(5))
	fmt.Println("ask:", runtime.GOMAXPROCS(-1))
}
