// Failed type assertions between identical-looking types: gc names the packages they come from.
package main

import (
	"fmt"

	"example.com/m/a"
)

type T struct{ n int }

func try(name string, f func()) {
	defer func() { fmt.Println(name+":", recover()) }()
	f()
}

func main() {
	try("unexported struct", func() { _ = a.X.(struct{ x int }) })
	try("exported struct", func() { fmt.Println(a.Z.(struct{ N int }).N) })
	try("named", func() { _ = a.Y.(T) })
	var local interface{}
	{
		type T struct{ n int }
		local = T{4}
	}
	try("scope", func() { _ = local.(T) })
}
