package main

func Wrap[T any](x T) any {
	type box struct{ v T }
	return box{x}
}

func Lit[T any](x T) []T {
	type pair struct{ a, b T }
	p := pair{x, x}
	arr := [2]T{p.a, p.b}
	m := map[string]T{"k": x}
	return append(arr[:], m["k"])
}

func main() {
	a, b := Wrap(1), Wrap("s")
	_, ok := a.(interface{})
	println(ok, a != b)
	println(len(Lit(2)), Lit("x")[2])
}
