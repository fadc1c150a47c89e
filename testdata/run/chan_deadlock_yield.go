// Deadlock detection stays exact when goroutines yield before parking: after many fast
// hand-offs (plain operations and a select) the partner exits and main blocks for good.
package main

func player(ping chan int, pong chan int, quit chan bool) {
	for {
		select {
		case v := <-ping:
			pong <- v + 1
		case <-quit:
			return
		}
	}
}

func main() {
	ping, pong, quit := make(chan int), make(chan int), make(chan bool)
	go player(ping, pong, quit)
	v := 0
	for i := 0; i < 20000; i++ {
		ping <- v
		v = <-pong
	}
	quit <- true
	println("value:", v)
	<-pong
}
