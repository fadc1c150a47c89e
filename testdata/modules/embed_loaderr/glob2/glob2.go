package glob2

import "embed"

//go:embed x*/y.txt
var F embed.FS
