// make([]T, len, cap) checks len and cap against gc's allocation limit (1<<48 bytes on amd64)
// before allocating: "len out of range" when len itself is bad, else "cap out of range".
package main

import "fmt"

type big [1 << 19]byte

func try(what string, f func()) {
	defer func() {
		fmt.Printf("%-24s %v\n", what, recover())
	}()
	f()
}

func main() {
	minus1 := -1
	var huge int64 = 1 << 59
	var maxU uint64 = 1<<64 - 1
	var b40 int64 = 1 << 40
	five := 5
	try("ints -1", func() { _ = make([]int, minus1) })
	try("ints cap -1", func() { _ = make([]int, 0, minus1) })
	try("ints 1<<59", func() { _ = make([]int, huge) })
	try("ints cap 1<<59", func() { _ = make([]int, 0, huge) })
	try("ints len>cap", func() { _ = make([]int, 10, five) })
	try("bytes maxU", func() { _ = make([]byte, maxU) })
	try("bytes cap maxU", func() { _ = make([]byte, 0, maxU) })
	try("strings 1<<59", func() { _ = make([]string, huge) })
	try("ptrs cap 1<<59", func() { _ = make([]*int, 1, huge) })
	try("big 1<<40", func() { _ = make([]big, b40) })
	try("big cap 1<<40", func() { _ = make([]big, 2, b40) })
	try("int32 1<<47", func() { _ = make([]int32, 1<<47>>0+int(five)-5) })
	try("chan -1", func() { _ = make(chan int, minus1) })
	try("chan big 1<<40", func() { _ = make(chan [1000]byte, b40) })
	s := make([]int, 3, 10)
	fmt.Println(len(s), cap(s))
	e := make([]struct{}, 1000)
	fmt.Println(len(e), cap(e))
}
