package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

type I interface{ M(int) }
type T struct{}

func (T) m(int) {}

type U struct{}

func (*U) M(int) {}

func main() {
	x := 1
	var r io.ReadWriterCloser
	var i I = T{}
	var j I = U{}
	var s string = strings.Repeat("a", 2) + 1
	var w io.Writer = os.Stdout
	var n int = w
	switch v := w.(type) {
	case fmt.Stringer, fmt.Stringer:
	}
	_, _, _, _ = r, i, j, s
	_ = n
}
