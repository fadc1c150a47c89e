package main

// Package initialisation: variables are initialised in dependency order,
// then init functions run in the order they appear, then main.

var trace string

func record(name string, v int) int {
	trace += name + " "
	println("init var", name, v)
	return v
}

var a = record("a", b+c)
var b = record("b", d*2)
var c = record("c", 3)
var d = record("d", 4)
var e, f = record("e", 5), record("f", a+1)

var total = sum()

func sum() int {
	return a + b + c + d + e + f
}

var (
	x = record("x", y)
	y = record("y", 100)
)

func init() {
	println("init 1", a, b, total)
	a = -1
}

var late = record("late", 1)

func init() {
	println("init 2", a, late)
}

func init() {
	println("init 3")
	trace += "init3"
}

func main() {
	println("main", a, b, c, d, e, f, total, x, y)
	println(trace)
}
