package submod

import "embed"

//go:embed sub
var F embed.FS
