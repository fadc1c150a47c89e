package main

// Functions returning several results: destructuring, discarding with _,
// passing a multi-value call straight into another call, and swapping.

func divmod(a, b int) (int, int) {
	return a / b, a % b
}

func swap(a, b string) (string, string) {
	return b, a
}

func three() (int, bool, string) {
	return 7, true, "seven"
}

func forward(a, b int) (int, int) {
	return divmod(a, b)
}

func add(a, b int) int {
	return a + b
}

func minmax(xs []int) (lo int, hi int) {
	lo, hi = xs[0], xs[0]
	for _, x := range xs {
		if x < lo {
			lo = x
		}
		if x > hi {
			hi = x
		}
	}
	return lo, hi
}

func main() {
	q, r := divmod(17, 5)
	println(q, r)
	q, r = divmod(-17, 5)
	println(q, r)
	q, r = divmod(17, -5)
	println(q, r)

	x, y := swap("hello", "world")
	println(x, y)

	n, ok, s := three()
	println(n, ok, s)

	_, r = divmod(100, 7)
	println(r)
	q, _ = divmod(100, 7)
	println(q)

	println(add(divmod(23, 4)))

	a, b := forward(9, 2)
	println(a, b)
	a, b = b, a
	println(a, b)

	lo, hi := minmax([]int{4, -2, 9, 0, 9, -7, 3})
	println(lo, hi)

	// redeclaration with := reuses a and declares c
	a, c := divmod(50, 6)
	println(a, c)
}
