package main

func sum(s []int) int {
	t := 0
	for _, v := range s {
		t += v
	}
	return t
}

//go:noinline
func at(s []int, i int) int {
	return s[i]
}
