// Command modmodmod runs with GOFLAGS=-mod=mod, which adds the missing go.sum lines (GOSUMDB=off).
package main

import (
	"fmt"

	lib "example.com/Upper/Lib"
	"example.com/dep"
)

func main() {
	fmt.Println(dep.Greet("cache"))
	fmt.Println("four:", lib.Four())
}
