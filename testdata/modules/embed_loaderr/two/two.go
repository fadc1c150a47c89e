package two

import "embed"

//go:embed a.txt zzz.txt b.txt
var F embed.FS
