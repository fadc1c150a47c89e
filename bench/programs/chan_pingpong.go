// unbuffered ping-pong: two goroutines hand an integer back and forth over two unbuffered
// channels (every send is a rendezvous and a goroutine switch).
package main

const rounds = 6000000

func player(in <-chan int, out chan<- int) {
	for v := range in {
		out <- v + 1
	}
	close(out)
}

func main() {
	ping := make(chan int)
	pong := make(chan int)
	go player(ping, pong)
	v := 0
	for i := 0; i < rounds; i++ {
		ping <- v
		v = <-pong
	}
	close(ping)
	_, ok := <-pong
	println("rounds:", rounds, "value:", v, "pong closed:", !ok)
}
