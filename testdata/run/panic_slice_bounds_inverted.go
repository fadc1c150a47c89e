package main

// A low bound greater than the high bound panics with both bounds.

func main() {
	s := []int{0, 1, 2, 3, 4}
	lo, hi := 3, 2
	println(len(s[2:3]))
	t := s[lo:hi]
	println(len(t))
}
