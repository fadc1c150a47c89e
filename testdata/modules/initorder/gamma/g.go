package gamma

import "example.com/io/delta"

var G = delta.Trace("gamma.G")

func init() { println("gamma.init") }
