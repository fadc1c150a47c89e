package main

// A panic raised inside a pointer-receiver method.

type Stack struct {
	items []int
}

func (s *Stack) Pop() int {
	n := len(s.items)
	if n == 0 {
		panic("pop from empty stack")
	}
	v := s.items[n-1]
	s.items = s.items[:n-1]
	return v
}

func main() {
	s := &Stack{items: []int{1, 2}}
	println(s.Pop())
	println(s.Pop())
	println(s.Pop())
}
