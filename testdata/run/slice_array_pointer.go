// Conversions of slices to pointers to arrays, (*[N]E)(s) (Go 1.17): the pointer aliases the
// slice's elements both ways, a nil slice gives a nil pointer for N == 0, a short slice panics.
package main

type Point struct{ X, Y int }

type Quad [4]int

func (q *Quad) Double() {
	for i := range q {
		q[i] *= 2
	}
}

func sum(p *[4]int) int {
	t := 0
	for _, v := range p {
		t += v
	}
	return t
}

func show(s []int) {
	for _, v := range s {
		print(v, " ")
	}
	println()
}

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			println(name, "panic:", r.(error).Error())
		}
	}()
	f()
}

func main() {
	s := make([]int, 4)
	p := (*[4]int)(s)
	p[0] = 1 // write through the pointer, read through the slice
	s[1] = 2 // write through the slice, read through the pointer
	show(s)
	show(p[:])
	println(len(p), cap(p[:]), &p[0] == &s[0], &p[3] == &s[3])
	p[2], p[3] = 3, 4
	println(sum(p), sum((*[4]int)(s)))
	(*Quad)(s).Double()
	show(s)
	copy(p[:2], []int{7, 8})
	show(s)
	show(p[1:3])
	a := *p // copy out: no longer aliased
	a[0] = 100
	println(a[0], s[0])
	*p = [4]int{9, 9, 9, 9} // assign through the pointer
	show(s)

	arr := [3]string{"a", "b", "c"}
	ps := (*[3]string)(arr[:])
	ps[1] = "B"
	println(arr[0], arr[1], arr[2], ps == &arr)

	pts := [2]Point{{1, 2}, {3, 4}}
	pp := (*[2]Point)(pts[:])
	pp[1].X = 30
	pts[0].Y = 20
	println(pts[0].Y, pts[1].X, pp[0].Y, pp[1].X)

	b := make([]byte, 3)
	copy(b, "hi!")
	pb := (*[3]byte)(b)
	pb[2] = '?'
	println(string(b), string(pb[:]))

	var nilSlice []int
	println((*[0]int)(nilSlice) == nil, (*[0]int)(s[:0]) != nil, (*[0]int)([]int{}) != nil)
	try("short", func() { _ = (*[5]int)(s) })
	try("nil", func() { _ = (*[1]int)(nilSlice) })
	try("empty", func() { _ = (*[1]byte)(b[:0]) })
}
