package typeerr

import _ "embed"

//go:embed a.txt
var s string

var x int = "no"
