package main

// Indexing a slice past its length panics with the index and the length.

func main() {
	s := []int{1, 2, 3}
	i := 5
	println("len", len(s))
	s[1] = 20
	println(s[1])
	println(s[i])
	println("not reached")
}
