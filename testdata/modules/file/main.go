package main

import (
	"example.com/m/util"
	u2 "example.com/m/util"
)

func main() {
	println(util.Double(21), u2.Double(1))
	var s util.Stack
	s.Push(1)
	s.Push(2)
	println(s.Len(), s.Pop())
	defer println("deferred")
	util.Exit(3)
}
