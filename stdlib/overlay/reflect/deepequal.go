package reflect

// DeepEqual reports whether x and y are "deeply equal" (gc's rules; the walk is
// gava.runtime.RValueEq over the raw values).
func DeepEqual(x, y any) bool {
	if x == nil || y == nil {
		return x == y
	}
	v1 := ValueOf(x)
	v2 := ValueOf(y)
	if v1.Type() != v2.Type() {
		return false
	}
	return rvDeepEqual(v1.h, v2.h)
}
