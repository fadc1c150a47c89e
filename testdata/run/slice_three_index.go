package main

// Full slice expressions s[low:high:max] limit the capacity, so a later
// append must reallocate instead of overwriting the shared array.

func main() {
	base := []int{0, 1, 2, 3, 4, 5, 6, 7}
	s := base[2:4:6]
	println(len(s), cap(s), s[0], s[1])

	t := s[:cap(s)]
	println(len(t), t[2], t[3])

	s = append(s, 40)
	println(base[4], s[2])
	s = append(s, 50)
	println(base[5], s[3])
	s = append(s, 60) // exceeds cap 4: new array
	s[0] = 200
	println(base[6], base[2], s[0], s[4], len(s))

	// cap limited to length: append always copies
	u := base[1:3:3]
	println(len(u), cap(u))
	u = append(u, 99)
	println(base[3], u[2])

	// zero-capacity slices
	e := base[0:0:0]
	println(len(e), cap(e))
	e = append(e, 7)
	println(base[0], e[0])

	// three-index slicing of an array and of a pointer to an array
	arr := [6]int{10, 20, 30, 40, 50, 60}
	a := arr[1:2:4]
	println(len(a), cap(a), a[0])
	pa := &arr
	b := pa[:3:5]
	println(len(b), cap(b))
	b = append(b, 1, 2)
	println(arr[3], arr[4])
	b = append(b, 3)
	b[0] = -1
	println(arr[0], b[0], len(b))

	// omitted low
	c := base[:2:3]
	println(len(c), cap(c), c[1])

	// variables as indices
	lo, hi, max := 1, 3, 5
	d := base[lo:hi:max]
	println(len(d), cap(d), d[0])
}
