// Package calc adds numbers, doubling them through the vendored example.com/dep/sub.
package calc

import "example.com/dep/sub"

// Sum returns the sum of xs.
func Sum(xs ...int) int {
	s := 0
	for _, x := range xs {
		s += x
	}
	return s
}

// DoubleSum returns twice the sum of xs.
func DoubleSum(xs ...int) int { return sub.Twice(Sum(xs...)) }
