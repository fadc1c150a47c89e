package main

// nil slices and empty slices: both have length and capacity 0 and can be
// ranged over and appended to, but only the nil one compares equal to nil.

func count(s []int) int {
	n := 0
	for range s {
		n++
	}
	return n
}

func maybe(ok bool) []int {
	if ok {
		return []int{1}
	}
	return nil
}

func main() {
	var a []int
	println(a == nil, len(a), cap(a), count(a))

	b := []int{}
	println(b == nil, len(b), cap(b), count(b))

	c := make([]int, 0)
	println(c == nil, len(c), cap(c))

	a = append(a, 1, 2)
	println(a == nil, len(a), a[1])

	var d []int
	d = append(d)
	println(d == nil)
	d = append(d, []int{}...)
	println(d == nil)
	d = append(d, 5)
	println(d == nil, d[0])

	// slicing a nil slice gives nil
	var n []int
	n2 := n[:]
	n3 := n[0:0]
	println(n2 == nil, n3 == nil)

	// slicing an empty non-nil slice gives a non-nil slice
	b2 := b[:0]
	println(b2 == nil)

	// zero-length slice of an array is not nil
	arr := [3]int{}
	z := arr[1:1]
	println(z == nil, len(z), cap(z))

	println(maybe(true) == nil, maybe(false) == nil, len(maybe(false)))

	// nil slices of other types
	var s []string
	var bs []byte
	var ss [][]int
	println(s == nil, bs == nil, ss == nil, len(string(bs)))
	ss = append(ss, nil)
	println(ss == nil, len(ss), ss[0] == nil)

	// copy into and from nil
	println(copy(n, []int{1}), copy([]int{1}, n))

	// nil slice in a struct
	type T struct {
		items []int
	}
	var t T
	println(t.items == nil)
	t.items = append(t.items, 3)
	println(t.items == nil, len(t.items))
	t.items = nil
	println(t.items == nil, len(t.items))
}
