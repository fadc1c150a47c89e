package lib

import "example.com/names/util"

type Counter struct{ n int }

func (c *Counter) Inc() int { c.n++; return c.n }

type Logger interface{ Log(string) }

type Prefix string

func (p Prefix) Log(s string) { println(string(p) + s) }

var Default Logger = Prefix("lib: ")

var total = util.Twice(b)
var b = util.Twice(1)

func Total() int { return total }
