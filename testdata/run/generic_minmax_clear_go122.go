package main

type Number interface {
	~int | ~int8 | ~uint32 | ~float64
}

type Celsius float64

func Clamp[T Number](x, lo, hi T) T {
	return max(lo, min(x, hi))
}

func Largest[T ~string | ~int](xs ...T) T {
	m := xs[0]
	for _, x := range xs[1:] {
		m = max(m, x)
	}
	return m
}

func Reset[M ~map[K]V, K comparable, V any](m M) int {
	clear(m)
	return len(m)
}

func Zero[S ~[]E, E any](s S) S {
	clear(s)
	return s
}

func main() {
	println(Clamp(15, 0, 10), Clamp[int8](-100, -5, 5), Clamp[uint32](3, 1, 2))
	println(Clamp(Celsius(-3.5), 0, 100) == 0, Clamp(2.5, 1, 3))
	println(Largest("pear", "apple", "zoo", "fig"), Largest(3, 9, -2))
	m := map[string]int{"a": 1, "b": 2}
	println(Reset(m), len(m))
	s := Zero([]int{1, 2, 3})
	println(len(s), s[0], s[1], s[2])
}
