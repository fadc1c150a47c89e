package main

type Number interface{ ~int | ~float64 }

type Vec[T Number] []T

func (v Vec[T]) Sum() (s T) {
	for _, x := range v {
		s += x
	}
	return
}

func (v Vec[T]) Scale(k T) Vec[T] {
	out := make(Vec[T], len(v))
	for i, x := range v {
		out[i] = x * k
	}
	return out
}

type Summer[T any] interface{ Sum() T }

func Total[T Number, S Summer[T]](xs ...S) T {
	var t T
	for _, x := range xs {
		t += x.Sum()
	}
	return t
}

type Opt[T any] struct {
	v  T
	ok bool
}

func Some[T any](v T) Opt[T] { return Opt[T]{v, true} }
func None[T any]() Opt[T]    { return Opt[T]{} }

func (o Opt[T]) Or(d T) T {
	if o.ok {
		return o.v
	}
	return d
}

func Ptr[T any](v T) *T { return &v }

func main() {
	v := Vec[int]{1, 2, 3}
	println(v.Sum(), v.Scale(2).Sum(), Total[int](v, v.Scale(10)))
	var s Summer[float64] = Vec[float64]{0.5, 0.25}
	println(s.Sum())
	println(Some(3).Or(4), None[string]().Or("dflt"), Some("x") == Some("x"))
	p := Ptr(Opt[int]{1, true})
	p.v = 7
	println(p.Or(0), *Ptr(5))
	m := map[Opt[string]]int{Some("a"): 1, None[string](): 2}
	println(m[Some("a")], m[Opt[string]{}], len(m))
}
