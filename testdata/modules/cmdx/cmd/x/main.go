package main

import (
	"example.com/m/zeta"
	"example.com/m/alpha"
	_ "example.com/m/side"
)

var v = trace("main.v", alpha.A+zeta.Z)

func trace(s string, n int) int {
	println("init", s, n)
	return n
}

func init() { println("main.init 1") }
func init() { println("main.init 2") }

func main() {
	println("main", v, alpha.Name(), zeta.Name(), alpha.Shared(), zeta.Shared())
}
