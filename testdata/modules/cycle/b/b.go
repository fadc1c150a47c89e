package b

import "example.com/m/c"

func G() { c.H() }
