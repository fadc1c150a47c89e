package dotdot

import "embed"

//go:embed ../go.mod
var F embed.FS
