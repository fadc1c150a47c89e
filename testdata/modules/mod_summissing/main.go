// Command modsummissing imports a module whose go.sum line is missing.
package main

import (
	"fmt"

	"example.com/dep"
)

func main() { fmt.Println(dep.Greet("sum")) }
