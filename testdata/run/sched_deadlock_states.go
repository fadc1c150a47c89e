// Deadlock with goroutines blocked in several states: gc's report lists each one with its wait
// reason, in id order.
package main

import (
	"sync"
)

func main() {
	var mu sync.Mutex
	mu.Lock()
	c := make(chan int)
	go func() { c <- 1 }()
	go func() { <-make(chan int) }()
	go func() {
		select {
		case <-make(chan int):
		case <-make(chan bool):
		}
	}()
	go func() { mu.Lock() }()
	var wg sync.WaitGroup
	wg.Add(1)
	go func() { wg.Wait() }()
	select {}
}
