package main

var second = note("second", third*10) // depends on a variable in a.go

var fromB = note("fromB", 7)

func init() {
	println("b.go init", helper(first))
}

func helper(n int) int {
	return n * 1000
}
