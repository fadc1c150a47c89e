// sync.Mutex starvation mode: a goroutine waiting for a Mutex that another goroutine keeps
// re-locking gets it within a bounded time (gc's TestMutexFairness), and the mutex, RWMutex, Cond
// and WaitGroup keep their counts under contention.
package main

import (
	"fmt"
	"sync"
	"time"
)

func fairness() {
	var mu sync.Mutex
	stop := make(chan bool)
	defer close(stop)
	go func() {
		for {
			mu.Lock()
			time.Sleep(100 * time.Microsecond)
			mu.Unlock()
			select {
			case <-stop:
				return
			default:
			}
		}
	}()
	done := make(chan int, 1)
	go func() {
		n := 0
		for i := 0; i < 10; i++ {
			time.Sleep(100 * time.Microsecond)
			mu.Lock()
			n++
			mu.Unlock()
		}
		done <- n
	}()
	select {
	case n := <-done:
		fmt.Println("waiter acquired the mutex", n, "times")
	case <-time.After(10 * time.Second):
		fmt.Println("can't acquire Mutex in 10 seconds")
	}
}

func counts() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	total := 0
	for g := 0; g < 50; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 1000; i++ {
				mu.Lock()
				total++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("mutex total:", total)

	var rw sync.RWMutex
	m := map[int]int{}
	for g := 0; g < 20; g++ {
		wg.Add(2)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 200; i++ {
				rw.Lock()
				m[i%10]++
				rw.Unlock()
			}
		}(g)
		go func() {
			defer wg.Done()
			for i := 0; i < 200; i++ {
				rw.RLock()
				_ = m[i%10]
				rw.RUnlock()
			}
		}()
	}
	wg.Wait()
	sum := 0
	for _, v := range m {
		sum += v
	}
	fmt.Println("rwmutex total:", sum)

	// Cond: a queue of items consumed by waiters, Signal and Broadcast
	var cmu sync.Mutex
	cond := sync.NewCond(&cmu)
	queue := 0
	got := make(chan int, 100)
	for g := 0; g < 10; g++ {
		go func() {
			n := 0
			cmu.Lock()
			for {
				for queue == 0 {
					cond.Wait()
				}
				if queue < 0 {
					break
				}
				queue--
				n++
			}
			cmu.Unlock()
			got <- n
		}()
	}
	for i := 0; i < 100; i++ {
		cmu.Lock()
		queue++
		cmu.Unlock()
		cond.Signal()
	}
	for {
		cmu.Lock()
		if queue == 0 {
			queue = -1
			cmu.Unlock()
			break
		}
		cmu.Unlock()
		time.Sleep(time.Millisecond)
	}
	cond.Broadcast()
	consumed := 0
	for g := 0; g < 10; g++ {
		consumed += <-got
	}
	fmt.Println("cond consumed:", consumed)
}

func main() {
	fairness()
	counts()
}
