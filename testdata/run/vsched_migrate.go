// Goroutines that block and wake again and again move between carrier threads (GOMAXPROCS 2):
// what belongs to a goroutine must follow it. Pairs of goroutines play ping-pong over unbuffered
// channels (every hand-off parks one and wakes the other); after each exchange each panics with
// its own value and recovers it in a deferred call (the recoverable panic is per goroutine), and
// checks the value it got. A stale notion of "the current goroutine" after a move would recover
// another goroutine's panic, lose a wake-up (a hang) or miscount blocked goroutines (a false
// deadlock report).
package main

import (
	"fmt"
	"runtime"
	"sync"
)

const pairs = 32
const rounds = 3000

func exchange(id, r int, send bool, c chan int) {
	defer func() {
		if v := recover(); v != fmt.Sprint(id, "/", r) {
			panic(fmt.Sprint("goroutine ", id, " recovered ", v, " in round ", r))
		}
	}()
	if send {
		c <- r
		if got := <-c; got != r+1 {
			panic(fmt.Sprint("goroutine ", id, " got ", got, " in round ", r))
		}
	} else {
		got := <-c
		if got != r {
			panic(fmt.Sprint("goroutine ", id, " got ", got, " in round ", r))
		}
		c <- got + 1
	}
	panic(fmt.Sprint(id, "/", r))
}

func main() {
	runtime.GOMAXPROCS(2)
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	for p := 0; p < pairs; p++ {
		c := make(chan int)
		for side := 0; side < 2; side++ {
			wg.Add(1)
			go func(id int, send bool) {
				defer wg.Done()
				n := 0
				for r := 0; r < rounds; r++ {
					exchange(id, r, send, c)
					n++
				}
				mu.Lock()
				total += n
				mu.Unlock()
			}(2*p+side, side == 0)
		}
	}
	wg.Wait()
	fmt.Println("pairs:", pairs, "rounds:", rounds, "exchanges:", total)
}
