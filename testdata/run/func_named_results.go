package main

// Named results: zero-initialised, assigned in the body, returned by a bare
// return or overridden by an explicit return.

func split(sum int) (x, y int) {
	x = sum * 4 / 9
	y = sum - x
	return
}

func zeros() (i int, s string, b bool, f float64, u uint8) {
	return
}

func explicit() (r int) {
	r = 5
	return r * 2
}

func classify(n int) (res string) {
	if n < 0 {
		res = "negative"
		return
	}
	if n == 0 {
		return "zero"
	}
	res = "positive"
	return
}

func accumulate(xs []int) (sum, count int) {
	for _, x := range xs {
		sum += x
		count++
	}
	return
}

func shadow(n int) (r int) {
	r = n
	{
		r := 100 // a new variable in an inner block
		r++
		_ = r
	}
	return
}

func main() {
	println(split(17))
	a, b := split(100)
	println(a, b)

	i, s, bo, f, u := zeros()
	println(i, s == "", len(s), bo, f, u)

	println(explicit())
	println(classify(-3), classify(0), classify(8))
	println(accumulate([]int{1, 2, 3, 4, 5}))
	println(shadow(41))
}
