package main

func All[T any](xs []T) func(yield func(int, T) bool) {
	return func(yield func(int, T) bool) {
		for i, x := range xs {
			if !yield(i, x) {
				return
			}
		}
	}
}

func Sum[T ~int | ~float64](seq func(yield func(int, T) bool)) T {
	var s T
	for _, x := range seq {
		s += x
	}
	return s
}

func First[T comparable](xs []T, want T) int {
	for i, x := range All(xs) {
		if x == want {
			return i
		}
	}
	return -1
}

func main() {
	for i, s := range All([]string{"a", "b", "c"}) {
		if i == 2 {
			break
		}
		println(i, s)
	}
	println(Sum(All([]int{1, 2, 3})), Sum(All([]float64{0.5})))
	println(First([]string{"x", "y"}, "y"), First([]int{1}, 2))
	for i := range 3 {
		println(Sum(All([]int{i, i})))
	}
}
