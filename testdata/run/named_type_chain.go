// Declared types whose right-hand side is a chain of declared names leading back to a struct that
// is still being declared (fixedbugs/bug336): T13..T16 all have T12's struct as underlying type.
package main

type T12 struct {
	F1 *T15
	F2 *T13
	N  int
}

type T13 T14
type T14 T15
type T15 T16
type T16 T12

func (t *T14) Inc() { t.N++ }

type List struct{ Next *Node }
type Node List

func main() {
	t := &T12{&T15{N: 1}, &T13{N: 2}, 3}
	println(t.F1.N, t.F2.N, t.N)
	var x T13
	x.F1 = &T15{}
	x.F1.F2 = t.F2
	println(x.F1 != nil, x.F1.F2.N)
	y := &T14{}
	y.Inc()
	y.Inc()
	y.F1 = x.F1
	println(y.N, y.F1.F2.N, T16(*t).N, T13(*y).N)
	l := List{&Node{&Node{}}}
	n := 0
	for p := l.Next; p != nil; p = p.Next {
		n++
	}
	println(n)
}
