package main

// Integer division by zero panics at run time.

func div(a, b int) int {
	return a / b
}

func main() {
	println(div(10, 3))
	println(div(10, 0))
}
