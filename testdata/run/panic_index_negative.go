package main

// A negative index panics with the index alone.

func main() {
	s := []string{"a", "b"}
	i := 1
	println(s[i])
	i -= 2
	println(s[i])
}
