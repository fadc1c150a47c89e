package main

// Generic iterators (the iter.Seq / iter.Seq2 shapes): generic functions returning iterators,
// adapters taking and returning them, methods of generic types, and range-over-func loops in
// generic functions.

type Seq[V any] func(yield func(V) bool)

type Seq2[K, V any] func(yield func(K, V) bool)

func Values[T any](s []T) Seq[T] {
	return func(yield func(T) bool) {
		for _, x := range s {
			if !yield(x) {
				return
			}
		}
	}
}

func Map[T, U any](seq Seq[T], f func(T) U) Seq[U] {
	return func(yield func(U) bool) {
		for x := range seq {
			if !yield(f(x)) {
				return
			}
		}
	}
}

func Filter[T any](seq Seq[T], keep func(T) bool) Seq[T] {
	return func(yield func(T) bool) {
		for x := range seq {
			if keep(x) && !yield(x) {
				return
			}
		}
	}
}

func Collect[T any](seq Seq[T]) []T {
	var out []T
	for x := range seq {
		out = append(out, x)
	}
	return out
}

func First[T any](seq Seq[T]) (T, bool) {
	for x := range seq {
		return x, true
	}
	var zero T
	return zero, false
}

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[T Number](seq Seq[T]) T {
	var s T
	for x := range seq {
		s += x
	}
	return s
}

// Len ranges over a value of a type parameter whose core type is an iterator.
func Len[S ~func(func(V) bool), V any](s S) int {
	n := 0
	for range s {
		n++
	}
	return n
}

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(x T) { s.items = append(s.items, x) }

// All yields the items from the top of the stack down, with their depth.
func (s *Stack[T]) All() Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i := len(s.items) - 1; i >= 0; i-- {
			if !yield(len(s.items)-1-i, s.items[i]) {
				return
			}
		}
	}
}

func main() {
	words := []string{"go", "java", "jvm", "gc"}
	short := Filter(Values(words), func(s string) bool { return len(s) == 2 })
	for w := range short {
		println("short", w)
	}
	lens := Collect(Map(Values(words), func(s string) int { return len(s) }))
	println(len(lens), lens[0], lens[1], lens[2], lens[3])
	println("sum", Sum(Values(lens)), Sum(Values([]float64{0.5, 0.25})))
	w, ok := First(Filter(Values(words), func(s string) bool { return s[0] == 'j' }))
	println("first j:", w, ok)
	_, ok = First(Values([]int{}))
	println("first of empty:", ok)

	println("len", Len(Values(words)), Len(short))

	var st Stack[string]
	st.Push("a")
	st.Push("b")
	st.Push("c")
	for depth, x := range st.All() {
		if depth == 2 {
			break
		}
		println(depth, x)
	}
}
