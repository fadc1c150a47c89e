package main

// copy returns the number of elements copied (the shorter length) and
// handles overlapping source and destination like memmove.

func show(s []int) {
	for _, v := range s {
		print(v, " ")
	}
	println()
}

func main() {
	src := []int{1, 2, 3, 4, 5}
	dst := make([]int, 3)
	n := copy(dst, src)
	println(n)
	show(dst)

	big := make([]int, 8)
	n = copy(big, src)
	println(n)
	show(big)

	// overlapping: shift right by one
	s := []int{1, 2, 3, 4, 5, 6}
	n = copy(s[1:], s)
	println(n)
	show(s)

	// overlapping: shift left by two
	s = []int{1, 2, 3, 4, 5, 6}
	n = copy(s, s[2:])
	println(n)
	show(s)

	// copy onto itself
	n = copy(s, s)
	println(n)
	show(s)

	// nil and empty
	var nilS []int
	println(copy(nilS, src), copy(dst, nilS), copy(dst[:0], src))

	// copy from a string
	b := make([]byte, 4)
	n = copy(b, "héllo")
	println(n, b[0], b[1], b[2], b[3])
	n = copy(b[2:], "ab")
	println(n, string(b[2:]))

	// copy of struct elements copies values
	type P struct{ X int }
	ps := []P{{1}, {2}}
	qs := make([]P, 2)
	copy(qs, ps)
	qs[0].X = 100
	println(ps[0].X, qs[0].X)

	// copy between slices of an array
	arr := [6]int{0, 1, 2, 3, 4, 5}
	copy(arr[3:], arr[:3])
	println(arr[0], arr[1], arr[2], arr[3], arr[4], arr[5])

	// strings and bytes
	words := []string{"a", "b", "c"}
	w2 := make([]string, 2)
	println(copy(w2, words), w2[0], w2[1])
	fl := []float64{1.5, 2.5}
	f2 := make([]float64, 5)
	copy(f2[3:], fl)
	println(f2[3], f2[4], f2[0])
	bs := []bool{true, true, true}
	copy(bs[1:], []bool{false})
	println(bs[0], bs[1], bs[2])
}
