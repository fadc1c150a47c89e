package main

// A program whose main returns normally exits with status 0 even after
// writing to standard error.

func main() {
	println("done")
	return
	println("unreachable")
}
