package main

type Number interface {
	~int | ~int64 | ~float64
}

type MyInt int

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Max[T int | float64 | string](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Index[T comparable](xs []T, x T) int {
	for i, v := range xs {
		if v == x {
			return i
		}
	}
	return -1
}

func Swap[T any](a, b *T) { *a, *b = *b, *a }

func Keys[K comparable, V any](m map[K]V) int { return len(m) }

func Zero[T any]() T {
	var z T
	return z
}

func Apply[T any](x T, fs ...func(T) T) T {
	for _, f := range fs {
		x = f(x)
	}
	return x
}

func main() {
	println(Sum([]int{1, 2, 3}), Sum([]float64{1.5, 2.5}), Sum([]MyInt{4, 5}))
	println(Sum[int64](nil))
	strs := Map([]int{1, 2, 3}, func(i int) string { return string(rune('a' + i)) })
	println(strs[0], strs[2], len(strs))
	println(Max(3, 7), Max(2.5, -1.0), Max("a", "b"))
	println(Index([]string{"x", "y", "z"}, "y"), Index([]int{1, 2}, 5))
	type P struct{ a, b int }
	println(Index([]P{{1, 2}, {3, 4}}, P{3, 4}))
	a, b := 1, 2
	Swap(&a, &b)
	s, t := "s", "t"
	Swap(&s, &t)
	println(a, b, s, t)
	println(Keys(map[string]int{"a": 1, "b": 2}))
	println(Zero[string]() == "", Zero[int](), Zero[*int]() == nil)
	f := Max[int]
	println(f(10, 3))
	println(Apply(3, func(x int) int { return x + 1 }, func(x int) int { return x * 10 }))
}
