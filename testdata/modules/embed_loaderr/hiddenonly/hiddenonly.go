package hiddenonly

import "embed"

//go:embed d
var F embed.FS
