package main

// Arrays are values: assignment and passing copy all elements, functions
// return copies, == compares element-wise.

func double(a [4]int) [4]int {
	for i := range a {
		a[i] *= 2
	}
	return a
}

func fill(p *[4]int, v int) {
	for i := range p {
		p[i] = v
	}
}

func sum(a [4]int) int {
	s := 0
	for _, v := range a {
		s += v
	}
	return s
}

func show(a [4]int) {
	println(a[0], a[1], a[2], a[3])
}

func main() {
	var zero [4]int
	show(zero)
	a := [4]int{1, 2, 3, 4}
	b := a
	b[0] = 100
	show(a)
	show(b)

	c := double(a)
	show(a)
	show(c)

	fill(&b, 7)
	show(b)
	println(sum(a), sum(b), len(a), cap(a))

	println(a == [4]int{1, 2, 3, 4}, a != b, a == c, zero == [4]int{})
	d := a
	println(a == d)
	d[3]++
	println(a == d)

	// partially specified and indexed literals
	e := [5]int{1, 2}
	f := [...]string{2: "c", 0: "a", "b-after-a"}
	g := [...]int{9, 8, 7}
	println(e[0], e[1], e[4], len(f), f[0], f[1], f[2], len(g))

	// arrays of other element types
	bs := [3]bool{true}
	fs := [2]float64{1.5}
	ss := [3]string{"x", "", "z"}
	bytes := [4]byte{'g', 'o', 0, 255}
	println(bs[0], bs[1], fs[0], fs[1], ss[0], ss[1] == "", ss[2], bytes[0], bytes[3])
	ss2 := ss
	ss2[1] = "y"
	println(ss == ss2, ss[1] == "", ss2[1])

	// array in a variable assigned from another array variable of the same type
	var h [4]int
	h = a
	a[0] = -1
	show(h)
	show(a)

	// arrays inside a slice are values
	list := [][2]int{{1, 2}, {3, 4}}
	item := list[0]
	item[0] = 99
	println(list[0][0], item[0])
	list[1][1] = 44
	println(list[1][1])

	// array element through a pointer and an index expression
	p := &a
	p[1] = 20
	(*p)[2] = 30
	show(a)
	q := p
	q[3] = 40
	show(*p)
	r := *p
	r[0] = 0
	show(a)
	show(r)
}
