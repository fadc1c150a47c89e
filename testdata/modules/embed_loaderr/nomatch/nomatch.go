package nomatch

import "embed"

//go:embed nope.txt
var F embed.FS
