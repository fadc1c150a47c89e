package main

// Indexing an array with a variable index out of range panics at run time.

func main() {
	var a [4]int
	for i := 0; i < 10; i++ {
		a[i] = i
		println("set", i)
	}
}
