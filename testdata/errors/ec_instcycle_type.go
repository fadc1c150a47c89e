// A generic type whose declaration instantiates itself with a larger type
// argument through another generic type.

package p

type A[T any] struct{ b *B[T] }

type B[T any] struct{ a *A[chan T] }

// Self-reference with the same arguments is fine.
type L[T any] struct{ next *L[T] }
