package main

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"strings"
)

type Color int

func (c Color) String() string { return [...]string{"red", "green"}[c] }

type G struct{ a int }

func (g G) GoString() string { return "G!" }

type F struct{}

func (F) Format(s fmt.State, verb rune) {
	w, wok := s.Width()
	p, pok := s.Precision()
	fmt.Fprintf(s, "F[%c %d %v %d %v %v]", verb, w, wok, p, pok, s.Flag('+'))
}

type Err struct{ msg string }

func (e Err) Error() string { return "err:" + e.msg }

type Node struct {
	V    int
	Next *Node
	M    map[int]string
	S    []any
	I    interface{ String() string }
	f    float32
	c    complex128
	u    uint8
	b    []byte
	ch   chan int
	fn   func()
	arr  [2]bool
}

func main() {
	n := Node{V: 1, M: map[int]string{2: "b", 1: "a"}, S: []any{1, "x", nil, 2.5}, I: Color(1), f: 1.5, c: 1 + 2i, u: 7, b: []byte("hi")}
	fmt.Printf("%v\n%+v\n", n, n)
	fmt.Printf("%#v\n", map[string][]int{"a": {1}})
	fmt.Printf("%#v %#v %#v %#v\n", G{1}, Color(0), []Color{0, 1}, struct{ X, y int }{1, 2})
	fmt.Printf("%v %s %d %x\n", Color(1), Color(0), Color(1), Color(1))
	fmt.Printf("%v|%+8.2v|%s\n", F{}, F{}, F{})
	fmt.Printf("%v %s %q\n", Err{"x"}, error(Err{"y"}), Err{"z"})
	fmt.Printf("%t %v %08b %o %O %#x %#o %X % x\n", true, false, 5, 64, 64, 255, 8, []byte{1, 171}, "hey")
	fmt.Printf("%e %E %f %F %g %G %.3g %10.4f|%-10.2e|%+.1f\n", 123456.789, 1e-10, 2.5, 3.25, 1e21, 1e-7, 3.14159, 2.0, 31415.9, 2.25)
	fmt.Printf("%v %.2f %g\n", 1+2i, 3-4i, complex64(1.5i))
	fmt.Printf("%c %q %U %#U %x\n", 'é', 'x', 'é', '⌘', "é")
	fmt.Printf("%5d|%-5d|%05d|%x|%X|%#v\n", 42, 42, -42, -255, uint64(1<<63), int8(-3))
	fmt.Printf("%s %v %d\n", []string{"a", "b"}, [3]int{1, 2, 3}, []int8{-1, 2})
	fmt.Printf("%q %v %x\n", []string{"a\n"}, [][]int{{1}, {2, 3}}, []string{"ab", "c"})
	fmt.Printf("%!%d %d\n", 1)
	fmt.Printf("%d %s\n", "str", 3)
	fmt.Printf("%*d|%-*d|%.*f\n", 5, 1, 4, 2, 2, 3.14159)
	fmt.Printf("%[2]d %[1]d %d\n", 10, 20)
	fmt.Printf("%v %v\n", nil, []any{nil})
	var np *Node
	var e error
	fmt.Printf("%v %v %+v %T %T %T\n", np, e, e, np, e, n.M)
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.0, nil), fmt.Sprintln("x", 1))
	fmt.Println(errors.New("e1") != errors.New("e1"))
	w := fmt.Errorf("ctx: %w", Err{"inner"})
	fmt.Println(w, errors.Unwrap(w), errors.Is(w, Err{"inner"}))
	var as Err
	fmt.Println(errors.As(w, &as), as.msg)

	var i1, i2 int
	var s1 string
	var f1 float64
	k, err := fmt.Sscan("3 4 word 2.5", &i1, &i2, &s1, &f1)
	fmt.Println(k, err, i1, i2, s1, f1)
	k, err = fmt.Sscanf("x=5,y=hello", "x=%d,y=%s", &i1, &s1)
	fmt.Println(k, err, i1, s1)
	r := bufio.NewReader(strings.NewReader("10 20\n30\n"))
	sum := 0
	for {
		var v int
		_, err := fmt.Fscan(r, &v)
		if err != nil {
			fmt.Println("end:", err)
			break
		}
		sum += v
	}
	fmt.Println("sum", sum)
	var ln string
	k, err = fmt.Sscanln("abc def", &ln)
	fmt.Println(k, err, ln)
	fmt.Fprintf(os.Stdout, "%6.2f%%\n", 99.5)
	type pt struct{ X, Y int }
	fmt.Printf("%v %+v %#v\n", &pt{1, 2}, []*int{nil}, pt{})
}
