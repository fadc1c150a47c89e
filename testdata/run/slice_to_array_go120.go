// Conversions of slices to arrays, [N]E(s) (Go 1.20): a copy of s[:N]; panics when len(s) < N.
package main

type Point struct{ X, Y int }

type Bytes4 [4]byte

func main() {
	s := []int{1, 2, 3, 4, 5}
	a := [3]int(s)
	a[0] = 9
	s[1] = 8
	println(a[0], a[1], a[2], s[0], s[1])
	println(len([0]int(s)), [5]int(s[:]) == [5]int{1, 8, 3, 4, 5})

	b := Bytes4([]byte("gava!"))
	println(b[0], b[3], string(b[:]))

	ps := []Point{{1, 2}, {3, 4}}
	pa := [2]Point(ps)
	pa[0].X = 100
	ps[1].Y = 40
	println(pa[0].X, pa[1].Y, ps[0].X, ps[1].Y)

	grid := [][2]int{{1, 2}, {3, 4}}
	ga := [2][2]int(grid)
	ga[0][0] = 50
	println(ga[0][0], ga[1][1], grid[0][0])

	strs := [2]string([]string{"x", "y", "z"})
	println(strs[0], strs[1])

	defer func() { println("recovered:", recover().(error).Error()) }()
	var nilSlice []int
	println(len([0]int(nilSlice)))
	_ = [4]int(s[:3])
}
