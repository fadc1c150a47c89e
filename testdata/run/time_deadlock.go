package main

import "time"

// A goroutine sleeping or waiting for a timer keeps the program alive; once no timer is pending
// and every goroutine is blocked, the program deadlocks.
func main() {
	ch := make(chan int)
	go func() {
		time.Sleep(30 * time.Millisecond)
		ch <- 1
	}()
	println("got", <-ch)
	<-time.After(20 * time.Millisecond)
	println("after")
	done := make(chan bool)
	time.AfterFunc(10*time.Millisecond, func() { done <- true })
	<-done
	println("afterfunc")
	tk := time.NewTicker(5 * time.Millisecond)
	<-tk.C
	<-tk.C
	tk.Stop()
	println("ticker")
	time.Sleep(10 * time.Millisecond)
	<-ch
}
