// Command modverifybad uses a module whose files in the module cache were modified after download.
package main

import (
	"fmt"

	"example.com/dep"
)

func main() { fmt.Println(dep.Greet("verify")) }
