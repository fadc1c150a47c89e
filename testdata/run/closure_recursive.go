package main

// Recursion through a closure variable, closures returning closures, and
// function values stored in data structures.

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return f(g(x)) }
}

func memo() func(int) int {
	cache := map[int]int{}
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		if v, ok := cache[n]; ok {
			return v
		}
		v := fib(n-1) + fib(n-2)
		cache[n] = v
		return v
	}
	return fib
}

func main() {
	var fact func(int) int
	fact = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * fact(n-1)
	}
	println(fact(10), fact(20))

	fib := memo()
	println(fib(50), fib(90))

	// mutual recursion through two closure variables
	var even, odd func(int) bool
	even = func(n int) bool {
		if n == 0 {
			return true
		}
		return odd(n - 1)
	}
	odd = func(n int) bool {
		if n == 0 {
			return false
		}
		return even(n - 1)
	}
	println(even(100), odd(7), even(7))

	inc := func(x int) int { return x + 1 }
	dbl := func(x int) int { return x * 2 }
	println(compose(inc, dbl)(5), compose(dbl, inc)(5))
	f := inc
	for i := 0; i < 5; i++ {
		f = compose(f, dbl)
	}
	println(f(1))

	// currying
	add := func(a int) func(int) func(int) int {
		return func(b int) func(int) int {
			return func(c int) int { return a + b + c }
		}
	}
	println(add(1)(2)(3))

	// functions in a map and a slice
	ops := map[string]func(int, int) int{
		"add": func(a, b int) int { return a + b },
		"sub": func(a, b int) int { return a - b },
		"mul": func(a, b int) int { return a * b },
	}
	println(ops["add"](7, 3), ops["sub"](7, 3), ops["mul"](7, 3))
	pipeline := []func(int) int{inc, dbl, inc, dbl}
	v := 0
	for _, step := range pipeline {
		v = step(v)
	}
	println(v)

	// recursive closure walking a tree stored in slices
	children := [][]int{{1, 2}, {3}, {4, 5}, {}, {}, {6}, {}}
	var depth func(n int) int
	depth = func(n int) int {
		best := 0
		for _, c := range children[n] {
			if d := depth(c); d > best {
				best = d
			}
		}
		return best + 1
	}
	println(depth(0))

	// the closure variable can be reassigned; recursion follows the variable
	var g func(int) int
	g = func(n int) int {
		if n == 0 {
			return 0
		}
		return 1 + g(n-1)
	}
	h := g
	g = func(n int) int { return 1000 }
	println(h(5))
}
