// A type parameter used as a map key must be constrained to comparable types.

package p

func g[T any]() {
	var m map[T]int
	_ = m
}

type M[K any, V any] map[K]V

type N[K comparable] map[K]int

func h[P interface{ ~int | ~[]int }]() {
	var m map[P]bool
	_ = m
}

func ok[P interface{ ~int | ~string }, Q comparable]() {
	var m map[P]Q
	var n map[Q]P
	_, _ = m, n
}
