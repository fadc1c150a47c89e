package coll

type List[T any] struct {
	items []T
}

func (l *List[T]) Push(v T) { l.items = append(l.items, v) }

func (l *List[T]) Len() int { return len(l.items) }

func (l *List[T]) At(i int) T { return l.items[i] }

func Map[T, U any](xs []T, f func(T) U) []U {
	var out []U
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

type Number interface{ ~int | ~float64 }

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Ints() *List[int] {
	l := &List[int]{}
	l.Push(Sum(1, 2, 3))
	return l
}

func Fail[T any](l *List[T]) T { return l.At(l.Len()) }
