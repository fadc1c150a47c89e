package badname

import "embed"

//go:embed *.txt
var F embed.FS
