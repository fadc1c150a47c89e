package main

import "example.com/gen/coll"

type Lener interface{ Len() int }

func main() {
	var l coll.List[string]
	l.Push("a")
	l.Push("b")
	println(l.Len(), l.At(1))
	sq := coll.Map([]int{1, 2, 3}, func(i int) float64 { return float64(i) / 2 })
	println(len(sq), coll.Sum(sq...))
	li := coll.Ints()
	var x Lener = li
	println(li.At(0), x.Len(), coll.Sum[int]())
	f := coll.Sum[float64]
	println(f(1.5, 2))
	coll.Fail(&l)
}
