package main

// Range over function iterators (Go 1.23): yield functions with 0, 1 and 2 parameters.

func Count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func Enumerate(s []string) func(yield func(int, string) bool) {
	return func(yield func(int, string) bool) {
		for i, x := range s {
			if !yield(i, x) {
				return
			}
		}
	}
}

func Thrice(yield func() bool) {
	_ = yield() && yield() && yield()
}

func Empty(yield func(string) bool) {}

func Squares(yield func(int, int64) bool) {
	for i := 1; i <= 4; i++ {
		if !yield(i, int64(i*i)) {
			return
		}
	}
}

func main() {
	for i := range Count(3) {
		println("count", i)
	}
	for i, s := range Enumerate([]string{"a", "b", "c"}) {
		println("enum", i, s)
	}
	for i := range Enumerate([]string{"x", "y"}) {
		println("key only", i)
	}
	for _, s := range Enumerate([]string{"x", "y"}) {
		println("value only", s)
	}
	n := 0
	for range Thrice {
		n++
	}
	println("thrice", n)
	for range Count(2) {
		println("no variables")
	}
	for s := range Empty {
		println("never", s)
	}
	var total int64
	for i, sq := range Squares {
		total += sq
		println(i, sq)
	}
	println("total", total)
	// a nil iterator panics when called
	defer func() { println("recovered:", recover() != nil) }()
	var nilIter func(func(int) bool)
	for i := range nilIter {
		println(i)
	}
}
