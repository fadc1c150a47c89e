package main

import (
	"example.com/m/nope"
	"nosuch/pkg"
	"example.com/m/there"
)

func main() { nope.F(); pkg.G(); there.H() }
