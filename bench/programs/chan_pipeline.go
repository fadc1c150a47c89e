// buffered pipeline: a generator, three transforming stages and a sink connected by buffered
// channels, each stage a goroutine; closing propagates down the pipeline.
package main

const count = 12000000
const buffer = 128

func generate(n int, out chan<- int) {
	for i := 0; i < n; i++ {
		out <- i
	}
	close(out)
}

func square(in <-chan int, out chan<- int) {
	for v := range in {
		out <- v * v
	}
	close(out)
}

func filterOdd(in <-chan int, out chan<- int) {
	for v := range in {
		if v%2 == 1 {
			out <- v
		}
	}
	close(out)
}

func addMod(in <-chan int, out chan<- int) {
	for v := range in {
		out <- v%1000003 + 1
	}
	close(out)
}

func main() {
	a := make(chan int, buffer)
	b := make(chan int, buffer)
	c := make(chan int, buffer)
	d := make(chan int, buffer)
	go generate(count, a)
	go square(a, b)
	go filterOdd(b, c)
	go addMod(c, d)
	sum, n := 0, 0
	for v := range d {
		sum += v
		n++
	}
	println("received:", n, "sum:", sum)
}
