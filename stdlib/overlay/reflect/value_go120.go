package reflect

// Value methods added after Go 1.19 (gava implements the Go 1.24 language; programs may call them).

// Comparable reports whether the value v is comparable (Go 1.20).
func (v Value) Comparable() bool {
	switch v.Kind() {
	case Invalid:
		return false
	case Array:
		for i := 0; i < v.Len(); i++ {
			if !v.Index(i).Comparable() {
				return false
			}
		}
		return v.Type().Comparable()
	case Interface:
		return v.IsNil() || v.Elem().Comparable()
	case Struct:
		for i := 0; i < v.NumField(); i++ {
			if !v.Field(i).Comparable() {
				return false
			}
		}
		return true
	default:
		return v.Type().Comparable()
	}
}

// Equal reports true if v is equal to u (Go 1.20): Go's == on the values.
func (v Value) Equal(u Value) bool {
	if v.Kind() == Interface {
		v = v.Elem()
	}
	if u.Kind() == Interface {
		u = u.Elem()
	}
	if !v.IsValid() || !u.IsValid() {
		return v.IsValid() == u.IsValid()
	}
	if v.Kind() != u.Kind() || v.Type() != u.Type() {
		return false
	}
	switch v.Kind() {
	case Bool:
		return v.Bool() == u.Bool()
	case Int, Int8, Int16, Int32, Int64:
		return v.Int() == u.Int()
	case Uint, Uint8, Uint16, Uint32, Uint64, Uintptr:
		return v.Uint() == u.Uint()
	case Float32, Float64:
		return v.Float() == u.Float()
	case Complex64, Complex128:
		return v.Complex() == u.Complex()
	case String:
		return v.String() == u.String()
	case Chan, Pointer, UnsafePointer:
		return v.UnsafePointer() == u.UnsafePointer()
	case Array:
		vl := v.Len()
		if vl == 0 {
			if !v.Type().Elem().Comparable() {
				break
			}
			return true
		}
		for i := 0; i < vl; i++ {
			if !v.Index(i).Equal(u.Index(i)) {
				return false
			}
		}
		return true
	case Struct:
		nf := v.NumField()
		for i := 0; i < nf; i++ {
			if !v.Field(i).Equal(u.Field(i)) {
				return false
			}
		}
		return true
	}
	panic("reflect.Value.Equal: values of type " + v.Type().String() + " are not comparable")
}

// Grow increases the slice's capacity, if necessary, to guarantee space for another n elements (Go 1.20).
func (v Value) Grow(n int) {
	v.mustBeAssignable("reflect.Value.Grow")
	v.mustBe(Slice, "reflect.Value.Grow")
	if n < 0 {
		panic("reflect.Value.Grow: negative len")
	}
	if v.Len()+n > v.Cap() {
		l := v.Len()
		g := AppendSlice(v, MakeSlice(v.Type(), n, n))
		v.Set(g.Slice(0, l))
	}
}

// Clear clears the contents of a map or zeros the contents of a slice (Go 1.21).
func (v Value) Clear() {
	switch v.Kind() {
	case Slice:
		for i := 0; i < v.Len(); i++ {
			rvSet(v.Index(i).h, Zero(v.Type().Elem()).h)
		}
	case Map:
		for _, k := range v.MapKeys() {
			rvSetMapIndex(v.h, k.h, nil)
		}
	default:
		panic(&ValueError{"reflect.Value.Clear", v.Kind()})
	}
}
