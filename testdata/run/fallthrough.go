package main

// fallthrough transfers control to the next clause without testing it,
// including into and out of a default clause in the middle.

func describe(n int) {
	print(n, ":")
	switch n {
	case 0:
		print(" zero")
		fallthrough
	case 1:
		print(" small")
		fallthrough
	default:
		print(" any")
	case 2:
		print(" two")
		fallthrough
	case 3:
		print(" three")
	case 4:
		print(" four")
		fallthrough
	case 5:
		print(" five")
		fallthrough
	case 6:
		print(" six")
	}
	println()
}

func main() {
	for i := 0; i <= 7; i++ {
		describe(i)
	}

	// default in the middle falling through into the next case
	for _, s := range []string{"x", "a", "b"} {
		switch s {
		case "a":
			println("a")
		default:
			println("default for", s)
			fallthrough
		case "b":
			println("b reached by", s)
		}
	}

	// fallthrough in a tagless switch ignores the next condition
	x := 5
	switch {
	case x > 3:
		println("x > 3")
		fallthrough
	case x > 100:
		println("x > 100 (not tested)")
		fallthrough
	case x < 0:
		println("x < 0 (not tested)")
	case x == 5:
		println("not reached")
	}
}
