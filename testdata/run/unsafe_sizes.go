package main

import "unsafe"

type small struct {
	a bool
	b int64
	c int8
}

type inner struct {
	x int32
	y [3]int16
}

type outer struct {
	flag bool
	inner
	s   string
	f   float32
	z   struct{}
}

type empty struct{}

func main() {
	var (
		b   bool
		i8  int8
		i16 int16
		i32 int32
		i   int
		u   uintptr
		f32 float32
		c64 complex64
		c   complex128
		s   string
		sl  []int
		m   map[int]int
		ch  chan int
		fn  func()
		e   interface{}
		err error
		p   *int
		up  unsafe.Pointer
		arr [5]int16
		sm  small
		o   outer
		em  empty
		ea  [0]int64
	)
	println(unsafe.Sizeof(b), unsafe.Sizeof(i8), unsafe.Sizeof(i16), unsafe.Sizeof(i32), unsafe.Sizeof(i), unsafe.Sizeof(u))
	println(unsafe.Sizeof(f32), unsafe.Sizeof(c64), unsafe.Sizeof(c), unsafe.Sizeof(s), unsafe.Sizeof(sl), unsafe.Sizeof(m))
	println(unsafe.Sizeof(ch), unsafe.Sizeof(fn), unsafe.Sizeof(e), unsafe.Sizeof(err), unsafe.Sizeof(p), unsafe.Sizeof(up))
	println(unsafe.Sizeof(arr), unsafe.Sizeof(sm), unsafe.Sizeof(o), unsafe.Sizeof(em), unsafe.Sizeof(ea))
	println(unsafe.Alignof(b), unsafe.Alignof(i16), unsafe.Alignof(c64), unsafe.Alignof(c), unsafe.Alignof(arr), unsafe.Alignof(sm), unsafe.Alignof(o))
	println(unsafe.Offsetof(sm.a), unsafe.Offsetof(sm.b), unsafe.Offsetof(sm.c))
	println(unsafe.Offsetof(o.flag), unsafe.Offsetof(o.inner), unsafe.Offsetof(o.x), unsafe.Offsetof(o.y), unsafe.Offsetof(o.s), unsafe.Offsetof(o.f), unsafe.Offsetof(o.z))
	// constants: usable in array lengths and constant expressions
	var buf [unsafe.Sizeof(sm) * 2]byte
	const k = unsafe.Sizeof(o) + unsafe.Alignof(i)
	println(len(buf), k)
	// a pointer survives a round trip through unsafe.Pointer
	x := 42
	q := (*int)(unsafe.Pointer(&x))
	*q = 7
	println(x, unsafe.Pointer(nil) == nil, unsafe.Pointer(&x) == unsafe.Pointer(q))
	var t *small = &sm
	t2 := (*small)(unsafe.Pointer(t))
	t2.b = 99
	println(sm.b)
}
