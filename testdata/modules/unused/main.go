package main

import (
	"example.com/m/p"
	q "example.com/m/p"
	_ "example.com/m/p"
	. "example.com/m/dot"
	r "example.com/m/p"
	"example.com/m/named"
)

func main() {
	r.F()
}
