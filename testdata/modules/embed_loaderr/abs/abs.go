package abs

import "embed"

//go:embed /etc/passwd
var F embed.FS
