package main

import "time"

// While a timer is pending the blocked main goroutine is not a deadlock; once the AfterFunc
// goroutine has run and exited, it is.
func main() {
	time.AfterFunc(20*time.Millisecond, func() { println("fired") })
	ch := make(chan int)
	<-ch
}
