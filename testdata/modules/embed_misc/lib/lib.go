package lib

import (
	_ "embed"
	"strings"
)

//go:embed version.txt
var version string

// Version is the embedded version, trimmed.
var Version = strings.TrimSpace(version)
