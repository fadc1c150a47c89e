// select chooses uniformly among the cases that can proceed: with every case ready, each of
// four cases must be chosen between 20% and 30% of 100,000 times (receive cases, send cases,
// a mix of both, and with a default that must never be taken); a case that is not ready is
// never chosen. Prints only computed facts.
package main

import "fmt"

const n = 100000

func within(name string, counts []int) {
	ok := true
	total := 0
	for _, c := range counts {
		total += c
		if c < n/5 || c > n*3/10 {
			ok = false
		}
	}
	fmt.Printf("%s: %d selects, every case chosen 20%%..30%%: %v\n", name, total, ok)
}

func main() {
	// four receive cases, always ready
	var rs [4]chan int
	for i := range rs {
		rs[i] = make(chan int, 1)
		rs[i] <- i
	}
	counts := make([]int, 4)
	for k := 0; k < n; k++ {
		var v int
		select {
		case v = <-rs[0]:
		case v = <-rs[1]:
		case v = <-rs[2]:
		case v = <-rs[3]:
		}
		counts[v]++
		rs[v] <- v
	}
	within("recv", counts)

	// four send cases, always ready (drained after each select)
	var ss [4]chan int
	for i := range ss {
		ss[i] = make(chan int, 1)
	}
	counts = make([]int, 4)
	for k := 0; k < n; k++ {
		select {
		case ss[0] <- 0:
		case ss[1] <- 1:
		case ss[2] <- 2:
		case ss[3] <- 3:
		}
		for i := range ss {
			select {
			case v := <-ss[i]:
				counts[v]++
			default:
			}
		}
	}
	within("send", counts)

	// two sends and two receives, plus a default that must never be taken, plus a case on a
	// nil channel and one on a full channel that can never proceed
	a, b := make(chan int, 1), make(chan int, 1)
	c, d := make(chan int, 1), make(chan int, 1)
	full := make(chan int, 1)
	full <- 0
	var nilc chan int
	c <- 0
	d <- 0
	counts = make([]int, 4)
	defaults, never := 0, 0
	for k := 0; k < n; k++ {
		select {
		case a <- 1:
			counts[0]++
			<-a
		case b <- 2:
			counts[1]++
			<-b
		case <-c:
			counts[2]++
			c <- 0
		case <-d:
			counts[3]++
			d <- 0
		case full <- 1:
			never++
		case <-nilc:
			never++
		default:
			defaults++
		}
	}
	within("mixed", counts)
	fmt.Println("default taken:", defaults, "blocked cases taken:", never)

	// a closed channel is always ready: it competes fairly with a ready buffered one
	closed := make(chan int)
	close(closed)
	ready := make(chan int, 1)
	ready <- 7
	gotClosed, gotReady := 0, 0
	for k := 0; k < n; k++ {
		select {
		case _, ok := <-closed:
			if !ok {
				gotClosed++
			}
		case v := <-ready:
			gotReady++
			ready <- v
		}
	}
	fmt.Println("closed vs ready within 45%..55%:", gotClosed >= n*45/100 && gotClosed <= n*55/100,
		"total:", gotClosed+gotReady)
}
