package main

// make with length and capacity, zero-filled elements, reslicing up to the
// capacity, and slices of arrays sharing storage.

func main() {
	s := make([]int, 3)
	println(len(s), cap(s), s[0], s[1], s[2])
	t := make([]int, 2, 10)
	println(len(t), cap(t))
	t = t[:cap(t)]
	println(len(t), cap(t), t[9])
	t = t[4:]
	println(len(t), cap(t))
	t = t[2:3]
	println(len(t), cap(t))

	z := make([]string, 2)
	println(len(z[0]), z[1] == "")
	bs := make([]bool, 2, 4)
	fs := make([]float64, 1)
	bytes := make([]byte, 5, 5)
	println(bs[1], fs[0], bytes[4], cap(bytes))

	e := make([]int, 0)
	println(len(e), cap(e), e == nil)

	n := 6
	dyn := make([]int, n, n*2)
	for i := range dyn {
		dyn[i] = i * i
	}
	println(len(dyn), cap(dyn), dyn[5])

	// a slice of an array shares it
	arr := [5]int{1, 2, 3, 4, 5}
	sl := arr[1:4]
	println(len(sl), cap(sl), sl[0])
	sl[0] = 20
	arr[3] = 40
	println(arr[1], sl[2])
	full := arr[:]
	full[4] = 50
	println(arr[4], len(full), cap(full))

	// slice literals
	lit := []int{5, 6, 7}
	println(len(lit), cap(lit))
	idx := []string{3: "d", 1: "b"}
	println(len(idx), idx[0] == "", idx[1], idx[3])

	// slices of slices
	grid := make([][]int, 3)
	for i := range grid {
		grid[i] = make([]int, i+1)
		for j := range grid[i] {
			grid[i][j] = i + j
		}
	}
	for _, row := range grid {
		println(len(row), row[len(row)-1])
	}
	grid[0] = grid[2]
	grid[0][0] = 99
	println(grid[2][0])
}
