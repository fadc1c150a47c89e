package main

// The dynamic types of the runtime's panic values, as reflect sees them.

import "reflect"

func typeOfPanic(f func()) (t reflect.Type) {
	defer func() { t = reflect.TypeOf(recover()) }()
	f()
	return nil
}

func main() {
	var xs []int
	var m map[string]int
	var p *int
	var i any = "s"
	zero := 0
	errT := reflect.TypeOf((*error)(nil)).Elem()
	for _, f := range []func(){
		func() { _ = xs[5] },
		func() { _ = xs[1:zero] },
		func() { m["a"] = 1 },
		func() { _ = *p },
		func() { _ = 1 / zero },
		func() { _ = i.(int) },
		func() { panic("plain") },
	} {
		t := typeOfPanic(f)
		println(t.String(), t.Kind().String(), t.Implements(errT), t.NumMethod())
	}
}
