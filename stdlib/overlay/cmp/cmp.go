// Package cmp is gava's own implementation of Go 1.21's cmp package (an overlay-only package:
// Go 1.19's GOROOT has none). API and semantics from the Go documentation.
package cmp

//gava:provide (Go 1.21+: used only when GOROOT has no such package)

// Ordered is a constraint permitting any ordered type: one supporting <, <=, >= and >.
type Ordered interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 |
		~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr |
		~float32 | ~float64 |
		~string
}

// isNaN reports whether x is a NaN (only floats can differ from themselves).
func isNaN[T Ordered](x T) bool {
	return x != x
}

// Less reports whether x is less than y; a NaN is less than any non-NaN, and -0.0 equals 0.0.
func Less[T Ordered](x, y T) bool {
	return (isNaN(x) && !isNaN(y)) || x < y
}

// Compare returns -1, 0 or +1 as x is less than, equal to or greater than y; NaNs are equal to
// each other and less than any non-NaN, and -0.0 equals 0.0.
func Compare[T Ordered](x, y T) int {
	xNaN, yNaN := isNaN(x), isNaN(y)
	switch {
	case xNaN && yNaN:
		return 0
	case xNaN:
		return -1
	case yNaN:
		return +1
	case x < y:
		return -1
	case x > y:
		return +1
	}
	return 0
}

// Or returns the first of its arguments that is not the zero value, or the zero value.
func Or[T comparable](vals ...T) T {
	var zero T
	for _, v := range vals {
		if v != zero {
			return v
		}
	}
	return zero
}
