package main

// Indexing a nil slice panics like indexing any empty slice.

func main() {
	var s []int
	println(len(s))
	s[0] = 1
}
