package main

// Go 1.21 clear builtin: on a map it deletes every entry (visible through
// every reference to the map); on a slice it sets the elements up to the
// length to their zero value.

type P struct {
	X int
	S string
}

func main() {
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	alias := m
	clear(m)
	println(len(m), len(alias), m["a"])
	m["d"] = 4
	println(len(alias), alias["d"])

	s := []int{1, 2, 3, 4, 5}
	sub := s[1:3]
	clear(sub)
	println(len(s), s[0], s[1], s[2], s[3], len(sub), cap(sub))

	strs := []string{"x", "y"}
	clear(strs)
	println(strs[0] == "", len(strs[1]), len(strs))

	ps := []P{{1, "a"}, {2, "b"}}
	p0 := &ps[0]
	clear(ps)
	println(ps[0].X, ps[1].S == "", p0.X)

	var nilS []int
	clear(nilS)
	var nilM map[int]bool
	clear(nilM)
	println(nilS == nil, nilM == nil, len(nilM))

	fs := []float64{1.5, 2.5}
	clear(fs[:1])
	println(fs[0], fs[1])

	// only elements within the length are cleared
	full := []int{7, 8, 9}
	clear(full[:1])
	println(full[0], full[1], full[2])

	// NaN keys can never be looked up or deleted, but clear removes them
	nm := map[float64]int{}
	var zero float64
	nan := zero / zero
	nm[nan] = 1
	nm[nan] = 2
	nm[1] = 3
	delete(nm, nan)
	println(len(nm))
	clear(nm)
	println(len(nm))

	// clear on an array slice clears the array
	arr := [3]bool{true, true, true}
	clear(arr[1:])
	println(arr[0], arr[1], arr[2])
}
