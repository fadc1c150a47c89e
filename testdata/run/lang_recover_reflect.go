// recover() in functions reached through reflect (Value.Call of a method value, Method.Func,
// MakeFunc) as deferred calls, and a recover that must not stop the panic because the function
// is not called directly by the deferred call; also "defer recover()" at the exit of a function
// whose own panic was recovered.
package main

import (
	"fmt"
	"reflect"
)

type T struct{ name string }

func (t *T) M() {
	fmt.Println(t.name, "recovered", recover())
}

type V int

func (v V) M() {
	fmt.Println("V", int(v), "recovered", recover())
}

func viaMethodValue() {
	defer func() { fmt.Println("after method value:", recover()) }()
	f := reflect.ValueOf(&T{"method value"}).Method(0).Interface().(func())
	defer f()
	panic("p1")
}

func viaMethodFunc() {
	defer func() { fmt.Println("after method func:", recover()) }()
	f := reflect.TypeOf(V(0)).Method(0).Func.Interface().(func(V))
	defer f(V(7))
	panic("p2")
}

func recovering(args []reflect.Value) []reflect.Value {
	fmt.Println("MakeFunc recovered", recover())
	return nil
}

func viaMakeFunc() {
	defer func() { fmt.Println("after MakeFunc:", recover()) }()
	f := reflect.MakeFunc(reflect.TypeOf((func())(nil)), recovering).Interface().(func())
	defer f()
	panic("p3")
}

func calling(args []reflect.Value) []reflect.Value {
	args[0].Interface().(func())()
	return nil
}

func viaNestedMakeFunc() {
	defer func() { fmt.Println("after nested:", recover()) }()
	outer := reflect.MakeFunc(reflect.TypeOf((func(func()))(nil)), calling).Interface().(func(func()))
	inner := reflect.MakeFunc(reflect.TypeOf((func())(nil)), recovering).Interface().(func())
	defer outer(inner)
	panic("p4")
}

func viaCall() {
	defer func() { fmt.Println("after Call:", recover()) }()
	defer reflect.ValueOf(V(3)).MethodByName("M").Call(nil)
	panic("p5")
}

func deferRecoverAtExit() {
	defer func() { fmt.Println("after defer recover:", recover()) }()
	defer func() {
		defer recover()
		defer func() { fmt.Println("inner recovered", recover()) }()
		panic("p7")
	}()
	panic("p6")
}

func main() {
	viaMethodValue()
	viaMethodFunc()
	viaMakeFunc()
	viaNestedMakeFunc()
	viaCall()
	deferRecoverAtExit()
}
