package main

// Booleans: && || ! with short-circuit evaluation, equality, precedence
// and zero values.

var calls int

func t(name string) bool {
	calls++
	print(name, " ")
	return true
}

func f(name string) bool {
	calls++
	print(name, " ")
	return false
}

func main() {
	println(true && true, true && false, false || true, false || false, !true, !false)

	println(f("a") && t("b"))
	println(t("a") && f("b"))
	println(t("a") || t("b"))
	println(f("a") || t("b"))
	println(f("a") || f("b") || t("c") || t("d"))
	println(t("a") && t("b") && f("c") && t("d"))
	// && binds tighter than ||
	println(t("a") || f("b") && f("c"))
	println(f("a") && t("b") || t("c"))
	println(!f("a") && !t("b"))
	println("calls", calls)

	var z bool
	println(z, !z, z == false, z != true)
	a, b := true, false
	println(a == b, a != b, a == !b, (a && !b) == (a != b))

	// truth table of xor via !=
	for _, x := range []bool{false, true} {
		for _, y := range []bool{false, true} {
			println(x, y, x && y, x || y, x != y, !(x && y) == (!x || !y))
		}
	}

	// comparisons produce bools that can be stored and combined
	n := 5
	inRange := n > 0 && n < 10
	even := n%2 == 0
	println(inRange, even, inRange && !even)

	// short-circuit protects an index
	s := []int{1, 2, 3}
	i := 7
	if i < len(s) && s[i] > 0 {
		println("unreachable")
	} else {
		println("guarded")
	}
	var m map[string]bool
	println(m["missing"], len(m) == 0 || m["x"])
}
