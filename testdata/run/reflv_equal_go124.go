package main

import "reflect"

type P struct {
	A int
	S string
}

func main() {
	println(reflect.ValueOf(1).Equal(reflect.ValueOf(1)), reflect.ValueOf(1).Equal(reflect.ValueOf(int64(1))))
	println(reflect.ValueOf(P{1, "a"}).Equal(reflect.ValueOf(P{1, "a"})), reflect.ValueOf(P{1, "a"}).Equal(reflect.ValueOf(P{1, "b"})))
	println(reflect.ValueOf([2]string{"x", "y"}).Equal(reflect.ValueOf([2]string{"x", "y"})))
	x := 1
	println(reflect.ValueOf(&x).Equal(reflect.ValueOf(&x)), reflect.ValueOf(&x).Equal(reflect.ValueOf(new(int))))
	println(reflect.ValueOf([]int{1}).Comparable(), reflect.ValueOf(P{}).Comparable(), reflect.ValueOf(any(nil)).Comparable())
	s := []int{1, 2}
	v := reflect.ValueOf(&s).Elem()
	v.Grow(10)
	println(len(s), cap(s) >= 12, s[1])
	v.Clear()
	println(len(s), s[0], s[1])
	m := map[string]int{"a": 1, "b": 2}
	reflect.ValueOf(m).Clear()
	println(len(m))
	defer func() { println(recover().(string)) }()
	reflect.ValueOf([]int{}).Equal(reflect.ValueOf([]int{}))
}
