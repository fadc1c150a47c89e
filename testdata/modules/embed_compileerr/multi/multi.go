package multi

import _ "embed"

//go:embed a.txt
var ok string

//go:embed a.txt b.txt
var s string

//go:embed *.txt
var b []byte
