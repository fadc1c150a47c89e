package main

// A panic during package initialisation happens before main runs.

var table = build(3)

func build(n int) []int {
	t := make([]int, n)
	for i := 0; i < n; i++ {
		t[i] = 10 / (2 - i)
	}
	return t
}

func init() {
	println("init not reached")
}

func main() {
	println("main not reached", len(table))
}
