package main

import (
	"errors"
	"fmt"
)

type P struct {
	X, Y int
	name string
}

type Inner struct {
	A []int
	M map[string]float64
}

type Outer struct {
	I   Inner
	Ptr *P
	Any any
	Err error
	B   []byte
	Arr [2]bool
	C   complex128
	U   uint8
	F32 float32
}

type Color int

const (
	Red Color = iota
	Green
)

func (c Color) String() string { return [...]string{"red", "green"}[c] }

type Wrap struct {
	C  Color
	cc Color
}

type E struct{ msg string }

func (e *E) Error() string { return "E:" + e.msg }

func main() {
	p := P{1, -2, "pp"}
	fmt.Println(p, &p == nil)
	fmt.Printf("%v|%+v|%#v|%T\n", p, p, p, p)
	fmt.Printf("%v %+v %T\n", &p, &p, &p)
	o := Outer{I: Inner{A: []int{1, 2}, M: map[string]float64{"z": 1.5, "a": -2}}, Ptr: nil, Any: 3, Err: errors.New("bad"), B: []byte("hi"), C: complex(1, 2), U: 200, F32: 0.25}
	fmt.Printf("%v\n%+v\n", o, o)
	fmt.Printf("%#v\n", o.I)
	fmt.Printf("%d %x %X %o %b %q %c %U\n", 42, 255, 255, 8, 5, 'x', 'y', 0x1F600)
	fmt.Printf("%s %q %x %X % x\n", "héllo", "a\"b", "hi", []byte("hi"), "abc")
	fmt.Printf("%5d|%-5d|%05d|%+d|%8.3f|%-8.2e|%g|%G\n", 7, 7, 7, 7, 3.14159, 1234.5678, 1e21, 1e-7)
	fmt.Printf("%t %v %p\n", true, nil, nil)
	fmt.Printf("%v %d %s\n", []string{"a", "b"}, []int{1, 2}, []string{"x"})
	fmt.Printf("%v %v\n", map[int]string{3: "c", 1: "a", 2: "b"}, map[P]bool{{2, 1, ""}: true, {1, 2, ""}: false})
	fmt.Printf("%v %s %d\n", Green, Red, Green)
	fmt.Printf("%v %+v\n", Wrap{Green, Red}, []Color{Red, Green})
	fmt.Printf("%v %v\n", &E{"x"}, error(&E{"y"}))
	fmt.Printf("%x %X\n", []int{10, 11}, "Zz")
	fmt.Printf("%6.2f|%-6s|%6s|%.1s\n", 2.0/3, "ab", "cd", "xyz")
	fmt.Printf("%v %v %v\n", int8(-5), uint64(1<<63), uintptr(10))
	fmt.Printf("%v %.3v %v\n", 1.0, 3.14159, float32(0.1))
	fmt.Printf("%v %v\n", complex(1, -1), complex64(complex(0.5, 2)))
	fmt.Printf("%v %v\n", [3]int{1, 2, 3}, [0]int{})
	fmt.Printf("%v %v\n", struct{}{}, struct{ A, b int }{1, 2})
	var np *P
	var ni any
	var ns []int
	var nm map[string]int
	fmt.Printf("%v %v %v %v %+v\n", np, ni, ns, nm, np)
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%!\n")
	fmt.Printf("%d\n")
	fmt.Printf("%d %d\n", 1, 2, 3)
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.5), fmt.Sprintln("x", 1))
	fmt.Printf("%*d|%-*d|\n", 5, 1, 4, 2)
	fmt.Printf("%[2]d %[1]d\n", 1, 2)
	fmt.Printf("%v\n", [][]int{{1}, {2, 3}})
	fmt.Printf("%v\n", map[string][]int{"k": {1}})
	fmt.Printf("%v\n", []any{1, "a", nil, 2.5, []int{1}})
	fmt.Printf("%#v %#v %#v\n", []int{1}, map[string]int{"a": 1}, "s")
	fmt.Printf("%#v %#v %#v\n", 1.0, int64(3), []any{1, "x"})
	fmt.Printf("%08.3f|%x|%X\n", -3.5, -255, "\xff")
	err := fmt.Errorf("wrap: %w", errors.New("inner"))
	fmt.Println(err, errors.Unwrap(err))
	s := fmt.Sprintf("%v", o.B)
	fmt.Println(s, len(s))
	ptr := &p
	pstr := fmt.Sprintf("%p", ptr)
	fmt.Println(pstr[:2], len(pstr) > 2, fmt.Sprintf("%p", ptr) == pstr)
}
