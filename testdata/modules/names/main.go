package main

import (
	"example.com/names/lib/v2"
	"example.com/names/util"
)

type Inc interface{ Inc() int }

func main() {
	var c lib.Counter
	inc := c.Inc
	inc()
	inc()
	println(c.Inc(), lib.Total())
	lib.Default.Log("hello")
	var e lib.Embed
	var i Inc = &e
	i.Inc()
	println(e.Inc())
	<-util.Go(func() { lib.Prefix("go: ").Log("in goroutine") })
	var l lib.Logger = lib.Prefix("x")
	if p, ok := l.(lib.Prefix); ok {
		println(string(p))
	}
	panic(lib.Prefix("boom"))
}
