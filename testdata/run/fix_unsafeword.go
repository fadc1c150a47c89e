package main

import "unsafe"

func dataptr(s string) uintptr { return *(*uintptr)(unsafe.Pointer(&s)) }

func bytesptr(b []byte) uintptr { return *(*uintptr)(unsafe.Pointer(&b)) }

func intsptr(b []int32) uintptr { return *(*uintptr)(unsafe.Pointer(&b)) }

func main() {
	c := "hello"
	d := "hel"
	d = d + "lo"
	println(dataptr(c) == dataptr(d), dataptr(c) == dataptr(c), dataptr(c[2:])-dataptr(c))
	b := []byte{1, 2, 3, 4, 5}
	println(bytesptr(b[3:])-bytesptr(b), bytesptr(b[1:][2:])-bytesptr(b), bytesptr(b) == bytesptr([]byte{1}))
	is := []int32{1, 2, 3, 4, 5}
	println(intsptr(is[3:])-intsptr(is), intsptr(is[1:][2:])-intsptr(is))
	var x uint64 = 7
	p := (*uint64)(unsafe.Pointer(&x))
	*p = 9
	println(x)
}
