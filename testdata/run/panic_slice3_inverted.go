package main

// A full slice expression whose high bound exceeds max panics.

func main() {
	s := make([]int, 10)
	hi, max := 5, 3
	println(cap(s[1:2:3]))
	println(cap(s[1:hi:max]))
}
