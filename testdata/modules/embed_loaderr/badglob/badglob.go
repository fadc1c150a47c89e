package badglob

import "embed"

//go:embed [x
var F embed.FS
