package main

type Set[K comparable] = map[K]bool

type List[T any] = []T

func Of[K comparable](ks ...K) Set[K] {
	s := Set[K]{}
	for _, k := range ks {
		s[k] = true
	}
	return s
}

func Rev[T any](l List[T]) List[T] {
	var out List[T]
	for i := len(l) - 1; i >= 0; i-- {
		out = append(out, l[i])
	}
	return out
}

func main() {
	s := Of("a", "b")
	var plain map[string]bool = s
	println(len(s), s["a"], plain["c"])
	r := Rev(List[int]{1, 2, 3})
	println(r[0], len(Rev([]string{"x"})))
}
