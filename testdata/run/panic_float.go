package main

// panic with a float64 value prints it like println does.

func main() {
	panic(2.5)
}
