package main

import (
	"reflect"
	"sort"
)

type K struct {
	A int
	B string
}

func keysOf(v reflect.Value) []string {
	var out []string
	for _, k := range v.MapKeys() {
		out = append(out, k.String())
	}
	sort.Strings(out)
	return out
}

func main() {
	m := map[string]int{"b": 2, "a": 1, "c": 3}
	v := reflect.ValueOf(m)
	println(v.Len(), v.MapIndex(reflect.ValueOf("b")).Int(), v.MapIndex(reflect.ValueOf("zz")).IsValid())
	for _, k := range keysOf(v) {
		println(k, v.MapIndex(reflect.ValueOf(k)).Int())
	}
	sum := 0
	it := v.MapRange()
	for it.Next() {
		sum += int(it.Value().Int()) * len(it.Key().String())
	}
	println("sum", sum)
	v.SetMapIndex(reflect.ValueOf("d"), reflect.ValueOf(4))
	v.SetMapIndex(reflect.ValueOf("a"), reflect.Value{})
	println(len(m), m["d"], m["a"])

	// struct keys, struct values, interface values
	sm := map[K][2]float64{{1, "x"}: {1.5, 2.5}}
	sv := reflect.ValueOf(sm)
	e := sv.MapIndex(reflect.ValueOf(K{1, "x"}))
	println(e.Kind().String(), e.Index(1).Float(), e.CanSet())
	sv.SetMapIndex(reflect.ValueOf(K{2, "y"}), reflect.ValueOf([2]float64{3, 4}))
	println(len(sm), sm[K{2, "y"}][1])
	for _, k := range sv.MapKeys() {
		if k.Field(0).Int() == 2 {
			println("key", k.Field(1).String())
		}
	}

	im := map[int]any{1: "one", 2: 2.0}
	iv := reflect.ValueOf(im)
	println(iv.MapIndex(reflect.ValueOf(1)).Kind().String(), iv.MapIndex(reflect.ValueOf(1)).Elem().String())
	iv.SetMapIndex(reflect.ValueOf(3), reflect.ValueOf(true))
	println(im[3].(bool))

	// MakeMap, SetIterKey/Value
	mt := reflect.TypeOf(map[int8]uint16{})
	nm := reflect.MakeMap(mt)
	nm.SetMapIndex(reflect.ValueOf(int8(-1)), reflect.ValueOf(uint16(65535)))
	nm.SetMapIndex(reflect.ValueOf(int8(5)), reflect.ValueOf(uint16(1)))
	got := nm.Interface().(map[int8]uint16)
	println(len(got), got[-1], got[5])
	k := reflect.New(mt.Key()).Elem()
	val := reflect.New(mt.Elem()).Elem()
	it = nm.MapRange()
	total := 0
	for it.Next() {
		k.SetIterKey(it)
		val.SetIterValue(it)
		total += int(k.Int()) * int(val.Uint())
	}
	println("total", total)
	mm := reflect.MakeMapWithSize(reflect.TypeOf(map[string][]int{}), 10)
	mm.SetMapIndex(reflect.ValueOf("s"), reflect.ValueOf([]int{1, 2}))
	println(mm.Len(), mm.MapIndex(reflect.ValueOf("s")).Index(1).Int())

	var nilm map[string]int
	nv := reflect.ValueOf(nilm)
	println(nv.IsNil(), nv.Len(), nv.MapIndex(reflect.ValueOf("x")).IsValid(), len(nv.MapKeys()))
	defer func() { println("panic:", recover().(error).Error()) }()
	nv.SetMapIndex(reflect.ValueOf("x"), reflect.ValueOf(1))
}
