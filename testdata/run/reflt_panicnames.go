package main

// Type names in interface-conversion panics are gc's runtime strings ([]uint8, int32, main.G[int]).

type G[T any] struct{ x T }

func try(f func()) {
	defer func() { println(recover().(error).Error()) }()
	f()
}

func main() {
	var i any = []byte{}
	try(func() { _ = i.(string) })
	i = G[int]{}
	try(func() { _ = i.([]rune) })
	i = map[rune]byte{}
	try(func() { _ = i.(func(int) (bool, error)) })
	var e interface{ M() }
	try(func() { _ = e.(interface{ N() }) })
	i = struct{ A byte }{}
	try(func() { _ = i.(int) })
}
