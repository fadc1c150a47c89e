package main

func main() {
	println("sum", sum([]int{1, 2, 3}))
	println("at", at([]int{1, 2, 3}, 5))
}
