// unsafe views of string and slice variables: reflect.StringHeader/SliceHeader, *string of a
// []byte; unsafe.Pointer == is pointer identity (same element, same place).
package main

import (
	"fmt"
	"reflect"
	"strings"
	"unsafe"
)

func data(s *string) uintptr { return (*reflect.StringHeader)(unsafe.Pointer(s)).Data }

func main() {
	s := strings.Repeat("ab", 4)
	t := s[:3]
	c := strings.Clone(s)
	e, e2 := "", strings.Clone("")
	fmt.Println(data(&s) == data(&t), data(&s) == data(&c), data(&e) == data(&e2), data(&e) == 0)
	h := (*reflect.StringHeader)(unsafe.Pointer(&t))
	fmt.Println(h.Len, h.Data != 0)
	u := s[2:]
	fmt.Println(data(&u)-data(&s), (*reflect.StringHeader)(unsafe.Pointer(&u)).Len)

	b := make([]byte, 3, 10)
	copy(b, "xyz")
	sh := (*reflect.SliceHeader)(unsafe.Pointer(&b))
	fmt.Println(sh.Len, sh.Cap)
	b2 := b[1:]
	sh2 := (*reflect.SliceHeader)(unsafe.Pointer(&b2))
	fmt.Println(sh2.Data-sh.Data, sh2.Len, sh2.Cap)
	var nb []byte
	fmt.Println(*(*reflect.SliceHeader)(unsafe.Pointer(&nb)))

	str := *(*string)(unsafe.Pointer(&b))
	fmt.Println(str, len(str))

	// a header converted back is the same object
	var hdr reflect.StringHeader
	hp := (*reflect.StringHeader)(unsafe.Pointer(&hdr))
	hp.Len = 5
	fmt.Println(hdr.Len)

	x := []int{1, 2, 3}
	p1, p2 := unsafe.Pointer(&x[1]), unsafe.Pointer(&x[1])
	fmt.Println(p1 == p2, p1 == unsafe.Pointer(&x[2]))
	m := map[unsafe.Pointer]int{p1: 1}
	fmt.Println(m[p2], len(m))
}
