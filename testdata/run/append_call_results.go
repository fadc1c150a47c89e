package main

// append(f()) spreads a multi-valued call: the first result is the slice, the rest are elements.

type P struct{ X, Y int }

func ints() ([]int, int, int) { return []int{1, 2}, 3, 4 }

func one() ([]int, int) { return nil, 7 }

func strs() ([]string, string) { return []string{"a"}, "b" }

func points() ([]P, P) { return make([]P, 1, 1), P{5, 6} }

func main() {
	s := append(ints())
	println(len(s), cap(s), s[0], s[1], s[2], s[3])
	t := append(one())
	println(len(t), t[0])
	u := append(strs())
	println(len(u), u[0], u[1])
	p := append(points())
	p[1].X = 9
	println(len(p), p[0].X, p[1].X, p[1].Y)
}
