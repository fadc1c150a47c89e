// Package calc is a tiny package whose tests all pass (gava test's own test).
package calc

// Sum adds the numbers.
func Sum(xs ...int) int {
	s := 0
	for _, x := range xs {
		s += x
	}
	return s
}

func double(x int) int { return 2 * x }
