package multidir

import _ "embed"

//go:embed a.txt
//go:embed b.txt
var b []byte
