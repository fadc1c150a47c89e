// Command modoffline imports a module neither in the module cache nor reachable (GOPROXY=off).
package main

import (
	"fmt"

	"example.com/dep"
)

func main() { fmt.Println(dep.Greet("sum")) }
