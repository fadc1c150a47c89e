package main

// Generic type aliases (Go 1.24): A[args] denotes the aliased type with the type arguments
// substituted, identical to writing that type out.

type Set[K comparable] = map[K]struct{}

type Pair[A, B any] = struct {
	First  A
	Second B
}

type List[T any] struct {
	items []T
}

type L[T any] = List[T]
type Ints = List[int]
type Ptr[T any] = *T
type Fn[T any] = func(T) T
type Strings[T ~string] = []T
type Nested[V comparable] = Set[Pair[V, V]]
type Vec = []float64

func size(s Set[string]) int { return len(s) }

func main() {
	s := Set[int]{1: {}, 2: {}}
	var m map[int]struct{} = s
	m[3] = struct{}{}
	println(len(s), len(m))
	println(size(map[string]struct{}{"a": {}, "b": {}}))
	var x interface{} = Set[int]{}
	_, ok := x.(map[int]struct{})
	println("identical in assertions:", ok)

	p := Pair[string, int]{"x", 1}
	var q struct {
		First  string
		Second int
	} = p
	println(q.First, q.Second)

	var l L[int]
	l.items = append(l.items, 4, 5)
	var i Ints = l
	println(len(i.items), i.items[1])

	n := 5
	var pp Ptr[int] = &n
	*pp = 6
	println(n)

	var f Fn[int] = func(v int) int { return v * 2 }
	println(f(21))

	ss := make(Set[string])
	ss["k"] = struct{}{}
	println(len(ss))

	strs := Strings[string]{"a", "b"}
	println(len(strs), strs[1])

	nested := Nested[int]{{1, 2}: {}, {3, 4}: {}}
	_, has := nested[Pair[int, int]{3, 4}]
	println(len(nested), has)

	v := Vec{1.5, 2.5}
	println(len(v))
}
