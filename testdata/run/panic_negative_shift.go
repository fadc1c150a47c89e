package main

// A negative shift count panics at run time.

func main() {
	x := 1
	s := 3
	println(x << s)
	s -= 4
	println(x << s)
}
