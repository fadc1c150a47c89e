package quoted

import "embed"

//go:embed "sp ace.txt" `miss ing.txt`
var F embed.FS
