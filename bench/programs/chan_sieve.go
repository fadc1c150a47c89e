// prime sieve: the classic concurrent sieve of Eratosthenes from the Go tour, a daisy chain of
// filter goroutines connected by unbuffered channels, one per prime found.
package main

const primes = 4000

func generate(ch chan<- int) {
	for i := 2; ; i++ {
		ch <- i
	}
}

func filter(in <-chan int, out chan<- int, prime int) {
	for {
		i := <-in
		if i%prime != 0 {
			out <- i
		}
	}
}

func main() {
	ch := make(chan int)
	go generate(ch)
	sum := 0
	last := 0
	for i := 0; i < primes; i++ {
		prime := <-ch
		sum += prime
		last = prime
		ch1 := make(chan int)
		go filter(ch, ch1, prime)
		ch = ch1
	}
	// main returns with the filter goroutines still blocked, as in the original.
	println("primes:", primes, "last:", last, "sum:", sum)
}
