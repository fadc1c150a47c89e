package infunc

import _ "embed"

func F() string {
	//go:embed a.txt
	var s string
	return s
}
