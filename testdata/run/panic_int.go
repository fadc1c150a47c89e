package main

// panic with an int value.

func main() {
	code := 42
	println("code", code)
	panic(code)
}
