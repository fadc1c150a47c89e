package main

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Pop() T {
	n := len(s.items)
	v := s.items[n-1]
	s.items = s.items[:n-1]
	return v
}

func PopAll[T any](s *Stack[T]) {
	for {
		println(s.Pop())
	}
}

func main() {
	s := &Stack[int]{items: []int{1, 2}}
	PopAll(s)
}
