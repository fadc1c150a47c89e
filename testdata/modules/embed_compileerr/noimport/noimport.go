package noimport

import "fmt"

//go:embed a.txt
var s string

var _ = fmt.Sprint
