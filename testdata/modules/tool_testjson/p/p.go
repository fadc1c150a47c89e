package p

// Twice doubles n.
func Twice(n int) int { return 2 * n }
