package main

// Slicing beyond the capacity panics, reporting the capacity.

func main() {
	s := make([]int, 3, 5)
	j := 5
	println(len(s[:j]))
	j = 6
	println(len(s[:j]))
}
