package main

// Integer remainder by zero panics too, for every integer type.

func main() {
	var a uint8 = 7
	var b uint8
	println(a % 3)
	println(a % b)
}
