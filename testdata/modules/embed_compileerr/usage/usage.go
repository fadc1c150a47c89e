package usage

import _ "embed"

//go:embed
var s string
