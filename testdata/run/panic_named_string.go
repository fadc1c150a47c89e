package main

// panic with a value of a named string type prints the type name and the
// quoted string.

type Reason string

func main() {
	r := Reason("bad \"input\"")
	println(len(r))
	panic(r)
}
