package badquote

import _ "embed"

//go:embed "a.txt
var s string
