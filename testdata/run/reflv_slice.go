package main

import "reflect"

type P struct{ X, Y int }

func main() {
	st := reflect.TypeOf([]int{})
	s := reflect.MakeSlice(st, 2, 4)
	s.Index(0).SetInt(5)
	s = reflect.Append(s, reflect.ValueOf(7), reflect.ValueOf(8))
	println(s.Len(), s.Cap(), s.Index(0).Int(), s.Index(3).Int())
	s = reflect.Append(s, reflect.ValueOf(9))
	println(s.Len(), s.Cap())
	s = reflect.AppendSlice(s, reflect.ValueOf([]int{10, 11}))
	x := s.Interface().([]int)
	println(len(x), x[5], x[6])

	sub := s.Slice(1, 3)
	sub.Index(0).SetInt(-1)
	println(x[1], sub.Len(), sub.Cap())
	sub3 := s.Slice3(2, 4, 5)
	println(sub3.Len(), sub3.Cap(), sub3.Index(1).Int())

	arr := [5]string{"a", "b", "c", "d", "e"}
	av := reflect.ValueOf(&arr).Elem()
	as := av.Slice(1, 4)
	as.Index(0).SetString("B")
	println(arr[1], as.Len(), as.Cap(), as.Type().String())
	println(reflect.ValueOf("hello").Slice(1, 3).String())

	// struct elements
	ps := reflect.MakeSlice(reflect.TypeOf([]P{}), 1, 1)
	ps.Index(0).Field(1).SetInt(3)
	pv := P{4, 5}
	ps = reflect.Append(ps, reflect.ValueOf(pv))
	pv.X = 40
	got := ps.Interface().([]P)
	println(len(got), got[0].Y, got[1].X)

	// Copy
	dst := make([]byte, 3)
	n := reflect.Copy(reflect.ValueOf(dst), reflect.ValueOf("xyzw"))
	println(n, string(dst))
	d2 := []int{0, 0, 0, 0}
	n = reflect.Copy(reflect.ValueOf(d2), reflect.ValueOf([]int{1, 2}))
	println(n, d2[0], d2[1], d2[2])
	var a3 [3]int
	n = reflect.Copy(reflect.ValueOf(&a3).Elem(), reflect.ValueOf([]int{7, 8, 9, 10}))
	println(n, a3[0], a3[2])

	// Swapper
	ints := []int{1, 2, 3}
	sw := reflect.Swapper(ints)
	sw(0, 2)
	println(ints[0], ints[1], ints[2])
	pts := []P{{1, 1}, {2, 2}}
	reflect.Swapper(pts)(0, 1)
	println(pts[0].X, pts[1].X)
	fl := []float32{1.5, 2.5}
	reflect.Swapper(fl)(0, 1)
	println(fl[0], fl[1])

	// nil and empty
	var ns []int
	nv := reflect.ValueOf(ns)
	println(nv.IsNil(), nv.Len())
	nv = reflect.Append(nv, reflect.ValueOf(1))
	println(nv.Len(), nv.Index(0).Int())
	e := reflect.MakeSlice(st, 0, 0)
	println(e.IsNil(), e.Len())
	bs := reflect.ValueOf([]byte("hi"))
	println(string(bs.Bytes()))
	ba := [3]byte{'a', 'b', 'c'}
	println(string(reflect.ValueOf(&ba).Elem().Bytes()))

	defer func() { println("panic:", recover().(string)) }()
	s.Slice(0, 100)
}
