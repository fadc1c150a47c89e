// A //go:linkname of a package-level variable to another package's variable: both names share
// one storage, as gc gives them one symbol.
package main

import (
	"fmt"
	_ "unsafe"

	"example.com/m/a"
)

//go:linkname s example.com/m/a.s
var s string

//go:linkname n example.com/m/a.n
var n int

func main() {
	fmt.Println(a.Get(), s)
	s = "b"
	fmt.Println(a.Get(), s)
	p := &n
	*p += 41
	fmt.Println(a.N(), n)
}
