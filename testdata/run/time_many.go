package main

import (
	"sync"
	"time"
)

// 100k pending timers, 20k AfterFuncs and 10k sleeping goroutines.
func main() {
	const n = 100000
	timers := make([]*time.Timer, n)
	for i := range timers {
		timers[i] = time.NewTimer(time.Duration(i%50) * time.Millisecond)
	}
	stopped := 0
	for i := 0; i < n; i += 2 {
		if timers[i].Stop() {
			stopped++
		}
	}
	got := 0
	for i := 1; i < n; i += 2 {
		<-timers[i].C
		got++
	}
	println("stopped+got", stopped+got >= n/2, got)

	var mu sync.Mutex
	var wg sync.WaitGroup
	count := 0
	wg.Add(n / 5)
	for i := 0; i < n/5; i++ {
		time.AfterFunc(time.Duration(i%20)*time.Millisecond, func() {
			mu.Lock()
			count++
			mu.Unlock()
			wg.Done()
		})
	}
	wg.Wait()
	println("afterfuncs", count)

	wg.Add(10000)
	for i := 0; i < 10000; i++ {
		go func() {
			time.Sleep(10 * time.Millisecond)
			wg.Done()
		}()
	}
	wg.Wait()
	println("sleepers done")
}
