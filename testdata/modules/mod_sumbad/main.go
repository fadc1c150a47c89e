// Command modcache imports modules from a module cache laid out as go's (case-encoded paths).
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
