package main

// Nested structs and structs with array fields copy deeply; pointers,
// slices and maps inside a struct are shared by copies.

type Inner struct {
	A [3]int
	N string
}

type Outer struct {
	In    Inner
	Count int
	Ptr   *Inner
	List  []int
	Tags  map[string]bool
}

func main() {
	shared := &Inner{N: "shared"}
	o := Outer{
		In:    Inner{[3]int{1, 2, 3}, "inner"},
		Count: 1,
		Ptr:   shared,
		List:  []int{10, 20},
		Tags:  map[string]bool{"a": true},
	}
	c := o
	c.In.A[0] = 100
	c.In.N = "changed"
	c.Count = 2
	c.Ptr.N = "via copy"
	c.List[0] = 11
	c.Tags["b"] = true
	println(o.In.A[0], o.In.N, o.Count, o.Ptr.N, o.List[0], len(o.Tags))
	println(c.In.A[0], c.In.N, c.Count, c.Ptr.N, c.List[0], len(c.Tags))

	// assigning a nested struct field copies it
	in := o.In
	in.A[1] = 200
	println(o.In.A[1], in.A[1])
	o.In = in
	in.A[2] = 300
	println(o.In.A[1], o.In.A[2])

	// equality of nested structs
	x := Inner{[3]int{1, 2, 3}, "x"}
	y := Inner{[3]int{1, 2, 3}, "x"}
	println(x == y)
	y.A[2] = 4
	println(x == y)

	// a deep chain of nested structs
	type L3 struct{ V int }
	type L2 struct{ L L3 }
	type L1 struct{ L L2 }
	var l L1
	l.L.L.V = 7
	l2 := l
	l2.L.L.V++
	println(l.L.L.V, l2.L.L.V, l == l2)

	// pointer to a nested field
	p := &o.In
	p.N = "by pointer"
	pa := &o.In.A
	pa[0] = -1
	println(o.In.N, o.In.A[0])

	// nested composite literal with elided types
	type Seg struct{ From, To Inner }
	s := Seg{From: Inner{N: "f"}, To: Inner{A: [3]int{9}}}
	s2 := s
	s2.To.A[0] = 0
	println(s.From.N, s.To.A[0], s2.To.A[0])
	segs := []Seg{{}, {From: Inner{N: "second"}}}
	println(segs[1].From.N, segs[0].To.N == "")
}
