// runtime.Goexit in main: the deferred calls run, the other goroutines go on, and when the last
// one ends the program dies with gc's "no goroutines" fatal error.
package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	ran := make(chan bool)
	defer func() {
		fmt.Println("main's deferred call runs")
		close(ran)
	}()
	go func() {
		<-ran
		time.Sleep(10 * time.Millisecond)
		fmt.Println("the other goroutine still runs")
	}()
	runtime.Goexit()
}
