package main

import (
	"errors"
	"reflect"
)

type T struct{ N int }

func (t T) Get() int            { return t.N }
func (t T) Add(d int) T         { t.N += d; return t }
func (t *T) Inc(by int)         { t.N += by }
func (t T) Pair(s string) (string, int) { return s + "!", t.N }
func (t T) hidden() int         { return 0 }

type Num float64

func (n Num) Double() Num { return n * 2 }

type Getter interface{ Get() int }

func sum(base int, xs ...int) int {
	for _, x := range xs {
		base += x
	}
	return base
}

func div(a, b int) (int, error) {
	if b == 0 {
		return 0, errors.New("division by zero")
	}
	return a / b, nil
}

func main() {
	t := T{N: 3}
	v := reflect.ValueOf(t)
	println(v.NumMethod(), v.Type().NumMethod())
	for i := 0; i < v.NumMethod(); i++ {
		println(i, v.Type().Method(i).Name)
	}
	println(v.MethodByName("Get").Call(nil)[0].Int())
	r := v.MethodByName("Add").Call([]reflect.Value{reflect.ValueOf(4)})
	println(r[0].Field(0).Int(), t.N)
	out := v.MethodByName("Pair").Call([]reflect.Value{reflect.ValueOf("hi")})
	println(len(out), out[0].String(), out[1].Int())
	println(v.MethodByName("Inc").IsValid(), v.MethodByName("hidden").IsValid())

	pv := reflect.ValueOf(&t)
	println(pv.NumMethod())
	pv.MethodByName("Inc").Call([]reflect.Value{reflect.ValueOf(10)})
	println(t.N, pv.MethodByName("Get").Call(nil)[0].Int())

	nv := reflect.ValueOf(Num(1.25))
	println(nv.Method(0).Call(nil)[0].Float())

	var g Getter = T{N: 8}
	gv := reflect.ValueOf(&g).Elem()
	println(gv.Kind().String(), gv.NumMethod(), gv.Method(0).Call(nil)[0].Int())

	// funcs
	f := reflect.ValueOf(sum)
	println(f.Call([]reflect.Value{reflect.ValueOf(1)})[0].Int())
	println(f.Call([]reflect.Value{reflect.ValueOf(1), reflect.ValueOf(2), reflect.ValueOf(3)})[0].Int())
	println(f.CallSlice([]reflect.Value{reflect.ValueOf(1), reflect.ValueOf([]int{4, 5})})[0].Int())
	d := reflect.ValueOf(div)
	res := d.Call([]reflect.Value{reflect.ValueOf(7), reflect.ValueOf(2)})
	println(res[0].Int(), res[1].IsNil())
	res = d.Call([]reflect.Value{reflect.ValueOf(7), reflect.ValueOf(0)})
	println(res[0].Int(), res[1].IsNil(), res[1].Interface().(error).Error())
	cl := 10
	c := reflect.ValueOf(func(s string, b byte) string { cl++; return s + string(b) })
	println(c.Call([]reflect.Value{reflect.ValueOf("a"), reflect.ValueOf(byte('z'))})[0].String(), cl)

	// method value as func
	mf := v.MethodByName("Add").Interface().(func(int) T)
	println(mf(100).N)

	try(func() { f.Call(nil) })
	try(func() { reflect.ValueOf(div).Call([]reflect.Value{reflect.ValueOf("x"), reflect.ValueOf(1)}) })
	try(func() { reflect.ValueOf(func() { panic("inner") }).Call(nil) })
}

func try(f func()) {
	defer func() {
		println("panic:", recover().(string))
	}()
	f()
}
