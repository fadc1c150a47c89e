package main

import (
	"fmt"

	"example.com/toolbuildbad/lib"
)

func main() { fmt.Println(lib.Name("a")) }
