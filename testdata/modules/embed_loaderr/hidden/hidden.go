package hidden

import "embed"

//go:embed .hid
var F embed.FS
