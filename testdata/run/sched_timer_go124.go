// Timers and tickers with Go 1.23's Stop and Reset: no stale value is received after they return,
// and a fired but unreceived timer still counts as active. Then time.After, AfterFunc and
// context deadlines and cancellation with many goroutines.
package main

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

func stale(c <-chan time.Time) string {
	select {
	case <-c:
		return "stale value received"
	default:
		return "no stale value"
	}
}

func timers() {
	t := time.NewTimer(time.Millisecond)
	time.Sleep(20 * time.Millisecond) // fired: the value waits in the channel
	fmt.Println("Stop after firing:", t.Stop(), stale(t.C))

	t = time.NewTimer(time.Millisecond)
	time.Sleep(20 * time.Millisecond)
	before := time.Now()
	fmt.Println("Reset after firing:", t.Reset(5*time.Millisecond))
	v := <-t.C
	fmt.Println("value after Reset is fresh:", !v.Before(before))

	t = time.NewTimer(time.Millisecond)
	<-t.C
	stopped := t.Stop()
	if !stopped {
		select { // the old idiom must not block
		case <-t.C:
		default:
		}
	}
	fmt.Println("Stop after receive:", stopped)

	t = time.NewTimer(time.Hour)
	fmt.Println("Stop pending:", t.Stop(), "again:", t.Stop())

	tk := time.NewTicker(time.Millisecond)
	time.Sleep(20 * time.Millisecond)
	tk.Stop()
	fmt.Println("Ticker.Stop:", stale(tk.C))
	time.Sleep(10 * time.Millisecond)
	fmt.Println("after Ticker.Stop:", stale(tk.C))

	tk = time.NewTicker(time.Millisecond)
	time.Sleep(20 * time.Millisecond)
	before = time.Now()
	tk.Reset(10 * time.Millisecond)
	v = <-tk.C
	fmt.Println("Ticker.Reset: next tick is fresh:", !v.Before(before.Add(5*time.Millisecond)))
	n := 0
	for n < 3 {
		<-tk.C
		n++
	}
	tk.Stop()
	fmt.Println("ticks after Reset:", n)
}

func many() {
	const N = 1000
	var wg sync.WaitGroup
	var fired, timedOut, canceled, afterFunc int64
	for i := 0; i < N; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			select {
			case <-time.After(time.Duration(i%10) * time.Millisecond):
				atomic.AddInt64(&fired, 1)
			case <-time.After(time.Hour):
			}
		}(i)
	}
	wg.Wait()

	var afterWG sync.WaitGroup
	stoppedFuncs := 0
	for i := 0; i < N; i++ {
		afterWG.Add(1)
		t := time.AfterFunc(time.Duration(i%5)*time.Millisecond+time.Millisecond, func() {
			atomic.AddInt64(&afterFunc, 1)
			afterWG.Done()
		})
		if i%2 == 1 && t.Stop() {
			stoppedFuncs++
			afterWG.Done()
		}
	}
	afterWG.Wait()

	ctx, cancel := context.WithCancel(context.Background())
	var deadlines, ready sync.WaitGroup
	for i := 0; i < N; i++ {
		if i%2 == 0 {
			deadlines.Add(1)
			go func(i int) {
				defer deadlines.Done()
				d, cancel2 := context.WithTimeout(ctx, time.Duration(i%7)*time.Millisecond)
				defer cancel2()
				<-d.Done()
				if d.Err() == context.DeadlineExceeded {
					atomic.AddInt64(&timedOut, 1)
				}
			}(i)
			continue
		}
		wg.Add(1)
		ready.Add(1)
		go func(i int) {
			defer wg.Done()
			c, cancel2 := context.WithCancel(ctx)
			defer cancel2()
			ready.Done()
			<-c.Done()
			if c.Err() == context.Canceled {
				atomic.AddInt64(&canceled, 1)
			}
		}(i)
	}
	deadlines.Wait()
	ready.Wait()
	cancel()
	wg.Wait()
	fmt.Println("time.After fired:", fired)
	fmt.Println("AfterFunc ran + stopped:", afterFunc+int64(stoppedFuncs) == N)
	fmt.Println("deadlines exceeded:", timedOut, "canceled:", canceled)
}

func main() {
	timers()
	many()
}
