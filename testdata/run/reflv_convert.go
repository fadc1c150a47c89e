package main

import "reflect"

type MyInt int
type Str string
type Bytes []byte

func main() {
	v := reflect.ValueOf(65)
	println(v.Convert(reflect.TypeOf(int8(0))).Int())
	println(v.Convert(reflect.TypeOf("")).String())
	println(v.Convert(reflect.TypeOf(float32(0))).Float())
	println(v.Convert(reflect.TypeOf(MyInt(0))).Interface().(MyInt))
	println(reflect.ValueOf(300).Convert(reflect.TypeOf(uint8(0))).Uint())
	println(reflect.ValueOf(-1).Convert(reflect.TypeOf(uint64(0))).Uint())
	println(reflect.ValueOf(uint64(1<<63)).Convert(reflect.TypeOf(0.0)).Float())
	println(reflect.ValueOf(3.99).Convert(reflect.TypeOf(0)).Int())
	println(reflect.ValueOf(-3.99).Convert(reflect.TypeOf(int16(0))).Int())
	println(reflect.ValueOf("héllo").Convert(reflect.TypeOf([]byte(nil))).Len())
	rs := reflect.ValueOf("héllo").Convert(reflect.TypeOf([]rune(nil)))
	println(rs.Len(), rs.Index(1).Int())
	println(reflect.ValueOf([]byte("abc")).Convert(reflect.TypeOf(Str(""))).Interface().(Str))
	println(reflect.ValueOf([]rune{104, 105}).Convert(reflect.TypeOf("")).String())
	println(reflect.ValueOf("xy").Convert(reflect.TypeOf(Bytes(nil))).Type().String())
	c := reflect.ValueOf(complex(1.5, 2)).Convert(reflect.TypeOf(complex64(0)))
	println(c.Type().String(), real(c.Complex()))
	i := reflect.ValueOf(7).Convert(reflect.TypeOf((*any)(nil)).Elem())
	println(i.Kind().String(), i.Elem().Int())
	println(reflect.ValueOf(1).CanConvert(reflect.TypeOf("")), reflect.ValueOf("").CanConvert(reflect.TypeOf(0)))
	a := reflect.ValueOf([]int{1, 2, 3}).Convert(reflect.TypeOf((*[2]int)(nil)))
	println(a.Elem().Index(1).Int(), a.Elem().Len())
	println(reflect.ValueOf(int8(1)).OverflowInt(200), reflect.ValueOf(int8(1)).OverflowInt(-128), reflect.ValueOf(uint16(1)).OverflowUint(70000), reflect.ValueOf(float32(1)).OverflowFloat(1e39))
	defer func() { println("panic:", recover().(string)) }()
	reflect.ValueOf("x").Convert(reflect.TypeOf(0))
}
