// unsafe.String, StringData, Slice, SliceData (Go 1.20) over pointers into arrays, and the
// []byte <-> string reinterpretations built on them.
package main

import "unsafe"

func bytesToString(b []byte) string {
	return unsafe.String(unsafe.SliceData(b), len(b))
}

func stringToBytes(s string) []byte {
	return unsafe.Slice(unsafe.StringData(s), len(s))
}

func main() {
	b := []byte("hello, world")
	s := bytesToString(b)
	println(s, len(s))
	b[0] = 'H' // shares memory: the string sees it
	println(s)
	t := stringToBytes("gopher")
	println(len(t), cap(t), string(t[2:4]))
	arr := [5]int32{10, 20, 30, 40, 50}
	sl := unsafe.Slice(&arr[1], 3)
	sl[0] = 21
	println(len(sl), cap(sl), sl[2], arr[1])
	p := unsafe.SliceData(sl)
	*p = 22
	println(arr[1], *unsafe.SliceData(arr[:]))
	var nilSlice []float64
	println(unsafe.SliceData(nilSlice) == nil, unsafe.Slice((*byte)(nil), 0) == nil, unsafe.String(nil, 0) == "")
	words := []string{"a", "b", "c"}
	ws := unsafe.Slice(&words[1], 2)
	println(ws[0], ws[1], unsafe.String(&b[7], 5))
	defer func() { println("recovered:", recover().(error).Error()) }()
	_ = unsafe.String(nil, 3)
}
