// An instantiation cycle through several functions: the error lists each
// instantiation of the cycle.

package p

func h[A, B any]() {
	h[B, A]()
	k[A]()
}

func k[X any]() {
	h[X, []X]()
}
