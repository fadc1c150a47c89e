package main

// defer in the body of a range-over-func loop belongs to the enclosing function: the call runs
// when that function returns (not when yield returns), in last-in first-out order with the
// function's other deferred calls, after the iterator's own deferred calls.

func Count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		defer println("  iterator's defer")
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func f() {
	defer println("f: first defer")
	for i := range Count(3) {
		defer println("f: body defer", i)
		println("f: body", i)
	}
	defer println("f: last defer")
	println("f: end of body")
}

func g() (r int) {
	defer func() {
		println("g: result was", r)
		r++
	}()
	for i := range Count(5) {
		for j := range Count(5) {
			defer func() { r *= 10 }()
			if i+j == 1 {
				return i*10 + j
			}
		}
	}
	return -1
}

func h() {
	// only the body has a defer
	for i := range Count(2) {
		defer func() {
			println("h: deferred closure sees", i)
		}()
	}
	println("h: returning")
}

func main() {
	f()
	r := g()
	println("g:", r)
	h()
}
