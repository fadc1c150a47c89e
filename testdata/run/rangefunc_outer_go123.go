package main

// Labeled break and continue of loops enclosing a range-over-func loop, from its body: yield
// returns false, and after the iterator returns the loop jumps to the outer target.

func Count(name string, n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				println(" ", name, "stopped at", i)
				return
			}
		}
	}
}

func main() {
outer:
	for i := 0; i < 3; i++ {
		for j := range Count("A", 3) {
			if j == 1 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			println("plain/func", i, j)
		}
		println("not reached")
	}
	// two range-over-func loops: the exit passes through both iterators
rows:
	for i := range Count("rows", 4) {
		for j := range Count("cols", 4) {
			if j > i {
				continue rows
			}
			if i == 3 {
				break rows
			}
			println("cell", i, j)
		}
	}
	// a range-over-func loop over a map loop, and a switch inside
	m := map[string]int{"k": 1}
	for k := range m {
	sw:
		switch {
		default:
			for x := range Count("sw", 5) {
				if x == 1 {
					break sw
				}
				println(k, x)
			}
			println("not reached")
		}
	}
	println("done")
}
