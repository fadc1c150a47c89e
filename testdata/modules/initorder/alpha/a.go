package alpha

import "example.com/io/delta"

var A = delta.Trace("alpha.A")

func init() { println("alpha.init") }
