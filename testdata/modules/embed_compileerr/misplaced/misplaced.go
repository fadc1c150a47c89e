package misplaced

import _ "embed"

//go:embed a.txt
func F() {}

//go:embed a.txt
const C = 1

//go:embed a.txt
type T int
