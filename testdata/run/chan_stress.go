// Channels under load: a ring of goroutines, a buffered pipeline, a select fan-in with
// closed channels set to nil, many senders and receivers on one unbuffered channel, and
// close waking blocked receivers. Prints sums computed from what went through.
package main

import "fmt"

func ring(n, hops int) int {
	first := make(chan int)
	in := first
	for i := 0; i < n-1; i++ {
		out := make(chan int)
		go func(in <-chan int, out chan<- int) {
			for v := range in {
				out <- v + 1
			}
			close(out)
		}(in, out)
		in = out
	}
	last := in
	v := 0
	for h := 0; h < hops; h++ {
		first <- v
		v = <-last
	}
	close(first)
	_, ok := <-last
	if ok {
		return -1
	}
	return v
}

func pipeline(n int) int {
	src := make(chan int, 16)
	sq := make(chan int, 16)
	go func() {
		for i := 1; i <= n; i++ {
			src <- i
		}
		close(src)
	}()
	go func() {
		for v := range src {
			sq <- v * v % 1000
		}
		close(sq)
	}()
	sum := 0
	for v := range sq {
		sum += v
	}
	return sum
}

func fanin(producers, each int) (int, int) {
	chans := make([]chan int, producers)
	for p := range chans {
		chans[p] = make(chan int, p%3)
		go func(p int, c chan<- int) {
			for i := 0; i < each; i++ {
				c <- p*each + i
			}
			close(c)
		}(p, chans[p])
	}
	sum, count := 0, 0
	a, b, c, d := chans[0], chans[1], chans[2], chans[3]
	for a != nil || b != nil || c != nil || d != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			sum += v
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			sum += v
		case v, ok := <-c:
			if !ok {
				c = nil
				continue
			}
			sum += v
		case v, ok := <-d:
			if !ok {
				d = nil
				continue
			}
			sum += v
		}
		count++
	}
	return sum, count
}

func manyToMany(senders, receivers, each int) int {
	ch := make(chan int)
	sent := make(chan bool)
	results := make(chan int)
	for s := 0; s < senders; s++ {
		go func(s int) {
			for i := 0; i < each; i++ {
				ch <- s + i
			}
			sent <- true
		}(s)
	}
	for r := 0; r < receivers; r++ {
		go func() {
			sum := 0
			for v := range ch {
				sum += v
			}
			results <- sum
		}()
	}
	for s := 0; s < senders; s++ {
		<-sent
	}
	close(ch)
	total := 0
	for r := 0; r < receivers; r++ {
		total += <-results
	}
	return total
}

func closeWakes(n int) int {
	ch := make(chan int)
	res := make(chan bool)
	for i := 0; i < n; i++ {
		go func() {
			v, ok := <-ch
			res <- !ok && v == 0
		}()
	}
	close(ch)
	good := 0
	for i := 0; i < n; i++ {
		if <-res {
			good++
		}
	}
	return good
}

func main() {
	fmt.Println("ring:", ring(50, 4000))
	fmt.Println("pipeline:", pipeline(40000))
	sum, count := fanin(4, 10000)
	fmt.Println("fanin:", sum, count)
	fmt.Println("many to many:", manyToMany(8, 5, 2000))
	fmt.Println("close wakes:", closeWakes(500))
}
