package main

// break and continue in the body of a range-over-func loop: yield returns false on break (the
// iterator sees it and stops), true on continue.

func Count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		defer println("iterator returns")
		for i := 0; i < n; i++ {
			if !yield(i) {
				println("yield returned false at", i)
				return
			}
		}
		println("iterator exhausted")
	}
}

func main() {
	for i := range Count(10) {
		if i == 3 {
			break
		}
		println("body", i)
	}
	println("after break")
	for i := range Count(5) {
		if i%2 == 0 {
			continue
		}
		println("odd", i)
	}
	println("after continue")
	// break inside a switch and a plain loop inside the body leave only those
	for i := range Count(3) {
		switch i {
		case 1:
			break
		default:
			println("switch", i)
		}
		for j := 0; ; j++ {
			if j == i {
				break
			}
			println("inner", i, j)
		}
	}
	// labeled break and continue of the range-over-func loop itself
L:
	for i := range Count(6) {
		for j := 0; j < 3; j++ {
			if j == 1 && i < 2 {
				continue L
			}
			if i == 2 {
				break L
			}
			println("pair", i, j)
		}
	}
	println("done")
}
