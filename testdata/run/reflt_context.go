package main

// context over internal/reflectlite: WithValue's comparability check and the type names in
// String(), cancellation.

import "context"

type key string

type skey struct{ a, b int }

func main() {
	ctx := context.WithValue(context.Background(), key("k"), 42)
	println(ctx.Value(key("k")).(int), ctx.Value("k") == nil)
	println(ctx.(interface{ String() string }).String())
	c3 := context.WithValue(ctx, skey{1, 2}, "v")
	println(c3.Value(skey{1, 2}).(string), c3.(interface{ String() string }).String())
	c2, cancel := context.WithCancel(c3)
	println(c2.(interface{ String() string }).String())
	cancel()
	<-c2.Done()
	println(c2.Err().Error(), c3.Err() == nil)
	defer func() { println("recovered:", recover().(string)) }()
	context.WithValue(ctx, []int{1}, 1)
}
