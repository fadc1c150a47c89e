package main

func Max[T int | string](a, b T) T {
	if a > b {
		return a
	}
	return b
}

type Box[T any] struct{ v T }

func (b Box[T]) Get() T { return b.v }

var f = Max[int]
var g = Max[string]
var box = Box[string]{"boxed"}
var get = box.Get
var mexpr = Box[int].Get

func init() { println(Max("x", "y")) }

func main() {
	println(f(1, 2), g("a", "b"), get(), mexpr(Box[int]{9}))
}
