package main

// A panic raised inside a function literal.

func run(f func(int)) {
	for i := 3; i >= 0; i-- {
		f(i)
	}
}

func main() {
	total := 100
	run(func(i int) {
		total /= i
		println("total", total)
	})
}
