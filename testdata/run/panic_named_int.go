package main

// panic with a value of a named integer type prints the type name and the
// value in parentheses.

type Code int

func main() {
	panic(Code(-3))
}
