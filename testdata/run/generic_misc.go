package main

type Grid[T any] struct {
	cells [3]T
	n     int
}

func (g *Grid[T]) Set(i int, v T) { g.cells[i] = v; g.n++ }

func Safe[T any](f func() T) (r T, err any) {
	defer func() {
		err = recover()
	}()
	r = f()
	return
}

func Keys[M ~map[K]V, K comparable, V any](m M) int {
	n := 0
	for range m {
		n++
	}
	return n
}

func Drain[T any](ch <-chan T) (out []T) {
	for {
		select {
		case v, ok := <-ch:
			if !ok {
				return
			}
			out = append(out, v)
		}
	}
}

func Find[T comparable](xs [][]T, x T) (int, int) {
outer:
	for i, row := range xs {
		for j, v := range row {
			if v == x {
				return i, j
			}
			if j > 5 {
				continue outer
			}
		}
	}
	goto end
end:
	return -1, -1
}

type Holder struct {
	Grid[string]
}

type Setter interface{ Set(int, string) }

type M map[string]int

func main() {
	var g Grid[float64]
	g.Set(1, 2.5)
	g2 := g
	g2.Set(2, 1)
	println(g.n, g2.n, g.cells[1], g2.cells[2], g.cells[2])
	r, err := Safe(func() int { return 1 })
	println(r, err == nil)
	r2, err2 := Safe(func() string { panic("boom") })
	println(r2 == "", err2.(string))
	println(Keys(M{"a": 1, "b": 2}), Keys(map[int]bool{}))
	ch := make(chan [2]int, 3)
	ch <- [2]int{1, 2}
	ch <- [2]int{3, 4}
	close(ch)
	d := Drain(ch)
	println(len(d), d[1][0])
	println(Find([][]string{{"a"}, {"b", "c"}}, "c"))
	println(Find([][]int{{1}}, 5))
	h := &Holder{}
	var s Setter = h
	s.Set(0, "z")
	println(h.cells[0], h.n)
}
