package main

// goto from the body of a range-over-func loop to a label outside it (and to one inside it).

func Count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				println("  stopped at", i)
				return
			}
		}
	}
}

func search(target int) string {
	for i := range Count(5) {
		for j := range Count(5) {
			if i*j == target {
				goto found
			}
		}
	}
	return "not found"
found:
	return "found"
}

func main() {
	tries := 0
again:
	tries++
	for i := range Count(4) {
		if i == tries {
			goto again
		}
		if tries == 3 {
			break
		}
	}
	println("tries", tries)
	println(search(6))
	println(search(17))
	for i := range Count(2) {
		n := 0
	loop:
		if n < i+1 {
			n++
			goto loop
		}
		println("inside goto", i, n)
	}
}
