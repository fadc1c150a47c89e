package main

// Expression switches: several values per case, default in the middle or
// absent, init statements, string and other tag types, and evaluation of
// case expressions in order, stopping at the first match.

func name(d int) string {
	switch d {
	case 0, 6:
		return "weekend"
	default:
		return "weekday"
	case 7:
		return "invalid"
	}
}

var trace string

func val(n int) int {
	trace += string(rune('0' + n))
	return n
}

func main() {
	for d := 0; d <= 7; d++ {
		print(name(d), " ")
	}
	println()

	for _, s := range []string{"go", "java", "rust", ""} {
		switch s {
		case "go":
			println(s, "gopher")
		case "java", "kotlin":
			println(s, "jvm")
		case "":
			println("empty")
		}
	}

	// no case matches and there is no default
	switch 42 {
	case 1:
		println("one")
	}

	// init statement
	switch x := 5 * 3; x {
	case 10:
		println("ten")
	case 15:
		println("fifteen")
	}

	// cases evaluated left to right, top to bottom, until one matches
	switch val(3) {
	case val(1), val(2):
		println("no")
	case val(3), val(4):
		println("three")
	case val(5):
		println("no")
	}
	println("trace", trace)

	// break leaves the switch
	for i := 0; i < 3; i++ {
		switch i {
		case 1:
			if i == 1 {
				break
			}
			println("unreachable")
		default:
			println("i", i)
		}
	}

	// tag of other types
	var b byte = 'x'
	switch b {
	case 'a', 'e', 'i', 'o', 'u':
		println("vowel")
	case 'x', 'y', 'z':
		println("xyz", b)
	}
	f := 2.5
	switch f {
	case 2.5:
		println("float match")
	}
	switch true {
	case f > 3:
		println("big")
	case f > 2:
		println("medium")
	}
	type Color int
	const (
		Red Color = iota
		Green
		Blue
	)
	c := Blue
	switch c {
	case Red:
		println("red")
	case Green, Blue:
		println("green or blue", c)
	}
	// the tag is evaluated once
	n := 0
	switch val(n + 1) {
	case 0:
	case 1:
		println("tag once", trace)
	}
}
