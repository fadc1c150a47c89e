package main

// range over an array iterates over a copy when the value is used;
// range over a slice sees element updates made during the loop.

func main() {
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 100
		println(i, v)
	}
	println(arr[2])

	sl := []int{1, 2, 3}
	for i, v := range sl {
		sl[2] = 100
		println(i, v)
	}

	// ranging over a pointer to an array does not copy
	arr2 := [3]int{1, 2, 3}
	for i, v := range &arr2 {
		arr2[2] = 100
		println(i, v)
	}

	// the range value is a copy of the element
	type P struct{ x int }
	ps := []P{{1}, {2}}
	for _, p := range ps {
		p.x *= 10
	}
	println(ps[0].x, ps[1].x)
	for i := range ps {
		ps[i].x *= 10
	}
	println(ps[0].x, ps[1].x)
}
