package main

type V struct{ h any }
type S struct{ K []V }

func (s *S) Swap(i, j int) { s.K[i], s.K[j] = s.K[j], s.K[i] }

func main() {
	a := []V{{1}, {2}}
	a[0], a[1] = a[1], a[0]
	println(a[0].h.(int), a[1].h.(int))
	s := &S{[]V{{1}, {2}}}
	s.Swap(0, 1)
	println(s.K[0].h.(int), s.K[1].h.(int))
	x, y := V{1}, V{2}
	x, y = y, x
	println(x.h.(int), y.h.(int))
}
