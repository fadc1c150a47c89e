package main

type Sizer interface{ Size() int }

type Named interface {
	Sizer
	Name() string
}

type Set[T comparable] struct {
	m map[T]struct{}
}

func NewSet[T comparable](xs ...T) *Set[T] {
	s := &Set[T]{m: map[T]struct{}{}}
	for _, x := range xs {
		s.Add(x)
	}
	return s
}

func (s *Set[T]) Add(x T)      { s.m[x] = struct{}{} }
func (s *Set[T]) Has(x T) bool { _, ok := s.m[x]; return ok }
func (s *Set[T]) Size() int    { return len(s.m) }
func (s *Set[T]) Union(o *Set[T]) *Set[T] {
	r := NewSet[T]()
	for k := range s.m {
		r.Add(k)
	}
	for k := range o.m {
		r.Add(k)
	}
	return r
}

type Tagged struct {
	*Set[string]
	tag string
}

func (t Tagged) Name() string { return t.tag }

type Wrapper[T any] struct {
	Inner[T]
	extra int
}

type Inner[T any] struct{ val T }

func (i Inner[T]) Get() T     { return i.val }
func (i *Inner[T]) Put(v T)   { i.val = v }
func (w Wrapper[T]) Sum() int { return w.extra }

type Getter[T any] interface{ Get() T }

func Use[T any](g Getter[T]) T { return g.Get() }

func main() {
	a := NewSet(1, 2, 3)
	b := NewSet(3, 4)
	u := a.Union(b)
	println(u.Size(), u.Has(4), u.Has(5))
	var sz Sizer = u
	println(sz.Size())
	t := Tagged{NewSet("x", "y"), "tg"}
	var n Named = t
	println(n.Name(), n.Size(), t.Has("x"))

	var w Wrapper[string]
	w.Put("hello")
	w.extra = 2
	println(w.Get(), w.Sum(), Use[string](w), Use[string](&w))
	var g Getter[float64] = Inner[float64]{1.5}
	println(g.Get())
	var x any = &Inner[int]{7}
	if p, ok := x.(interface{ Put(int) }); ok {
		p.Put(8)
	}
	println(x.(*Inner[int]).Get())
}
