// sync/atomic from GOROOT with gava's overlay (gava.runtime.Atomics; atomic.Value in Go).
package main

import "sync/atomic"

type S struct {
	a int32
	n int64
	u atomic.Uint64
}

func main() {
	var x int32
	var s S
	done := make(chan bool)
	for g := 0; g < 4; g++ {
		go func() {
			for i := 0; i < 1000; i++ {
				atomic.AddInt32(&x, 1)
				atomic.AddInt64(&s.n, 2)
				s.u.Add(3)
			}
			done <- true
		}()
	}
	for g := 0; g < 4; g++ {
		<-done
	}
	println(atomic.LoadInt32(&x), atomic.LoadInt64(&s.n), s.u.Load())
	println(atomic.CompareAndSwapInt32(&x, 4000, 7), x, atomic.CompareAndSwapInt32(&x, 4000, 8), x)
	println(atomic.SwapInt64(&s.n, 1), s.n)
	arr := []uint32{1, 2, 3}
	atomic.StoreUint32(&arr[1], 20)
	println(atomic.AddUint32(&arr[1], ^uint32(0)), arr[1])
	var v atomic.Value
	println(v.Load() == nil)
	v.Store("hello")
	println(v.Load().(string), v.CompareAndSwap("hello", "world"), v.Load().(string), v.Swap("again").(string))
	func() {
		defer func() { println(recover().(string)) }()
		v.Store(1)
	}()
	var b atomic.Bool
	b.Store(true)
	println(b.Load())
	var np *int32
	defer func() { println(recover().(error).Error()) }()
	atomic.AddInt32(np, 1)
}
