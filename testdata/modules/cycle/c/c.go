package c

import "example.com/m/a"

func H() { a.F() }
