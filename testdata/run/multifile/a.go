package main

// A program in two files: package-level variables initialise in dependency
// order across files, then init functions run file by file (a.go before
// b.go, files sorted by name) in source order.

var order []string

func note(s string, v int) int {
	order = append(order, s)
	println("var", s, v)
	return v
}

var first = note("first", second+1) // depends on a variable in b.go

var third = note("third", 3)

func init() {
	println("a.go init 1", first, second, third, fromB)
}

func init() {
	println("a.go init 2")
}

func main() {
	println("main", first, second, third, fromB, helper(2))
	for i, s := range order {
		println(i, s)
	}
}
