// ring: 1,000 goroutines in a ring, each receiving a token from its left neighbour and passing it
// on decremented to its right one, until the token reaches zero (the Benchmarks Game's
// thread-ring, with more laps).
package main

const goroutines = 1000
const token = 12000123

func member(id int, in <-chan int, out chan<- int, done chan<- int) {
	for {
		t := <-in
		if t == 0 {
			done <- id
			// Pass the zero on so every member ends.
			out <- 0
			return
		}
		out <- t - 1
	}
}

func main() {
	first := make(chan int)
	done := make(chan int, goroutines)
	in := first
	for i := 1; i <= goroutines; i++ {
		var out chan int
		if i == goroutines {
			out = first
		} else {
			out = make(chan int)
		}
		go member(i, in, out, done)
		in = out
	}
	first <- token
	winner := <-done
	ended := 1
	for ended < goroutines {
		<-done
		ended++
	}
	println("token reached zero at member", winner, "; members ended:", ended)
}
