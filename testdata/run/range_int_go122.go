package main

// Go 1.22 range over an integer: for i := range n runs i = 0 .. n-1; n is
// evaluated once; n <= 0 runs no iterations; i has the type of n.

type Small uint8

func main() {
	for i := range 5 {
		print(i, " ")
	}
	println()

	n := 3
	for i := range n {
		n = 10 // the range expression was evaluated before the loop
		print(i, " ")
	}
	println(n)

	count := 0
	for range 4 {
		count++
	}
	println("count", count)

	for i := range 0 {
		println("never", i)
	}
	neg := -5
	for i := range neg {
		println("never", i)
	}

	// the iteration variable has the type of the range expression
	var s Small = 3
	for i := range s {
		var x Small = i
		print(x*100, " ")
	}
	println()
	var big int64 = 3
	for i := range big {
		var y int64 = i << 40
		print(y, " ")
	}
	println()

	// assigning to i in the body does not change the number of iterations
	for i := range 3 {
		print(i, " ")
		i += 10
		print(i, " ")
	}
	println()

	sum := 0
	for i := range 100 {
		if i%2 == 0 {
			continue
		}
		if i > 10 {
			break
		}
		sum += i
	}
	println("sum", sum)

	const N = 2
	for i := range N * 2 {
		print(i)
	}
	println()

	// nested
	pairs := 0
	for i := range 4 {
		for j := range i {
			pairs += j + 1
		}
	}
	println("pairs", pairs)

	// each iteration has its own variable
	var fs []func() int
	for i := range 3 {
		fs = append(fs, func() int { return i })
	}
	println(fs[0](), fs[1](), fs[2]())
}
