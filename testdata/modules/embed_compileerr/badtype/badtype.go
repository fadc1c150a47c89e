package badtype

import "embed"

type T struct{}

//go:embed a.txt
var t T

//go:embed a.txt
var i []int

//go:embed a.txt
var p *embed.FS

type MyFS embed.FS

//go:embed a.txt
var m MyFS

//go:embed a.txt
var ok embed.FS
