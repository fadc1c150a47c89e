//gava:replace-package

// Package reflectlite is gava's own lightweight reflect for errors, sort and context: types are the
// compiler's run-time descriptors (gava.runtime.RType, type_java.go), values gava.runtime.RValue
// handles shared with package reflect (value.go).
package reflectlite

// String returns the name of k.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return kindNames[0]
}

// Type is the representation of a Go type (the part of reflect.Type the runtime-light packages use).
type Type interface {
	Name() string
	PkgPath() string
	Size() uintptr
	Kind() Kind
	Implements(u Type) bool
	AssignableTo(u Type) bool
	Comparable() bool
	String() string
	Elem() Type
	common() *rtype
}

// rtype implements Type over a descriptor; one *rtype per descriptor (slot 1 of its Go wrappers).
type rtype struct {
	d any
}

func toRType(d any) *rtype {
	if w := rtWrapper(d, 1); w != nil {
		return w.(*rtype)
	}
	return rtSetWrapper(d, 1, &rtype{d}).(*rtype)
}

func toType(d any) Type {
	if d == nil {
		return nil
	}
	return toRType(d)
}

// TypeOf returns the dynamic type of i (nil for a nil interface).
func TypeOf(i any) Type {
	return toType(rtTypeOf(i))
}

func (t *rtype) common() *rtype   { return t }
func (t *rtype) Name() string     { return rtName(t.d) }
func (t *rtype) PkgPath() string  { return rtPkgPath(t.d) }
func (t *rtype) Size() uintptr    { return uintptr(rtSize(t.d)) }
func (t *rtype) Kind() Kind       { return Kind(rtKind(t.d)) }
func (t *rtype) String() string   { return rtString(t.d) }
func (t *rtype) Comparable() bool { return rtComparable(t.d) }
func (t *rtype) NumMethod() int   { return rtNumMethod(t.d) }

func (t *rtype) Elem() Type {
	switch t.Kind() {
	case Array, Chan, Map, Pointer, Slice:
		return toType(rtElem(t.d))
	}
	panic("reflect: Elem of invalid type " + t.String())
}

func (t *rtype) Len() int {
	if t.Kind() != Array {
		panic("reflect: Len of non-array type")
	}
	return rtLen(t.d)
}

func (t *rtype) Implements(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.Implements")
	}
	if u.Kind() != Interface {
		panic("reflect: non-interface type passed to Type.Implements")
	}
	return rtImplements(t.d, u.common().d)
}

func (t *rtype) AssignableTo(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.AssignableTo")
	}
	return rtAssignableTo(t.d, u.common().d)
}
