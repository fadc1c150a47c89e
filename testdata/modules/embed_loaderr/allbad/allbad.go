package allbad

import "embed"

//go:embed all:a//b
var F embed.FS
