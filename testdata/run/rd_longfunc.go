// Function types whose JVM shapes are long (many parameters of long-named types, nested func
// types) still compile: their interface classes get names that fit in a file name.
package main

import "fmt"

type AVeryLongTypeNameForTestingClassFileNamesNumberOne struct{ n int }
type AVeryLongTypeNameForTestingClassFileNamesNumberTwo struct{ s string }
type AVeryLongTypeNameForTestingClassFileNamesNumberThree struct{ f float64 }

type Inner func(AVeryLongTypeNameForTestingClassFileNamesNumberOne, AVeryLongTypeNameForTestingClassFileNamesNumberTwo,
	AVeryLongTypeNameForTestingClassFileNamesNumberThree) AVeryLongTypeNameForTestingClassFileNamesNumberOne

type Outer func(Inner, AVeryLongTypeNameForTestingClassFileNamesNumberOne, AVeryLongTypeNameForTestingClassFileNamesNumberTwo,
	AVeryLongTypeNameForTestingClassFileNamesNumberThree) (AVeryLongTypeNameForTestingClassFileNamesNumberTwo, Inner)

func main() {
	in := func(a AVeryLongTypeNameForTestingClassFileNamesNumberOne, b AVeryLongTypeNameForTestingClassFileNamesNumberTwo,
		c AVeryLongTypeNameForTestingClassFileNamesNumberThree) AVeryLongTypeNameForTestingClassFileNamesNumberOne {
		return AVeryLongTypeNameForTestingClassFileNamesNumberOne{a.n + len(b.s) + int(c.f)}
	}
	var out Outer = func(f Inner, a AVeryLongTypeNameForTestingClassFileNamesNumberOne, b AVeryLongTypeNameForTestingClassFileNamesNumberTwo,
		c AVeryLongTypeNameForTestingClassFileNamesNumberThree) (AVeryLongTypeNameForTestingClassFileNamesNumberTwo, Inner) {
		r := f(a, b, c)
		return AVeryLongTypeNameForTestingClassFileNamesNumberTwo{fmt.Sprint(b.s, r.n)}, f
	}
	s, g := out(in, AVeryLongTypeNameForTestingClassFileNamesNumberOne{1}, AVeryLongTypeNameForTestingClassFileNamesNumberTwo{"ab"},
		AVeryLongTypeNameForTestingClassFileNamesNumberThree{3.5})
	fmt.Println(s.s, g(AVeryLongTypeNameForTestingClassFileNamesNumberOne{10}, s, AVeryLongTypeNameForTestingClassFileNamesNumberThree{0}).n)
	var any interface{} = out
	_, ok := any.(Outer)
	fmt.Println(ok)
	fmt.Printf("%T\n", in)
}
