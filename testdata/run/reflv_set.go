package main

import "reflect"

type Inner struct{ A, B int }

type Outer struct {
	In    Inner
	Arr   [2]Inner
	P     *Inner
	S     string
	F     float32
	U8    uint8
	I16   int16
	C     complex128
	Bs    []byte
	M     map[string]int
	hid   int
	Iface any
}

func main() {
	var o Outer
	v := reflect.ValueOf(&o).Elem()
	v.FieldByName("S").SetString("hello")
	v.FieldByName("F").SetFloat(2.5)
	v.FieldByName("U8").SetUint(300) // truncated
	v.FieldByName("I16").SetInt(-70000)
	v.FieldByName("C").SetComplex(complex(1, -1))
	v.FieldByName("Bs").SetBytes([]byte("xyz"))
	v.Field(0).Field(1).SetInt(7)
	v.Field(1).Index(1).Field(0).SetInt(9)
	v.FieldByName("Iface").Set(reflect.ValueOf(42))
	println(o.S, o.F, o.U8, o.I16, real(o.C), imag(o.C), string(o.Bs), o.In.B, o.Arr[1].A, o.Iface.(int))
	println(v.FieldByName("hid").CanSet(), v.FieldByName("hid").CanAddr(), v.FieldByName("nope").IsValid())

	// struct assignment copies; pointers alias
	in := Inner{1, 2}
	v.Field(0).Set(reflect.ValueOf(in))
	in.A = 100
	println(o.In.A, o.In.B)
	p := &Inner{5, 6}
	v.FieldByName("P").Set(reflect.ValueOf(p))
	p.A = 55
	println(o.P.A, v.FieldByName("P").Elem().Field(0).Int())
	v.FieldByName("P").Elem().Field(1).SetInt(66)
	println(p.B)

	// Addr of a field
	ap := v.Field(0).Field(0).Addr().Interface().(*int)
	*ap = 11
	println(o.In.A, v.Field(0).Field(0).Int())
	ip := v.Field(0).Addr().Interface().(*Inner)
	ip.B = 22
	println(o.In.B)

	// New, Zero, Indirect
	n := reflect.New(reflect.TypeOf(0))
	n.Elem().SetInt(5)
	println(*n.Interface().(*int), reflect.Indirect(n).Int())
	ns := reflect.New(reflect.TypeOf(Inner{}))
	ns.Elem().Field(0).SetInt(3)
	println(ns.Interface().(*Inner).A)
	z := reflect.Zero(reflect.TypeOf(Inner{}))
	println(z.Field(0).Int(), z.CanSet(), z.IsZero())

	// variables through pointers
	x := 1
	xv := reflect.ValueOf(&x).Elem()
	xv.SetInt(41)
	x++
	println(x, xv.Int())
	var b bool
	reflect.ValueOf(&b).Elem().SetBool(true)
	println(b)
	var u8 uint8 = 255
	reflect.ValueOf(&u8).Elem().SetUint(256 + 7)
	println(u8)

	// slice elements
	s := []Inner{{1, 2}, {3, 4}}
	sv := reflect.ValueOf(s)
	sv.Index(1).Field(0).SetInt(30)
	sv.Index(0).Set(reflect.ValueOf(Inner{7, 8}))
	println(s[0].A, s[0].B, s[1].A)
	fs := []float64{1, 2}
	reflect.ValueOf(fs).Index(0).SetFloat(0.5)
	println(fs[0])
	bs := []byte{1, 2}
	reflect.ValueOf(bs).Index(1).SetUint(200)
	println(bs[1], reflect.ValueOf(bs).Index(1).Uint())

	// SetLen / SetCap
	sl := make([]int, 2, 5)
	slv := reflect.ValueOf(&sl).Elem()
	slv.SetLen(4)
	println(len(sl), cap(sl))
	slv.SetCap(4)
	println(len(sl), cap(sl))

	// panics
	try(func() { reflect.ValueOf(1).SetInt(2) })
	try(func() { v.FieldByName("hid").SetInt(2) })
	try(func() { reflect.ValueOf("s").Int() })
	try(func() { reflect.Value{}.Int() })
	try(func() { v.FieldByName("S").SetInt(1) })
	try(func() { v.FieldByName("hid").Interface() })
	try(func() { v.FieldByName("S").Set(reflect.ValueOf(1)) })
	try(func() { reflect.ValueOf(1).Elem() })
	try(func() { reflect.ValueOf([]int{1}).Index(5) })
}

func try(f func()) {
	defer func() {
		r := recover()
		if e, ok := r.(error); ok {
			println("panic:", e.Error())
		} else if s, ok := r.(string); ok {
			println("panic:", s)
		} else {
			println("panic?")
		}
	}()
	f()
}
