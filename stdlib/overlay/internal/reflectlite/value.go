package reflectlite

// Value is the reflection interface to a Go value: a handle to a Java gava.runtime.RValue (the
// same as package reflect's), nil for the zero Value.
type Value struct {
	h any
}

const (
	flagRO   = 1
	flagAddr = 2
)

// ValueOf returns a new Value holding the concrete value stored in i (the zero Value for nil).
func ValueOf(i any) Value {
	if i == nil {
		return Value{}
	}
	return Value{rvValueOf(i)}
}

func (v Value) IsValid() bool { return v.h != nil }

func (v Value) Kind() Kind {
	if v.h == nil {
		return Invalid
	}
	return Kind(rvKind(v.h))
}

func (v Value) Type() Type {
	if v.h == nil {
		panic(&ValueError{"reflectlite.Value.Type", Invalid})
	}
	return toType(rvType(v.h))
}

func (v Value) CanSet() bool {
	return v.h != nil && rvFlag(v.h)&(flagRO|flagAddr) == flagAddr
}

func (v Value) IsNil() bool {
	switch v.Kind() {
	case Chan, Func, Map, Pointer, UnsafePointer, Interface, Slice:
		return rvIsNil(v.h)
	}
	panic(&ValueError{"reflectlite.Value.IsNil", v.Kind()})
}

func (v Value) Len() int {
	switch v.Kind() {
	case Slice, Array, Chan, Map, String:
		return rvLen(v.h)
	}
	panic(&ValueError{"reflect.Value.Len", v.Kind()})
}

// Elem returns the value that the interface v contains or that the pointer v points to.
func (v Value) Elem() Value {
	switch v.Kind() {
	case Interface, Pointer:
		if rvIsNil(v.h) {
			return Value{}
		}
		return Value{rvElem(v.h)}
	}
	panic(&ValueError{"reflectlite.Value.Elem", v.Kind()})
}

// Set assigns x to the value v (v must be settable and x assignable to v's type).
func (v Value) Set(x Value) {
	if v.h == nil {
		panic(&ValueError{"reflectlite.Value.Set", Invalid})
	}
	f := rvFlag(v.h)
	if f&flagRO != 0 {
		panic("reflect: reflectlite.Value.Set using value obtained using unexported field")
	}
	if f&flagAddr == 0 {
		panic("reflect: reflectlite.Value.Set using unaddressable value")
	}
	if x.h == nil {
		panic(&ValueError{"reflectlite.Value.Set", Invalid})
	}
	if !rtAssignableTo(rvType(x.h), rvType(v.h)) {
		panic("reflect: reflectlite.Value.Set: value of type " + rtString(rvType(x.h)) + " is not assignable to type " + rtString(rvType(v.h)))
	}
	rvSet(v.h, x.h)
}

//gava:java gava.runtime.RValues.valueOf
func rvValueOf(i any) any

//gava:java gava.runtime.RValues.type
func rvType(h any) any

//gava:java gava.runtime.RValues.kind
func rvKind(h any) int

//gava:java gava.runtime.RValues.flag
func rvFlag(h any) int

//gava:java gava.runtime.RValues.isNil
func rvIsNil(h any) bool

//gava:java gava.runtime.RValues.len
func rvLen(h any) int

//gava:java gava.runtime.RValues.elem
func rvElem(h any) any

//gava:java gava.runtime.RValues.set
func rvSet(h, x any)
