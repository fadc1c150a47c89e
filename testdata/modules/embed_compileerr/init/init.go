package init

import _ "embed"

//go:embed a.txt
var s string = "x"
