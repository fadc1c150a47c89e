package main

import "unsafe"

type Pair[K, V any] struct {
	Key K
	Val V
}

func Sizes[T any](x T) (uintptr, uintptr) {
	return unsafe.Sizeof(x), unsafe.Alignof(x)
}

func ValOffset[K, V any](p *Pair[K, V]) uintptr { return unsafe.Offsetof(p.Val) }

func main() {
	println(Sizes(int8(1)))
	println(Sizes("s"))
	println(Sizes(Pair[int8, int64]{}))
	println(ValOffset(&Pair[bool, string]{}), ValOffset(&Pair[[3]int32, byte]{}))
}
