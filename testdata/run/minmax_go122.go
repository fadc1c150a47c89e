package main

// Go 1.21 min and max builtins on integers, floats (NaN wins, -0 < +0)
// and strings, with constant and variable arguments.

func main() {
	println(min(3, 1, 2), max(3, 1, 2))
	println(min(5), max(-5))
	x, y := 10, -20
	println(min(x, y), max(x, y), min(x, y, 0), max(x, y, 100))
	var u uint8 = 200
	println(max(u, 100), min(u, 255))
	var i8 int8 = -128
	println(min(i8, 127), max(i8, -1))

	println(min(1.5, 2.5), max(1.5, 2.5))
	var zero float64
	nan := zero / zero
	negz := -zero
	inf := 1 / zero
	println(min(nan, 1.0), max(1.0, nan), min(2.0, nan, 1.0))
	println(min(zero, negz), max(negz, zero), min(negz, zero), max(zero, negz))
	println(min(inf, 5.0), max(-inf, 5.0), max(inf, nan), min(-inf, nan))
	var f32 float32 = 0.5
	println(min(f32, 1), max(f32, 0.25))

	println(min("b", "a", "c"), max("apple", "apples"), min("", "x") == "", max("Z", "a"))
	s1, s2 := "go", "gopher"
	println(min(s1, s2), max(s1, s2))

	// with only constant arguments the result is a constant
	const c = max(1, 2.5, 2)
	println(c)
	const d = min("z", "y")
	println(d)
	const e = min(-1, 7) * 3
	println(e)

	// arguments are evaluated once each
	calls := 0
	next := func() int {
		calls++
		return calls * 10
	}
	r := max(next(), next(), next())
	println(r, calls)
}
