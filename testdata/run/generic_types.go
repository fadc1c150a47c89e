package main

type Stringer interface{ String() string }

func itoa(i int) string {
	if i < 10 {
		return string(rune('0' + i))
	}
	return itoa(i/10) + itoa(i%10)
}

type List[T any] struct {
	head *node[T]
	size int
}

type node[T any] struct {
	val  T
	next *node[T]
}

func (l *List[T]) Push(v T) {
	l.head = &node[T]{v, l.head}
	l.size++
}

func (l *List[T]) Each(f func(T)) {
	for n := l.head; n != nil; n = n.next {
		f(n.val)
	}
}

func (l List[T]) Len() int { return l.size }

func (l *List[T]) Reverse() *List[T] {
	r := &List[T]{}
	l.Each(r.Push)
	return r
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return "pair" }

func (p Pair[K, V]) Get() (K, V) { return p.Key, p.Val }

type Stack[T any] []T

func (s *Stack[T]) Push(v T) { *s = append(*s, v) }
func (s *Stack[T]) Pop() T {
	old := *s
	v := old[len(old)-1]
	*s = old[:len(old)-1]
	return v
}

type Tree[T interface{ ~int | ~string }] struct {
	Left, Right *Tree[T]
	Val         T
}

func (t *Tree[T]) Insert(v T) *Tree[T] {
	if t == nil {
		return &Tree[T]{Val: v}
	}
	if v < t.Val {
		t.Left = t.Left.Insert(v)
	} else {
		t.Right = t.Right.Insert(v)
	}
	return t
}

func (t *Tree[T]) Walk(f func(T)) {
	if t == nil {
		return
	}
	t.Left.Walk(f)
	f(t.Val)
	t.Right.Walk(f)
}

func main() {
	var l List[int]
	for i := 0; i < 4; i++ {
		l.Push(i * i)
	}
	l.Each(func(v int) { print(v, " ") })
	println(l.Len())
	l.Reverse().Each(func(v int) { print(v, " ") })
	println()
	var ls List[string]
	ls.Push("a")
	ls.Push("b")
	ls.Each(func(s string) { print(s) })
	println(ls.Len())

	p := Pair[string, int]{"x", 1}
	q := Pair[string, int]{"x", 1}
	println(p == q, p.String())
	var st Stringer = Pair[int, []string]{3, []string{"a"}}
	println(st.String())
	ps := []Pair[string, float64]{{"a", 1.5}, {"b", 2}}
	println(ps[1].Key, ps[1].Val)
	k, v := p.Get()
	println(k, v)

	var s Stack[string]
	s.Push("one")
	s.Push("two")
	println(s.Pop(), len(s))

	var t *Tree[string]
	for _, w := range []string{"m", "c", "x", "a"} {
		t = t.Insert(w)
	}
	t.Walk(func(s string) { print(s, ",") })
	println()
	var ti *Tree[int]
	ti = ti.Insert(5).Insert(2).Insert(9)
	ti.Walk(func(i int) { print(i, ",") })
	println()
	m := (*Tree[int]).Insert
	m(ti, 7)
	w := ti.Walk
	w(func(i int) { print(i, ";") })
	println()
}
