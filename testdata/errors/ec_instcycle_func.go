// A generic function that calls itself with ever larger type arguments needs
// infinitely many instances (Go issue 48711): an instantiation cycle.

package main

func f[T interface{ ~[]P }, P any](t T) {
	if t == nil {
		return
	}
	f[[]T, T]([]T{t})
}

// Calls with the same type arguments, or permuted ones, are fine.
func ok[A, B any](a A, b B, n int) {
	if n > 0 {
		ok(a, b, n-1)
		ok[B, A](b, a, n-1)
	}
}

func main() {
	f[[]int](nil)
	ok(1, "a", 3)
}
