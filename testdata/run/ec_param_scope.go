package main

import (
	"fmt"
	"strings"
)

// Parameter names are in scope in the function body only: in the signature, "strings" and
// "fmt" still denote the packages even though parameters of those names precede them.
func join(strings []string, sep strings.Builder) string {
	out := ""
	for i, s := range strings {
		if i > 0 {
			out += sep.String()
		}
		out += s
	}
	return out
}

type T struct{}

func (fmt T) Show(s fmt.Stringer) string { return "<" + s.String() + ">" }

type name string

func (n name) String() string { return string(n) }

func main() {
	var b strings.Builder
	b.WriteString(", ")
	fmt.Println(join([]string{"a", "b", "c"}, b))
	fmt.Println(T{}.Show(name("x")))
	f := func(fmt int, s fmt.Stringer) string { return s.String() + strings.Repeat("!", fmt) }
	fmt.Println(f(3, name("hi")))
}
