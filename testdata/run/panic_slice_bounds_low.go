package main

// A low bound beyond the length of a string or array (with the high bound
// omitted) panics with the low bound and the length.

func main() {
	a := [4]int{1, 2, 3, 4}
	i := 2
	println(len(a[i:]))
	i = 7
	println(len(a[i:]))
}
