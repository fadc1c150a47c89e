package main

// panic with a plain struct value: gc prints the type and an address
// (the address varies between implementations).

type Point struct {
	X, Y int
}

func main() {
	println("point")
	panic(Point{1, 2})
}
