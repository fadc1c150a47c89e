package main

import (
	"fmt"

	"example.com/a"
	"example.com/c"
)

func main() { fmt.Println(a.V(), c.V) }
