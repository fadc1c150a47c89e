package main

// panic with a string value.

func main() {
	println("about to panic")
	panic("something went wrong")
}
