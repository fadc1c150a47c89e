package lib

import "example.com/m/lib/inner"

func F() int { return "s" }

var _ = undefinedThing
