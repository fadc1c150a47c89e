package main

// Writing to a nil map panics; reading from it does not.

func main() {
	var m map[string]int
	println(m["a"], len(m))
	m["a"] = 1
	println("not reached")
}
