// Misuse that panics as in gc: a negative WaitGroup counter, closing a closed or nil channel,
// sending on a closed channel, unlocking an unlocked Mutex (a fatal error, last).
package main

import (
	"fmt"
	"sync"
)

func try(name string, f func()) {
	defer func() {
		fmt.Println(name+":", recover())
	}()
	f()
}

func main() {
	try("negative WaitGroup", func() {
		var wg sync.WaitGroup
		wg.Add(1)
		wg.Done()
		wg.Done()
	})
	try("close closed", func() {
		c := make(chan int)
		close(c)
		close(c)
	})
	try("close nil", func() {
		var c chan int
		close(c)
	})
	try("send on closed", func() {
		c := make(chan int, 1)
		close(c)
		c <- 1
	})
	try("receive from closed", func() {
		c := make(chan int, 1)
		c <- 7
		close(c)
		v, ok := <-c
		w, ok2 := <-c
		fmt.Println(v, ok, w, ok2)
	})
	var mu sync.Mutex
	mu.Unlock()
}
