package reflect

// Swapper returns a function that swaps the elements in the provided slice.
// Swapper panics if the provided interface is not a slice.
func Swapper(slice any) func(i, j int) {
	v := ValueOf(slice)
	if v.Kind() != Slice {
		panic(&ValueError{Method: "Swapper", Kind: v.Kind()})
	}
	switch v.Len() {
	case 0:
		return func(i, j int) { panic("reflect: slice index out of range") }
	case 1:
		return func(i, j int) {
			if i != 0 || j != 0 {
				panic("reflect: slice index out of range")
			}
		}
	}
	switch s := slice.(type) {
	case []string:
		return func(i, j int) { s[i], s[j] = s[j], s[i] }
	case []int:
		return func(i, j int) { s[i], s[j] = s[j], s[i] }
	case []int64:
		return func(i, j int) { s[i], s[j] = s[j], s[i] }
	case []byte:
		return func(i, j int) { s[i], s[j] = s[j], s[i] }
	case []any:
		return func(i, j int) { s[i], s[j] = s[j], s[i] }
	}
	tmp := New(v.Type().Elem()).Elem()
	return func(i, j int) {
		a, b := v.Index(i), v.Index(j)
		tmp.Set(a)
		a.Set(b)
		b.Set(tmp)
	}
}
