package main

func Counter[T ~int | ~float64](step T) func() T {
	var n T
	return func() T {
		n += step
		return n
	}
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Memo[K comparable, V any](f func(K) V) func(K) V {
	m := map[K]V{}
	return func(k K) V {
		if v, ok := m[k]; ok {
			return v
		}
		v := f(k)
		m[k] = v
		return v
	}
}

func Each[T any](xs []T, f func(int, T)) {
	for i, x := range xs {
		j, y := i, x
		defer func() { f(j, y) }()
	}
}

func Recur[T any](n int, x T) []T {
	if n == 0 {
		return nil
	}
	return append(Recur(n-1, x), x)
}

func Go[T any](x T) T {
	ch := make(chan T)
	go func() { ch <- x }()
	return <-ch
}

func main() {
	c := Counter(2)
	c()
	println(c(), c())
	cf := Counter(0.5)
	println(cf())
	evens := Filter([]int{1, 2, 3, 4, 5, 6}, func(x int) bool { return x%2 == 0 })
	println(len(evens), evens[0], evens[2])
	calls := 0
	sq := Memo(func(k int) int { calls++; return k * k })
	println(sq(3), sq(3), sq(4), calls)
	Each([]string{"a", "b"}, func(i int, s string) { println(i, s) })
	println(len(Recur(5, "x")))
	println(Go("chan"), Go(42))
}
