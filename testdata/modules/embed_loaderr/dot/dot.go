package dot

import "embed"

//go:embed .
var F embed.FS
