package main

// return inside the body of a range-over-func loop returns from the enclosing function, with
// its values assigned to the results (named or not), after the iterator has returned.

type Pt struct{ X, Y int }

func Ints(name string, xs ...int) func(func(int, int) bool) {
	return func(yield func(int, int) bool) {
		defer println("  iterator", name, "returns")
		for i, x := range xs {
			if !yield(i, x) {
				return
			}
		}
	}
}

func index(xs []int, want int) (int, bool) {
	for i, x := range Ints("index", xs...) {
		if x == want {
			return i, true
		}
	}
	return -1, false
}

func named(limit int) (sum int, last int) {
	for _, x := range Ints("named", 1, 2, 3, 4, 5) {
		sum += x
		last = x
		if sum >= limit {
			return
		}
	}
	sum = -sum
	return
}

func point() Pt {
	for i, x := range Ints("point", 7, 8) {
		if i == 1 {
			return Pt{x, i}
		}
	}
	return Pt{}
}

func pair() (string, error) {
	return "pair", nil
}

func tuple() (string, error) {
	for range Ints("tuple", 1) {
		return pair()
	}
	return "", nil
}

func nested() string {
	for i := range Ints("outer", 1, 2, 3) {
		for j := range Ints("inner", 1, 2, 3) {
			if i+j == 3 {
				return "nested " + string(rune('0'+i)) + string(rune('0'+j))
			}
		}
	}
	return "none"
}

func noResults(n int) {
	for i := range Ints("noResults", 1, 2, 3) {
		if i == n {
			println("returning at", i)
			return
		}
	}
	println("fell through")
}

func main() {
	i, ok := index([]int{5, 6, 7}, 6)
	println(i, ok)
	i, ok = index([]int{5, 6, 7}, 9)
	println(i, ok)
	s, l := named(6)
	println(s, l)
	s, l = named(100)
	println(s, l)
	p := point()
	println(p.X, p.Y)
	str, err := tuple()
	println(str, err == nil)
	println(nested())
	noResults(1)
	noResults(5)
}
