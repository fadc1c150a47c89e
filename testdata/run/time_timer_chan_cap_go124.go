package main

import (
	"fmt"
	"time"
)

// Go 1.23: the channels of timers and tickers are synchronous, so len and cap report 0, even
// when a value is ready to be received.
func main() {
	t := time.NewTimer(time.Millisecond)
	fmt.Println("timer cap", cap(t.C), "len", len(t.C))
	time.Sleep(20 * time.Millisecond)
	fmt.Println("fired: len", len(t.C))
	v := <-t.C
	fmt.Println("received", !v.IsZero())
	tk := time.NewTicker(time.Hour)
	fmt.Println("ticker cap", cap(tk.C), "len", len(tk.C))
	tk.Stop()
	c := time.After(time.Millisecond)
	fmt.Println("after cap", cap(c))
	<-c
	own := make(chan time.Time, 1)
	fmt.Println("own channel cap", cap(own))
	fmt.Println("stop", t.Stop(), "reset", t.Reset(time.Millisecond))
	<-t.C
	fmt.Println("done")
}
