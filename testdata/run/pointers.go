package main

// Pointers to variables, struct fields, array and slice elements; new;
// escaping locals; pointer equality and nil.

type Point struct {
	X, Y int
}

func incr(p *int) {
	*p++
}

func newCounter(start int) *int {
	c := start
	return &c
}

func scale(p *Point, k int) {
	p.X *= k
	p.Y *= k
}

func main() {
	x := 1
	p := &x
	*p = 5
	incr(p)
	incr(&x)
	println(x, *p)

	pt := Point{1, 2}
	px := &pt.X
	*px = 10
	scale(&pt, 3)
	println(pt.X, pt.Y, *px)

	arr := [3]int{1, 2, 3}
	pe := &arr[1]
	*pe = 20
	println(arr[1])
	b := arr // copies: pe still points into arr
	*pe = 200
	println(arr[1], b[1])

	s := []int{1, 2, 3}
	ps := &s[2]
	*ps = 30
	println(s[2])
	s = append(s, 4) // reallocation: ps points into the old array
	*ps = 300
	println(s[2], *ps)

	// new
	n := new(int)
	println(*n)
	*n = 42
	println(*n)
	np := new(Point)
	np.Y = 7
	println(np.X, np.Y)
	fp := new(float64)
	*fp += 1.5
	sp := new(string)
	*sp += "new"
	bp := new(bool)
	*bp = !*bp
	println(*fp, *sp, *bp)

	// each call returns a distinct variable
	c1 := newCounter(10)
	c2 := newCounter(10)
	*c1 += 5
	println(*c1, *c2, c1 == c2, c1 == c1)

	// pointer equality
	q := &x
	println(p == q, p != nil)
	var nilp *int
	println(nilp == nil)
	r := &pt
	r2 := &pt
	println(r == r2, &arr[0] == &arr[0], &arr[0] == &arr[1])

	// pointer to struct copies: *r is a value
	v := *r
	v.X = -1
	println(pt.X, v.X)
	*r = Point{8, 9}
	println(pt.X, pt.Y, *px)

	// pointers stored in a slice
	ptrs := []*int{}
	for i := 0; i < 3; i++ {
		v := i * 10
		ptrs = append(ptrs, &v)
	}
	for _, p := range ptrs {
		*p += 1
	}
	println(*ptrs[0], *ptrs[1], *ptrs[2])

	// address of a composite literal
	lp := &Point{3, 4}
	lp.X++
	println(lp.X, (*lp).Y)
	ap := &[2]string{"a", "b"}
	ap[1] = "B"
	println(ap[0], ap[1], len(ap))

	// pointer to a slice element of structs
	pts := []Point{{1, 1}, {2, 2}}
	first := &pts[0]
	first.X = 100
	println(pts[0].X)
}
