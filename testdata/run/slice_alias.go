package main

// Slices share their backing array until an append exceeds the capacity:
// appends through one slice can overwrite elements seen through another.

func show(name string, s []int) {
	print(name, " len=", len(s), " cap=", cap(s), ":")
	for _, v := range s {
		print(" ", v)
	}
	println()
}

func addOne(s []int) {
	for i := range s {
		s[i]++
	}
}

func appendIn(s []int) []int {
	return append(s, 1000)
}

func main() {
	a := make([]int, 3, 5)
	a[0], a[1], a[2] = 1, 2, 3
	b := append(a, 4)
	c := append(a, 5) // writes into the same slot as b's 4
	show("a", a)
	show("b", b)
	show("c", c)

	b[0] = 100
	show("a", a)

	d := append(b, 6, 7) // exceeds cap 5: new array
	d[1] = 200
	show("b", b)
	show("d", d)

	// functions receive the slice header by value but share elements
	addOne(a)
	show("a", a)
	e := appendIn(a)
	show("a", a)
	show("e", e)
	show("c", c)

	// sub-slices alias the parent
	p := []int{0, 1, 2, 3, 4, 5}
	q := p[2:4]
	q[0] = 20
	q = append(q, 40)
	show("p", p)
	show("q", q)

	// reslicing beyond len up to cap shows hidden elements
	r := p[1:2]
	show("r", r)
	show("r ext", r[:4])

	// the classic: appending in a loop to a shared prefix
	prefix := make([]int, 2, 10)
	x := append(prefix, 1)
	y := append(prefix, 2)
	println(x[2], y[2])

	// copy breaks aliasing
	z := make([]int, len(p))
	copy(z, p)
	z[0] = -1
	println(p[0], z[0])

	// slices of slices share the same inner slices
	rows := [][]int{{1, 2}, {3, 4}}
	rows2 := make([][]int, 2)
	copy(rows2, rows)
	rows2[0][0] = 9
	rows2[1] = []int{7, 7}
	println(rows[0][0], rows[1][0], rows2[1][0])
}
