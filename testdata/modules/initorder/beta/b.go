package beta

import (
	"example.com/io/gamma"
	"example.com/io/delta"
)

var B = delta.Trace("beta.B") + gamma.G

func init() { println("beta.init") }
