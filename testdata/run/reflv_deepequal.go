package main

import "reflect"

type Node struct {
	V    int
	Next *Node
	M    map[string][]int
	F    func()
	I    any
	arr  [2]float64
}

func main() {
	a := &Node{V: 1, M: map[string][]int{"x": {1, 2}}, I: "s"}
	b := &Node{V: 1, M: map[string][]int{"x": {1, 2}}, I: "s"}
	println(reflect.DeepEqual(a, b), reflect.DeepEqual(*a, *b))
	b.M["x"][1] = 3
	println(reflect.DeepEqual(a, b))
	b.M["x"][1] = 2
	b.arr[1] = 0.5
	println(reflect.DeepEqual(a, b))
	b.arr[1] = 0
	a.Next = a
	b.Next = b
	println("cycle", reflect.DeepEqual(a, b))
	println(reflect.DeepEqual([]int{}, []int(nil)), reflect.DeepEqual([]int(nil), []int(nil)))
	println(reflect.DeepEqual(map[int]int{}, map[int]int(nil)))
	println(reflect.DeepEqual(1, int64(1)), reflect.DeepEqual(nil, nil), reflect.DeepEqual(nil, 0))
	println(reflect.DeepEqual([]any{1, "a", []byte("b")}, []any{1, "a", []byte("b")}))
	println(reflect.DeepEqual(func() {}, func() {}))
	var f func()
	println(reflect.DeepEqual(f, f))
	nan := 0.0
	nan = nan / nan
	println(reflect.DeepEqual(nan, nan), reflect.DeepEqual([]float64{nan}, []float64{nan}))
	println(reflect.DeepEqual(&[2]string{"a", "b"}, &[2]string{"a", "b"}))
	println(reflect.DeepEqual(map[string]any{"k": []int{1}}, map[string]any{"k": []int{1}}))
	println(reflect.DeepEqual(map[string]any{"k": []int{1}}, map[string]any{"j": []int{1}}))
	x := 5
	y := 5
	println(reflect.DeepEqual(&x, &y), reflect.DeepEqual(&x, &x))
	println(reflect.ValueOf(Node{}).IsZero(), reflect.ValueOf(Node{I: 0}).IsZero(), reflect.ValueOf([2]int{0, 1}).IsZero())
}
