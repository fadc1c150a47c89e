package main

import (
	"runtime"

	"example.com/m/where"
)

type T struct{}

func (T) Value() string { return where.Am(0) }

func (*T) Pointer() []string { return where.Stack() }

type myErr struct{}

func (myErr) Error() string { return "mine" }
func (myErr) RuntimeError() {}

type plainErr struct{}

func (plainErr) Error() string { return "plain" }

func classify(e error) string {
	switch e := e.(type) {
	case nil:
		return "nil"
	case runtime.Error:
		e.RuntimeError()
		return "runtime.Error: " + e.Error()
	default:
		return "error: " + e.Error()
	}
}

func catch(f func()) (err error) {
	defer func() { err = recover().(error) }()
	f()
	return nil
}

func main() {
	println(runtime.GOOS, len(runtime.Version()) > 3 && runtime.Version()[:3] == "go1")
	println(where.Am(0))
	println(T{}.Value())
	func() {
		println(where.Am(0))
		println(where.Am(1))
	}()
	for _, s := range new(T).Pointer() {
		println(s)
	}

	var a []int
	i := 3
	println(classify(catch(func() { _ = a[i] })))
	var m map[string]int
	println(classify(catch(func() { m["x"] = 1 })))
	var p *T
	println(classify(catch(func() { _ = *p })))
	println(classify(myErr{}))
	println(classify(plainErr{}))
	println(classify(nil))
	_, ok := catch(func() { _ = a[i] }).(runtime.Error)
	println(ok)

	println(runtime.NumGoroutine(), runtime.NumCPU() >= 1, runtime.GOMAXPROCS(0) >= 1)
	done := make(chan string)
	go func() {
		defer func() { done <- "deferred call ran" }()
		runtime.Goexit()
		println("not reached")
	}()
	println(<-done)
	runtime.Gosched()
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	println(ms.HeapAlloc > 0, ms.Sys >= ms.HeapAlloc, ms.NumGC > 0)
	x := new(int)
	runtime.SetFinalizer(x, func(*int) {})
	runtime.KeepAlive(x)
	runtime.LockOSThread()
	runtime.UnlockOSThread()
	var fn *runtime.Func
	println(fn.Name() == "")
}
