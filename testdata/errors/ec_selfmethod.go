// A type's own fields and methods are not known while its declaration is
// being checked: selecting them inside it is an error (Go issue 18392).

package p

import "unsafe"

type A interface {
	Fn(A.Fn)
}

type S struct {
	x [unsafe.Sizeof(S.m)]int
}

func (S) m() {}

type B interface {
	M()
	N(B.M)
}

type C interface {
	M()
}

type D interface {
	C
	N(D.M)
}

type E struct{ f func(E.g) }

func (E) g() {}

// Once declared, the same selectors are fine.
type F interface {
	G(A, B)
}

var _ = S.m
var _ func(E) = E.g
var _ = unsafe.Sizeof(S{}.x)
