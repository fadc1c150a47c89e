package main

// Closures and range-over-func loops: iteration variables are fresh per iteration (closures in
// the body capture each one), the body reads and writes the enclosing function's variables, a
// loop inside a function literal returns from that literal, and iterators that are closures
// keep their own state.

func Count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

// Fib yields Fibonacci numbers; it stops when the body breaks.
func Fib() func(func(int) bool) {
	a, b := 0, 1
	return func(yield func(int) bool) {
		for yield(a) {
			a, b = b, a+b
		}
	}
}

// Filter returns an iterator over the values of seq that keep accepts.
func Filter(seq func(func(int) bool), keep func(int) bool) func(func(int) bool) {
	return func(yield func(int) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func main() {
	var fs []func() int
	for i := range Count(3) {
		fs = append(fs, func() int { return i * 10 })
	}
	for _, f := range fs {
		println("captured", f())
	}
	total, calls := 0, 0
	add := func(x int) { total += x; calls++ }
	for i := range Count(5) {
		add(i)
		if total > 5 {
			i = 100 // assigning the iteration variable does not affect the iterator
		}
	}
	println("total", total, "calls", calls)
	firstBig := func(limit int) int {
		for v := range Fib() {
			if v > limit {
				return v
			}
		}
		return -1
	}
	println("first fib > 50:", firstBig(50))
	fib := Fib()
	for v := range fib {
		if v > 3 {
			break
		}
		println("fib", v)
	}
	// the same iterator continues from its state after the early exit
	for v := range fib {
		println("fib again", v)
		if v > 10 {
			break
		}
	}
	evens := Filter(Count(10), func(x int) bool { return x%2 == 0 })
	for v := range Filter(evens, func(x int) bool { return x > 2 }) {
		println("even > 2:", v)
	}
	done := make(chan int)
	go func() {
		s := 0
		for v := range Count(4) {
			s += v
		}
		done <- s
	}()
	println("goroutine sum", <-done)
}
