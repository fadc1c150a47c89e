// A type declared inside a generic function is implicitly parameterized by
// the function's type parameters.

package p

func loc[T any](x T) {
	type S struct{ t T }
	loc(S{x})
}
