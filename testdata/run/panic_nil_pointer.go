package main

// Dereferencing a nil pointer panics with a runtime error.

type T struct {
	x int
}

func get(t *T) int {
	return t.x
}

func main() {
	t := &T{5}
	println(get(t))
	t = nil
	println(get(t))
}
