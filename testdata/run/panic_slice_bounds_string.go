package main

// Slicing a string beyond its length panics, reporting the length.

func main() {
	s := "hello"
	n := 10
	println(s[1:])
	println(s[:n])
}
