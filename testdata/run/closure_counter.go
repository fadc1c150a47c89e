package main

// Closures capture variables by reference: counters keep private state,
// closures created together share variables, and changes made after a
// closure is created are visible to it.

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func pair() (func(), func() int) {
	x := 0
	inc := func() { x += 10 }
	get := func() int { return x }
	return inc, get
}

func adder(base int) func(int) int {
	return func(d int) int {
		base += d // modifies the captured parameter
		return base
	}
}

func apply(f func(int) int, xs []int) []int {
	out := make([]int, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func main() {
	c1 := counter()
	c2 := counter()
	println(c1(), c1(), c1(), c2(), c1(), c2())

	inc, get := pair()
	inc()
	inc()
	println(get())

	// the closure sees later assignments to the captured variable
	msg := "before"
	show := func() string { return msg }
	msg = "after"
	println(show())

	// the closure writes to the outer variable
	total := 0
	addTo := func(v int) { total += v }
	for i := 1; i <= 4; i++ {
		addTo(i)
	}
	println(total)

	a := adder(100)
	println(a(1), a(10), a(100))

	// closures passed as arguments
	factor := 3
	tripled := apply(func(x int) int { return x * factor }, []int{1, 2, 3})
	factor = 10
	tenfold := apply(func(x int) int { return x * factor }, []int{1, 2, 3})
	println(tripled[2], tenfold[2])

	// immediately invoked function literal
	r := func(a, b int) int { return a*b + total }(6, 7)
	println(r)

	// nested closures capturing several levels
	outer := 1
	f := func() func() int {
		middle := 10
		return func() int {
			outer++
			middle++
			return outer*100 + middle
		}
	}
	g := f()
	h := f()
	println(g(), g(), h(), outer)

	// captured struct and array variables are shared, not copied
	type P struct{ X int }
	p := P{1}
	arr := [2]int{1, 2}
	mod := func() {
		p.X = 50
		arr[0] = 50
	}
	mod()
	println(p.X, arr[0])

	// capturing a loop-body variable gives each closure its own copy
	var fs []func() int
	for i := 0; i < 3; i++ {
		j := i * i
		fs = append(fs, func() int { return j })
	}
	println(fs[0](), fs[1](), fs[2]())

	// closure over a named result
	println(named())

	// function values compared with nil
	var nf func()
	println(nf == nil, show != nil)
}

func named() (res int) {
	set := func(v int) { res = v }
	set(41)
	res++
	return
}
