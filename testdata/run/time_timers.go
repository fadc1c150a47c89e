// Go 1.23 changed Stop and Reset; this program checks the earlier semantics (gc 1.19's).
//go:debug asynctimerchan=1

package main

import (
	"runtime"
	"time"
)

func main() {
	// a pending timer is not a goroutine
	tm0 := time.NewTimer(time.Hour)
	println("goroutines:", runtime.NumGoroutine(), tm0.Stop())
	start := time.Now()
	time.Sleep(20 * time.Millisecond)
	el := time.Since(start)
	println("slept >= 20ms:", el >= 20*time.Millisecond, el < 5*time.Second)
	time.Sleep(-1)
	time.Sleep(0)

	// After
	t0 := time.Now()
	v := <-time.After(10 * time.Millisecond)
	println("after: value later than start:", v.After(t0), !v.Before(t0.Add(10*time.Millisecond)))

	// NewTimer and Stop
	tm := time.NewTimer(time.Hour)
	println("stop pending:", tm.Stop())
	println("stop again:", tm.Stop())
	select {
	case <-tm.C:
		println("unexpected fire")
	default:
		println("no value after stop")
	}
	// Reset a stopped timer
	println("reset stopped:", tm.Reset(5*time.Millisecond))
	<-tm.C
	println("fired after reset")
	println("reset fired:", tm.Reset(time.Hour))
	println("reset pending:", tm.Reset(2*time.Millisecond))
	<-tm.C
	println("fired after second reset")
	println("stop fired:", tm.Stop())

	// timer that fired but was not drained: Stop reports false, value stays in channel
	tm2 := time.NewTimer(time.Millisecond)
	for len(tm2.C) == 0 {
		time.Sleep(time.Millisecond)
	}
	println("stop after expiry:", tm2.Stop(), len(tm2.C))

	// timers fire in the order of their due times
	a := time.NewTimer(30 * time.Millisecond)
	b := time.NewTimer(10 * time.Millisecond)
	c := time.NewTimer(20 * time.Millisecond)
	ta, tb, tc := <-a.C, <-b.C, <-c.C
	println("b before c before a:", tb.Before(tc), tc.Before(ta))

	// select with timeout
	ch := make(chan int)
	select {
	case v := <-ch:
		println("got", v)
	case <-time.After(15 * time.Millisecond):
		println("timeout")
	}
	go func() {
		time.Sleep(5 * time.Millisecond)
		ch <- 42
	}()
	select {
	case v := <-ch:
		println("got", v)
	case <-time.After(10 * time.Second):
		println("timeout")
	}

	// AfterFunc
	done := make(chan string)
	time.AfterFunc(5*time.Millisecond, func() { done <- "afterfunc ran" })
	println(<-done)
	af := time.AfterFunc(time.Hour, func() { done <- "stopped afterfunc reset ran" })
	println("afterfunc stop:", af.Stop(), af.Stop())
	println("afterfunc reset:", af.Reset(time.Millisecond))
	println(<-done)
	af2 := time.AfterFunc(time.Hour, func() { done <- "reset afterfunc ran" })
	af2.Reset(3 * time.Millisecond)
	println(<-done)

	// Ticker
	last := time.Now()
	tk := time.NewTicker(5 * time.Millisecond)
	n := 0
	for range tk.C {
		n++
		if n == 3 {
			break
		}
	}
	println("ticks:", n, time.Since(last) >= 10*time.Millisecond)
	tk.Reset(2 * time.Millisecond)
	<-tk.C
	println("tick after reset")
	tk.Stop()
	time.Sleep(10 * time.Millisecond)
	select {
	case <-tk.C:
		// at most one buffered tick from before Stop
		select {
		case <-tk.C:
			println("ticker still running")
		default:
			println("stopped")
		}
	default:
		println("stopped")
	}
	// time.Tick
	tick := time.Tick(3 * time.Millisecond)
	<-tick
	<-tick
	println("tick twice")
	println("nil tick:", time.Tick(0) == nil, time.Tick(-1) == nil)

	func() {
		defer func() { println("recovered:", msg(recover())) }()
		time.NewTicker(0)
	}()
	func() {
		defer func() { println("recovered:", msg(recover())) }()
		tk.Reset(-1)
	}()
	func() {
		defer func() { println("recovered:", msg(recover())) }()
		var t time.Timer
		t.Reset(1)
	}()
	// Sub / Add / Since / Until with monotonic clock
	t1 := time.Now()
	t2 := t1.Add(time.Second)
	println("sub:", t2.Sub(t1).String(), t1.Before(t2), t2.After(t1), t1.Equal(t1.Round(0)), time.Until(t2) > 0)
}

func msg(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case error:
		return x.Error()
	}
	return "?"
}
