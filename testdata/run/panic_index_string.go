package main

// Indexing a string past its length panics.

func at(s string, i int) byte {
	return s[i]
}

func main() {
	s := "héllo"
	println(at(s, 0), at(s, 5))
	println(at(s, len(s)))
}
