// fan-in with select: eight producers on their own channels, merged by a select loop (with a
// quit channel and a default-free blocking select), then a second select stage with a timeout-free
// multiplex of results and acknowledgements.
package main

const producers = 8
const perProducer = 400000

func produce(id int, out chan<- int, quit <-chan bool) {
	for i := 0; i < perProducer; i++ {
		select {
		case out <- id*perProducer + i:
		case <-quit:
			return
		}
	}
	close(out)
}

func main() {
	quit := make(chan bool)
	chans := make([]chan int, producers)
	for i := range chans {
		chans[i] = make(chan int, 16)
		go produce(i, chans[i], quit)
	}
	// Merge: a select over all eight channels written out (select has no dynamic form without
	// reflect); a channel that closes is set to nil so its case is never ready again.
	c0, c1, c2, c3, c4, c5, c6, c7 := chans[0], chans[1], chans[2], chans[3], chans[4], chans[5], chans[6], chans[7]
	open := producers
	sum, n := 0, 0
	perSource := [producers]int{}
	take := func(v int, ok bool, c *chan int) {
		if !ok {
			*c = nil
			open--
			return
		}
		sum += v
		n++
		perSource[v/perProducer]++
	}
	for open > 0 {
		select {
		case v, ok := <-c0:
			take(v, ok, &c0)
		case v, ok := <-c1:
			take(v, ok, &c1)
		case v, ok := <-c2:
			take(v, ok, &c2)
		case v, ok := <-c3:
			take(v, ok, &c3)
		case v, ok := <-c4:
			take(v, ok, &c4)
		case v, ok := <-c5:
			take(v, ok, &c5)
		case v, ok := <-c6:
			take(v, ok, &c6)
		case v, ok := <-c7:
			take(v, ok, &c7)
		}
	}
	close(quit)
	println("received:", n, "sum:", sum)
	for i, c := range perSource {
		println("producer", i, "sent", c)
	}

	// Request/response with select on both directions.
	req := make(chan int)
	resp := make(chan int)
	go func() {
		for r := range req {
			resp <- r * 2
		}
		close(resp)
	}()
	pending, sent, got, total := 0, 0, 0, 0
	const requests = 200000
	for got < requests {
		var sendCh chan int
		if sent < requests && pending < 1 {
			sendCh = req
		}
		select {
		case sendCh <- sent:
			sent++
			pending++
		case r := <-resp:
			total += r
			got++
			pending--
		}
	}
	close(req)
	println("requests:", got, "total:", total)
}
