package main

// float64 arithmetic: the four operations, rounding of decimal fractions,
// negative zero, comparisons, compound assignment and accumulation.

func main() {
	var a float64 = 0.1
	var b float64 = 0.2
	var c float64 = 0.3
	println(a+b, a+b == c, a+b > c, c-a-b)
	println(a*3, a*3 == c, c/a)

	x := 1.0
	var three float64 = 3
	println(x/three, x/three*three, x/three*three == x)
	println(2.5*4, -7.5/2, 1e308*10 > 1e308, 1e-320/1e10)

	var big float64 = 1e16
	println(big+1, big+1 == big, big+2)
	var two53 float64 = 9007199254740992
	println(two53, two53+1, two53+2, two53+1 == two53)

	// negative zero: equal to zero, prints with a sign
	var zero float64
	negz := -zero
	println(zero, negz, negz == zero, 1/negz < 0, 1/zero > 0)
	println(zero*-1, negz*negz, negz+zero, negz-zero)

	// accumulation
	sum := 0.0
	for i := 0; i < 10; i++ {
		sum += 0.1
	}
	println(sum, sum == 1.0, sum < 1.0)
	prod := 1.0
	for i := 1; i <= 20; i++ {
		prod *= float64(i)
	}
	println(prod)
	h := 0.0
	for i := 1; i <= 1000; i++ {
		h += 1 / float64(i)
	}
	println(h)

	// compound assignment
	y := 10.0
	y += 2.5
	println(y)
	y -= 20
	println(y)
	y *= -4
	println(y)
	y /= 8
	println(y)
	y++
	println(y)
	y--
	y--
	println(y)

	// comparisons
	p, q := 1.5, -1.5
	println(p < q, p > q, p <= p, q >= p, p == -q, p != q)

	// Newton's method for sqrt(2)
	r := 1.0
	for i := 0; i < 6; i++ {
		r = (r + 2/r) / 2
		println(i, r)
	}
	println(r*r, r*r == 2)

	// small and large magnitudes
	tiny := 5e-324
	println(tiny, tiny/2, tiny*2)
	huge := 1.7976931348623157e308
	println(huge, huge*2, -huge*2, huge+1 == huge)
}
