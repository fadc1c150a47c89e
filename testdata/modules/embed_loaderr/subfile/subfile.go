package subfile

import "embed"

//go:embed sub/x.txt
var F embed.FS
