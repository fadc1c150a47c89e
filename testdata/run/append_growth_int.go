package main

// append growth of []int (8-byte elements) as gc 1.19 does it: the
// capacity doubles below 256 elements, then grows by (cap+3*256)/4, and the
// allocation is rounded up to a size class.

func main() {
	var s []int
	last := -1
	for i := 0; i < 5000; i++ {
		s = append(s, i)
		if cap(s) != last {
			println("len", len(s), "cap", cap(s))
			last = cap(s)
		}
	}
	println("sum check", s[0]+s[4999], s[2500])

	// appending several elements at once to a nil slice
	for n := 1; n <= 12; n++ {
		var t []int
		for i := 0; i < n; i++ {
			t = append(t, i)
		}
		u := append([]int(nil), t...)
		println("n", n, "one by one", cap(t), "at once", cap(u))
	}

	// appending many to a non-empty slice
	base := make([]int, 3, 3)
	println(cap(append(base, 1)), cap(append(base, 1, 2, 3, 4)), cap(append(base, make([]int, 10)...)))
	big := make([]int, 300)
	println(cap(append(big, 1)), cap(append(big, make([]int, 400)...)))
	mid := make([]int, 5, 7)
	println(cap(append(mid, 1, 2)), cap(append(mid, 1, 2, 3)))
	// append within capacity does not reallocate
	x := make([]int, 0, 4)
	y := append(x, 1, 2)
	z := append(y, 3)
	println(len(z), cap(z), cap(y) == cap(z))
}
