// Package fail has one passing and one failing test (gava test's own test).
package fail

// Half halves x, wrongly for odd numbers.
func Half(x int) int { return x / 2 }
