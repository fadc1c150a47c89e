package reflectlite

// Swapper returns a function that swaps the elements in the provided slice; it panics if slice is
// not a slice.
func Swapper(slice any) func(i, j int) {
	if k := TypeOf(slice); k == nil || k.Kind() != Slice {
		kind := Invalid
		if k != nil {
			kind = k.Kind()
		}
		panic(&ValueError{Method: "Swapper", Kind: kind})
	}
	s := slice
	return func(i, j int) { rtSwap(s, i, j) }
}

//gava:java gava.runtime.RTypeGo.swap
func rtSwap(slice any, i, j int)
