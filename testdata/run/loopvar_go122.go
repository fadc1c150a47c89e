package main

// Go 1.22 loop variables: every iteration of a for loop has its own copy
// of the variables declared by the loop, so closures and pointers from
// different iterations see different variables. (Go 1.19 shares one.)

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		print(f(), " ")
	}
	println()

	// the copy for the next iteration is made before the post statement,
	// so a pointer taken in an iteration keeps that iteration's value
	var ps []*int
	for i := 0; i < 3; i++ {
		ps = append(ps, &i)
	}
	for _, p := range ps {
		print(*p, " ")
	}
	println()

	// changes made in the body carry over to the next iteration
	var gs []func() int
	for i := 0; i < 6; i++ {
		gs = append(gs, func() int { return i })
		i++
	}
	for _, g := range gs {
		print(g(), " ")
	}
	println()

	// a closure changing its own iteration's variable
	var incs []func() int
	for i := 0; i < 3; i++ {
		incs = append(incs, func() int {
			i += 10
			return i
		})
	}
	println(incs[0](), incs[0](), incs[1](), incs[2]())

	// a closure called within the iteration changes the loop's progress
	for i := 0; i < 5; i++ {
		bump := func() { i += 2 }
		bump()
		print(i, " ")
	}
	println()

	// range loops: key and value are per iteration
	var hs []func() string
	for i, s := range []string{"a", "b", "c"} {
		hs = append(hs, func() string { return s + string(rune('0'+i)) })
	}
	for _, h := range hs {
		print(h(), " ")
	}
	println()

	var ks []*int
	for k := range [4]int{} {
		ks = append(ks, &k)
	}
	println(*ks[0], *ks[1], *ks[2], *ks[3], ks[0] != ks[1])

	// several loop variables
	var pairs []func() (int, int)
	for i, j := 0, 10; i < 3; i, j = i+1, j-1 {
		pairs = append(pairs, func() (int, int) { return i, j })
	}
	for _, p := range pairs {
		a, b := p()
		print(a, ",", b, " ")
	}
	println()
}
