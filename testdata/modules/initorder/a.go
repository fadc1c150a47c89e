package main

import (
	"example.com/io/alpha"
)

var Y = alpha.A

func init() { println("main.init in a.go") }
