package main

import (
	"fmt"

	"example.com/toolbuild/lib"
)

func main() { fmt.Println(lib.Name("a")) }
