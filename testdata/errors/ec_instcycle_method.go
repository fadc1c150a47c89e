// A method of a generic type stands for its receiver type's type parameters:
// instantiating the type with *T inside it is a cycle.

package p

type M[T any] struct{}

func (m *M[T]) f() {
	var x M[*T]
	x.f()
}
