package main

import "reflect"

type Celsius float64

type Point struct {
	X, Y int
	name string
	Tags []string
}

type Named int8

func show(x any) {
	v := reflect.ValueOf(x)
	if !v.IsValid() {
		println("invalid", v.Kind().String())
		return
	}
	print(v.Kind().String(), " ", v.Type().String(), " zero=", v.IsZero(), " ")
	switch v.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		println(v.Int())
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		println(v.Uint())
	case reflect.Float32, reflect.Float64:
		println(v.Float())
	case reflect.Complex64, reflect.Complex128:
		println(v.Complex())
	case reflect.String:
		println(v.String(), v.Len())
	case reflect.Bool:
		println(v.Bool())
	case reflect.Slice, reflect.Array:
		println("len", v.Len(), "nil?", v.Kind() == reflect.Slice && v.IsNil())
	case reflect.Map:
		println("len", v.Len())
	case reflect.Pointer:
		println("nil?", v.IsNil())
	case reflect.Struct:
		println("fields", v.NumField())
	default:
		println(v.String())
	}
}

func main() {
	show(nil)
	show(42)
	show(int8(-7))
	show(int16(-300))
	show(int32(1 << 30))
	show(int64(-1 << 40))
	show(uint(7))
	show(uint8(200))
	show(uint16(65535))
	show(uint32(4000000000))
	show(uint64(1 << 63))
	show(uintptr(99))
	show(float32(1.5))
	show(2.25)
	show(Celsius(-40))
	show(complex(1, 2))
	show(complex64(complex(3, -4)))
	show("héllo")
	show(true)
	show(false)
	show(0)
	show("")
	show(Named(-3))
	show([]int{1, 2, 3})
	show([]string(nil))
	show([3]byte{1, 2, 3})
	show(map[string]int{"a": 1})
	show(&Point{})
	show((*Point)(nil))
	show(Point{X: 1})
	show(Point{})
	show(func() {})

	p := Point{X: 3, Y: -4, name: "p", Tags: []string{"a", "b"}}
	v := reflect.ValueOf(p)
	for i := 0; i < v.NumField(); i++ {
		f := v.Field(i)
		println(i, f.Kind().String(), f.CanInterface(), f.CanSet(), f.CanAddr())
	}
	println(v.Field(0).Int(), v.Field(1).Int(), v.Field(2).String(), v.Field(3).Len(), v.Field(3).Index(1).String())
	println(v.Field(0).Interface().(int) + 10)

	s := reflect.ValueOf([]int{10, 20, 30})
	println(s.Index(0).Int(), s.Index(2).Int(), s.Len(), s.Cap(), s.Index(1).CanSet())
	a := reflect.ValueOf([4]uint8{250, 251, 252, 253})
	println(a.Index(3).Uint(), a.Len(), a.Index(0).CanSet())
	str := reflect.ValueOf("abc")
	println(str.Index(1).Uint(), str.Index(1).Kind().String())

	pp := reflect.ValueOf(&p)
	e := pp.Elem()
	println(e.Kind().String(), e.CanSet(), e.Field(1).Int(), e.Field(0).CanSet(), e.Field(2).CanSet())
	var i any = 5
	iv := reflect.ValueOf(&i).Elem()
	println(iv.Kind().String(), iv.Elem().Kind().String(), iv.Elem().Int(), iv.IsNil())

	var err error
	ev := reflect.ValueOf(&err).Elem()
	println(ev.Kind().String(), ev.IsNil(), ev.Elem().IsValid())
	println(reflect.ValueOf(p).Field(3).Interface().([]string)[0])
	println(reflect.ValueOf(Celsius(3)).Interface().(Celsius) == 3)
	println(reflect.ValueOf(Named(5)).Interface().(Named))
	println(reflect.ValueOf(uint8(9)).Interface().(uint8), reflect.ValueOf(int16(-9)).Interface().(int16))
	println(reflect.ValueOf(p).String())
}
