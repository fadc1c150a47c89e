package main

import (
	"fmt"

	"example.com/a"
	"example.com/b"
)

// a v1.0.0 requires b v1.1.0: minimal version selection picks it over go.mod's v1.0.0.
func main() { fmt.Println(a.V(), "|", b.V) }
