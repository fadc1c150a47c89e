package main

// A panic deep in a call chain: the trace shows one frame per call, from
// the innermost outwards.

func level3(s []int, i int) int {
	return s[i]
}

func level2(s []int, i int) int {
	v := level3(s, i)
	return v * 2
}

func level1(n int) int {
	s := make([]int, n)
	total := 0
	for i := 0; i <= n; i++ {
		total += level2(s, i)
	}
	return total
}

func main() {
	println("start")
	println(level1(3))
}
