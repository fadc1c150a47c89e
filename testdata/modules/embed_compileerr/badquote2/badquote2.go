package badquote2

import _ "embed"

//go:embed a.txt"b.txt"
var s string
