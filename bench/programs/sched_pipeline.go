// Scale: ten million messages through a pipeline of goroutines; each stage checks the order and the
// sink verifies that nothing was lost, duplicated or reordered.
package main

import (
	"fmt"
	"os"
	"strconv"
)

func stage(id int, in <-chan int64, out chan<- int64, bad chan<- string) {
	next := int64(0)
	for v := range in {
		if v != next {
			bad <- fmt.Sprintf("stage %d: got %d, want %d", id, v, next)
			return
		}
		next++
		out <- v
	}
	close(out)
}

func main() {
	n := int64(10000000)
	stages := 8
	if len(os.Args) > 1 {
		x, _ := strconv.Atoi(os.Args[1])
		n = int64(x)
	}
	bad := make(chan string, stages)
	src := make(chan int64, 128)
	in := src
	for s := 0; s < stages; s++ {
		out := make(chan int64, 128)
		go stage(s, in, out, bad)
		in = out
	}
	go func() {
		for i := int64(0); i < n; i++ {
			src <- i
		}
		close(src)
	}()
	count, sum, xor := int64(0), int64(0), int64(0)
	next := int64(0)
	for v := range in {
		if v != next {
			fmt.Println("reordered at", next, "got", v)
			return
		}
		next++
		count++
		sum += v
		xor ^= v * 2654435761
	}
	select {
	case m := <-bad:
		fmt.Println(m)
	default:
	}
	fmt.Println("count:", count, "lost/dup:", count != n, "sum ok:", sum == n*(n-1)/2, "xor:", xor)
}
