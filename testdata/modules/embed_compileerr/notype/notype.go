package notype

import _ "embed"

//go:embed a.txt
var s = "x"
