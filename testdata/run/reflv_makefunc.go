package main

import "reflect"

type T struct{ N int }

func (t T) Scale(k int) int { return t.N * k }

func main() {
	swap := func(in []reflect.Value) []reflect.Value {
		return []reflect.Value{in[1], in[0]}
	}
	var intSwap func(int, int) (int, int)
	fn := reflect.MakeFunc(reflect.TypeOf(intSwap), swap)
	reflect.ValueOf(&intSwap).Elem().Set(fn)
	a, b := intSwap(1, 2)
	println(a, b)
	var strSwap func(string, string) (string, string)
	reflect.ValueOf(&strSwap).Elem().Set(reflect.MakeFunc(reflect.TypeOf(strSwap), swap))
	x, y := strSwap("x", "y")
	println(x, y)

	var join func(...string) string
	reflect.ValueOf(&join).Elem().Set(reflect.MakeFunc(reflect.TypeOf(join), func(in []reflect.Value) []reflect.Value {
		parts := in[0].Interface().([]string)
		s := ""
		for i, p := range parts {
			if i > 0 {
				s += "+"
			}
			s += p
		}
		return []reflect.Value{reflect.ValueOf(s)}
	}))
	println(join("a", "b", "c"))

	var sum func(int8, float64) float64
	reflect.ValueOf(&sum).Elem().Set(reflect.MakeFunc(reflect.TypeOf(sum), func(in []reflect.Value) []reflect.Value {
		return []reflect.Value{reflect.ValueOf(float64(in[0].Int()) + in[1].Float())}
	}))
	println(sum(-3, 0.5))
	println(reflect.ValueOf(sum).Call([]reflect.Value{reflect.ValueOf(int8(2)), reflect.ValueOf(1.0)})[0].Float())

	var noop func()
	called := 0
	reflect.ValueOf(&noop).Elem().Set(reflect.MakeFunc(reflect.TypeOf(noop), func([]reflect.Value) []reflect.Value { called++; return nil }))
	noop()
	noop()
	println(called)

	m, _ := reflect.TypeOf(T{}).MethodByName("Scale")
	println(m.Type.String(), m.Func.Call([]reflect.Value{reflect.ValueOf(T{5}), reflect.ValueOf(3)})[0].Int())

	// Select
	c1 := make(chan int, 1)
	c2 := make(chan string, 1)
	c2 <- "hello"
	chosen, v, ok := reflect.Select([]reflect.SelectCase{
		{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(c1)},
		{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(c2)},
	})
	println(chosen, v.String(), ok)
	chosen, _, _ = reflect.Select([]reflect.SelectCase{
		{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(c1)},
		{Dir: reflect.SelectDefault},
	})
	println(chosen)
	chosen, _, _ = reflect.Select([]reflect.SelectCase{
		{Dir: reflect.SelectSend, Chan: reflect.ValueOf(c1), Send: reflect.ValueOf(42)},
	})
	println(chosen, <-c1)
	close(c1)
	chosen, v, ok = reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(c1)}})
	println(chosen, v.Int(), ok)

	// chan values
	ch := reflect.MakeChan(reflect.TypeOf(make(chan float64)), 2)
	ch.Send(reflect.ValueOf(1.5))
	println(ch.Len(), ch.Cap(), ch.TrySend(reflect.ValueOf(2.5)), ch.TrySend(reflect.ValueOf(3.5)))
	r, rok := ch.Recv()
	println(r.Float(), rok)
	r, rok = ch.TryRecv()
	println(r.Float(), rok)
	r, rok = ch.TryRecv()
	println(r.IsValid(), rok)
	ch.Close()
	r, rok = ch.Recv()
	println(r.Float(), rok)
}
