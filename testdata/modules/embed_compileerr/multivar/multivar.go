package multivar

import _ "embed"

//go:embed a.txt
var s, t string
