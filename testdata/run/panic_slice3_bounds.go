package main

// A full slice expression with max beyond the capacity panics.

func main() {
	s := make([]int, 2, 4)
	m := 4
	t := s[0:1:m]
	println(len(t), cap(t))
	m = 9
	t = s[0:1:m]
	println(len(t), cap(t))
}
