package main

import (
	"fmt"

	"example.com/a"
)

// Only a is imported: tidy drops unused, keeps b (a needs v1.1.0) as indirect.
func main() { fmt.Println(a.V()) }
