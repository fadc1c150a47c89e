package main

// Switches without a tag act as if/else chains on boolean cases.

func classify(n int) string {
	switch {
	case n < 0:
		return "negative"
	case n == 0:
		return "zero"
	case n%2 == 0 && n < 100:
		return "small even"
	case n < 100:
		return "small odd"
	default:
		return "large"
	}
}

func main() {
	for _, n := range []int{-3, 0, 4, 7, 100, 99} {
		println(n, classify(n))
	}

	// init statement with an empty tag
	switch x := 17; {
	case x > 10 && x < 20:
		println("teen", x)
	case x > 5:
		println("not reached although true")
	}

	// the first true case wins
	a, b := 3, 3
	switch {
	case a < b:
		println("less")
	case a <= b:
		println("less or equal")
	case a == b:
		println("equal")
	}

	// no case true and no default
	switch {
	case a > 100:
		println("no")
	}

	// default first still runs last
	switch {
	default:
		println("default")
	case a > b:
		println("greater")
	}

	// switch inside a loop with continue
	total := 0
	for i := 0; i < 10; i++ {
		switch {
		case i%3 == 0:
			continue
		case i > 7:
			total += 100
		}
		total += i
	}
	println("total", total)
}
