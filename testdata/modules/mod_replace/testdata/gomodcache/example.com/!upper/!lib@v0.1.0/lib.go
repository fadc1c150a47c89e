package lib

import "example.com/dep/sub"

func Four() int { return sub.Twice(2) }
