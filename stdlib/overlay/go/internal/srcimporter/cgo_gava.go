package srcimporter

import "go/types"

// gava: gc links setUsesCgo to go/types' unexported srcimporter_setUsesCgo (a //go:linkname
// without body). gava builds without cgo, so cgo files are never type-checked: nothing to set.
func setUsesCgo(conf *types.Config) {}
