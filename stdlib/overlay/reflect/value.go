package reflect

import "unsafe"

// Value is the reflection interface to a Go value. gava's Value holds a handle to a Java
// gava.runtime.RValue (type descriptor, raw value, location, flags); the zero Value holds nil.
// The Go side checks kinds and flags and raises gc's panics; the Java side moves the values.
type Value struct {
	h any
}

// Value flags (gava.runtime.RValue's).
const (
	flagRO     = 1
	flagAddr   = 2
	flagMethod = 4
)

func (v Value) flag() int {
	if v.h == nil {
		return 0
	}
	return rvFlag(v.h)
}

// Kind returns v's Kind (Invalid for the zero Value).
func (v Value) Kind() Kind {
	if v.h == nil {
		return Invalid
	}
	return Kind(rvKind(v.h))
}

func (v Value) mustBe(k Kind, method string) {
	if vk := v.Kind(); vk != k {
		panic(&ValueError{method, vk})
	}
}

func (v Value) mustBeAssignable(method string) {
	if v.h == nil {
		panic(&ValueError{method, Invalid})
	}
	f := v.flag()
	if f&flagRO != 0 {
		panic("reflect: " + method + " using value obtained using unexported field")
	}
	if f&flagAddr == 0 {
		panic("reflect: " + method + " using unaddressable value")
	}
}

func (v Value) mustBeExported(method string) {
	if v.h == nil {
		panic(&ValueError{method, Invalid})
	}
	if v.flag()&flagRO != 0 {
		panic("reflect: " + method + " using value obtained using unexported field")
	}
}

// ValueOf returns a new Value initialized to the concrete value stored in i (zero Value for nil).
func ValueOf(i any) Value {
	if i == nil {
		return Value{}
	}
	return Value{rvValueOf(i)}
}

// Zero returns a Value representing the zero value for the specified type.
func Zero(typ Type) Value {
	if typ == nil {
		panic("reflect: Zero(nil)")
	}
	return Value{rvZero(typeDesc(typ))}
}

// New returns a Value representing a pointer to a new zero value for the specified type.
func New(typ Type) Value {
	if typ == nil {
		panic("reflect: New(nil)")
	}
	return Value{rvNew(typeDesc(typ))}
}

// NewAt is not supported by gava (no raw memory).
func NewAt(typ Type, p unsafe.Pointer) Value {
	panic("reflect.NewAt not supported yet")
}

// Indirect returns the value that v points to (v itself if it is not a pointer).
func Indirect(v Value) Value {
	if v.Kind() != Pointer {
		return v
	}
	return v.Elem()
}

func (v Value) IsValid() bool {
	return v.h != nil
}

// Type returns v's type.
func (v Value) Type() Type {
	if v.h == nil {
		panic(&ValueError{"reflect.Value.Type", Invalid})
	}
	return toType(rvType(v.h))
}

func (v Value) CanAddr() bool {
	return v.flag()&flagAddr != 0
}

func (v Value) CanSet() bool {
	return v.flag()&(flagAddr|flagRO) == flagAddr
}

func (v Value) CanInterface() bool {
	if v.h == nil {
		panic(&ValueError{"reflect.Value.CanInterface", Invalid})
	}
	return v.flag()&flagRO == 0
}

// Interface returns v's current value as an interface{}.
func (v Value) Interface() (i any) {
	return valueInterface(v, true)
}

func valueInterface(v Value, safe bool) any {
	if v.h == nil {
		panic(&ValueError{"reflect.Value.Interface", Invalid})
	}
	if safe && v.flag()&flagRO != 0 {
		panic("reflect.Value.Interface: cannot return value obtained from unexported field or method")
	}
	return rvIface(v.h)
}

func (v Value) Bool() bool {
	v.mustBe(Bool, "reflect.Value.Bool")
	return rvBool(v.h)
}

func (v Value) Int() int64 {
	switch v.Kind() {
	case Int, Int8, Int16, Int32, Int64:
		return rvInt(v.h)
	}
	panic(&ValueError{"reflect.Value.Int", v.Kind()})
}

func (v Value) CanInt() bool {
	switch v.Kind() {
	case Int, Int8, Int16, Int32, Int64:
		return true
	}
	return false
}

func (v Value) Uint() uint64 {
	switch v.Kind() {
	case Uint, Uint8, Uint16, Uint32, Uint64, Uintptr:
		return rvUint(v.h)
	}
	panic(&ValueError{"reflect.Value.Uint", v.Kind()})
}

func (v Value) CanUint() bool {
	switch v.Kind() {
	case Uint, Uint8, Uint16, Uint32, Uint64, Uintptr:
		return true
	}
	return false
}

func (v Value) Float() float64 {
	switch v.Kind() {
	case Float32, Float64:
		return rvFloat(v.h)
	}
	panic(&ValueError{"reflect.Value.Float", v.Kind()})
}

func (v Value) CanFloat() bool {
	k := v.Kind()
	return k == Float32 || k == Float64
}

func (v Value) Complex() complex128 {
	switch v.Kind() {
	case Complex64, Complex128:
		return rvComplex(v.h)
	}
	panic(&ValueError{"reflect.Value.Complex", v.Kind()})
}

func (v Value) CanComplex() bool {
	k := v.Kind()
	return k == Complex64 || k == Complex128
}

// String returns the string v's underlying value, as a string; for other kinds "<T Value>".
func (v Value) String() string {
	switch k := v.Kind(); k {
	case Invalid:
		return "<invalid Value>"
	case String:
		return rvString(v.h)
	}
	return "<" + v.Type().String() + " Value>"
}

// Bytes returns v's underlying value ([]byte, or an addressable array of bytes).
func (v Value) Bytes() []byte {
	switch v.Kind() {
	case Slice:
		if v.Type().Elem().Kind() != Uint8 {
			panic("reflect.Value.Bytes of non-byte slice")
		}
		return rvBytes(v.h)
	case Array:
		if v.Type().Elem().Kind() != Uint8 {
			panic("reflect.Value.Bytes of non-byte array")
		}
		if !v.CanAddr() {
			panic("reflect.Value.Bytes of unaddressable byte array")
		}
		return rvBytes(rvSlice3(v.h, 0, v.Len(), v.Len()))
	}
	panic(&ValueError{"reflect.Value.Bytes", v.Kind()})
}

func (v Value) runes() []rune {
	v.mustBe(Slice, "reflect.Value.Bytes")
	return rvRunes(v.h)
}

func (v Value) IsNil() bool {
	switch v.Kind() {
	case Chan, Func, Map, Pointer, UnsafePointer, Interface, Slice:
		return rvIsNil(v.h)
	}
	panic(&ValueError{"reflect.Value.IsNil", v.Kind()})
}

func (v Value) IsZero() bool {
	if v.h == nil {
		panic(&ValueError{"reflect.Value.IsZero", Invalid})
	}
	return rvIsZero(v.h)
}

func (v Value) Len() int {
	switch k := v.Kind(); k {
	case Array, Chan, Map, Slice, String:
		return rvLen(v.h)
	case Pointer:
		if v.Type().Elem().Kind() == Array {
			return v.Type().Elem().Len()
		}
		panic("reflect: call of reflect.Value.Len on ptr to non-array Value")
	}
	panic(&ValueError{"reflect.Value.Len", v.Kind()})
}

func (v Value) Cap() int {
	switch k := v.Kind(); k {
	case Array, Chan, Slice:
		return rvCap(v.h)
	case Pointer:
		if v.Type().Elem().Kind() == Array {
			return v.Type().Elem().Len()
		}
		panic("reflect: call of reflect.Value.Cap on ptr to non-array Value")
	}
	panic(&ValueError{"reflect.Value.Cap", v.Kind()})
}

// Index returns v's i'th element (v an array, slice or string).
func (v Value) Index(i int) Value {
	switch v.Kind() {
	case Array:
		if uint(i) >= uint(v.Len()) {
			panic("reflect: array index out of range")
		}
	case Slice:
		if uint(i) >= uint(v.Len()) {
			panic("reflect: slice index out of range")
		}
	case String:
		if uint(i) >= uint(v.Len()) {
			panic("reflect: string index out of range")
		}
	default:
		panic(&ValueError{"reflect.Value.Index", v.Kind()})
	}
	return Value{rvIndex(v.h, i)}
}

func (v Value) NumField() int {
	v.mustBe(Struct, "reflect.Value.NumField")
	return v.Type().NumField()
}

// Field returns the i'th field of the struct v.
func (v Value) Field(i int) Value {
	v.mustBe(Struct, "reflect.Value.Field")
	if uint(i) >= uint(v.Type().NumField()) {
		panic("reflect: Field index out of range")
	}
	return Value{rvField(v.h, i)}
}

// FieldByIndex returns the nested field corresponding to index.
func (v Value) FieldByIndex(index []int) Value {
	if len(index) == 1 {
		return v.Field(index[0])
	}
	v.mustBe(Struct, "reflect.Value.FieldByIndex")
	for i, x := range index {
		if i > 0 {
			if v.Kind() == Pointer && v.Type().Elem().Kind() == Struct {
				if v.IsNil() {
					panic("reflect: indirection through nil pointer to embedded struct")
				}
				v = v.Elem()
			}
		}
		v = v.Field(x)
	}
	return v
}

// FieldByIndexErr is FieldByIndex returning an error instead of panicking on a nil embedded pointer.
func (v Value) FieldByIndexErr(index []int) (Value, error) {
	if len(index) == 1 {
		return v.Field(index[0]), nil
	}
	v.mustBe(Struct, "reflect.Value.FieldByIndexErr")
	for i, x := range index {
		if i > 0 {
			if v.Kind() == Pointer && v.Type().Elem().Kind() == Struct {
				if v.IsNil() {
					return Value{}, &errorString{"reflect: indirection through nil pointer to embedded struct field " + v.Type().Elem().Name()}
				}
				v = v.Elem()
			}
		}
		v = v.Field(x)
	}
	return v, nil
}

type errorString struct{ s string }

func (e *errorString) Error() string { return e.s }

// FieldByName returns the struct field with the given name (zero Value if none).
func (v Value) FieldByName(name string) Value {
	v.mustBe(Struct, "reflect.Value.FieldByName")
	if f, ok := v.Type().FieldByName(name); ok {
		return v.FieldByIndex(f.Index)
	}
	return Value{}
}

// FieldByNameFunc returns the struct field with a name that satisfies the match function.
func (v Value) FieldByNameFunc(match func(string) bool) Value {
	if f, ok := v.Type().FieldByNameFunc(match); ok {
		return v.FieldByIndex(f.Index)
	}
	return Value{}
}

// Elem returns the value that the interface v contains or that the pointer v points to.
func (v Value) Elem() Value {
	switch k := v.Kind(); k {
	case Interface, Pointer:
		e := rvElem(v.h)
		if e == nil {
			return Value{}
		}
		return Value{e}
	}
	panic(&ValueError{"reflect.Value.Elem", v.Kind()})
}

// Addr returns a pointer value representing the address of v.
func (v Value) Addr() Value {
	if v.flag()&flagAddr == 0 {
		panic("reflect.Value.Addr of unaddressable value")
	}
	return Value{rvAddr(v.h)}
}

// UnsafeAddr returns a gc-looking address of v's place (no raw memory on the JVM).
func (v Value) UnsafeAddr() uintptr {
	if v.flag()&flagAddr == 0 {
		panic("reflect.Value.UnsafeAddr of unaddressable value")
	}
	return rvPointer(rvAddr(v.h))
}

// Pointer returns v's value as a uintptr (a gc-looking address: the one println prints).
func (v Value) Pointer() uintptr {
	switch v.Kind() {
	case Pointer, Chan, Map, UnsafePointer, Func, Slice:
		return rvPointer(v.h)
	}
	panic(&ValueError{"reflect.Value.Pointer", v.Kind()})
}

// UnsafePointer returns v's value as an unsafe.Pointer.
func (v Value) UnsafePointer() unsafe.Pointer {
	switch v.Kind() {
	case Pointer, Chan, Map, UnsafePointer, Func, Slice:
		return rvUnsafePointer(v.h)
	}
	panic(&ValueError{"reflect.Value.UnsafePointer", v.Kind()})
}

// Slice returns v[i:j] (v an addressable array, a slice or a string).
func (v Value) Slice(i, j int) Value {
	var cap int
	switch kind := v.Kind(); kind {
	case Array:
		if v.flag()&flagAddr == 0 {
			panic("reflect.Value.Slice: slice of unaddressable array")
		}
		cap = v.Len()
	case Slice:
		cap = v.Cap()
	case String:
		if i < 0 || j < i || j > v.Len() {
			panic("reflect.Value.Slice: string slice index out of bounds")
		}
		return Value{rvSliceString(v.h, i, j)}
	default:
		panic(&ValueError{"reflect.Value.Slice", v.Kind()})
	}
	if i < 0 || j < i || j > cap {
		panic("reflect.Value.Slice: slice index out of bounds")
	}
	return Value{rvSlice3(v.h, i, j, cap)}
}

// Slice3 is the 3-index form of the slice operation: it returns v[i:j:k].
func (v Value) Slice3(i, j, k int) Value {
	var cap int
	switch kind := v.Kind(); kind {
	case Array:
		if v.flag()&flagAddr == 0 {
			panic("reflect.Value.Slice3: slice of unaddressable array")
		}
		cap = v.Len()
	case Slice:
		cap = v.Cap()
	default:
		panic(&ValueError{"reflect.Value.Slice3", v.Kind()})
	}
	if i < 0 || j < i || k < j || k > cap {
		panic("reflect.Value.Slice3: slice index out of bounds")
	}
	return Value{rvSlice3(v.h, i, j, k)}
}

// ---- setting ----

// Set assigns x to the value v.
func (v Value) Set(x Value) {
	v.mustBeAssignable("reflect.Set")
	x.mustBeExported("reflect.Set")
	x = x.assignTo("reflect.Set", v.Type())
	rvSet(v.h, x.h)
}

// assignTo checks that v can be assigned to a location of type dst.
func (v Value) assignTo(context string, dst Type) Value {
	if v.flag()&flagMethod != 0 {
		return v
	}
	if !v.Type().AssignableTo(dst) {
		panic(context + ": value of type " + v.Type().String() + " is not assignable to type " + dst.String())
	}
	return v
}

func (v Value) SetBool(x bool) {
	v.mustBeAssignable("reflect.Value.SetBool")
	v.mustBe(Bool, "reflect.Value.SetBool")
	rvSetBool(v.h, x)
}

func (v Value) SetInt(x int64) {
	v.mustBeAssignable("reflect.Value.SetInt")
	switch k := v.Kind(); k {
	case Int, Int8, Int16, Int32, Int64:
		rvSetInt(v.h, x)
		return
	}
	panic(&ValueError{"reflect.Value.SetInt", v.Kind()})
}

func (v Value) SetUint(x uint64) {
	v.mustBeAssignable("reflect.Value.SetUint")
	switch k := v.Kind(); k {
	case Uint, Uint8, Uint16, Uint32, Uint64, Uintptr:
		rvSetInt(v.h, int64(x))
		return
	}
	panic(&ValueError{"reflect.Value.SetUint", v.Kind()})
}

func (v Value) SetFloat(x float64) {
	v.mustBeAssignable("reflect.Value.SetFloat")
	switch k := v.Kind(); k {
	case Float32, Float64:
		rvSetFloat(v.h, x)
		return
	}
	panic(&ValueError{"reflect.Value.SetFloat", v.Kind()})
}

func (v Value) SetComplex(x complex128) {
	v.mustBeAssignable("reflect.Value.SetComplex")
	switch k := v.Kind(); k {
	case Complex64, Complex128:
		rvSetComplex(v.h, x)
		return
	}
	panic(&ValueError{"reflect.Value.SetComplex", v.Kind()})
}

func (v Value) SetString(x string) {
	v.mustBeAssignable("reflect.Value.SetString")
	v.mustBe(String, "reflect.Value.SetString")
	rvSetString(v.h, x)
}

func (v Value) SetBytes(x []byte) {
	v.mustBeAssignable("reflect.Value.SetBytes")
	v.mustBe(Slice, "reflect.Value.SetBytes")
	if v.Type().Elem().Kind() != Uint8 {
		panic("reflect.Value.SetBytes of non-byte slice")
	}
	rvSetBytes(v.h, x)
}

func (v Value) setRunes(x []rune) {
	v.mustBeAssignable("reflect.Value.setRunes")
	v.mustBe(Slice, "reflect.Value.setRunes")
	rvSetRunes(v.h, x)
}

func (v Value) SetPointer(x unsafe.Pointer) {
	v.mustBeAssignable("reflect.Value.SetPointer")
	v.mustBe(UnsafePointer, "reflect.Value.SetPointer")
	rvSetPointer(v.h, x)
}

func (v Value) SetLen(n int) {
	v.mustBeAssignable("reflect.Value.SetLen")
	v.mustBe(Slice, "reflect.Value.SetLen")
	if n < 0 || n > v.Cap() {
		panic("reflect: slice length out of range in SetLen")
	}
	rvSetLenCap(v.h, n, v.Cap())
}

func (v Value) SetCap(n int) {
	v.mustBeAssignable("reflect.Value.SetCap")
	v.mustBe(Slice, "reflect.Value.SetCap")
	if n < v.Len() || n > v.Cap() {
		panic("reflect: slice capacity out of range in SetCap")
	}
	rvSetLenCap(v.h, v.Len(), n)
}

// SetZero sets v to be the zero value of v's type.
func (v Value) SetZero() {
	v.mustBeAssignable("reflect.Value.SetZero")
	rvSet(v.h, Zero(v.Type()).h)
}

// ---- overflow ----

func (v Value) OverflowInt(x int64) bool {
	switch k := v.Kind(); k {
	case Int, Int8, Int16, Int32, Int64:
		bitSize := v.Type().Size() * 8
		trunc := (x << (64 - bitSize)) >> (64 - bitSize)
		return x != trunc
	}
	panic(&ValueError{"reflect.Value.OverflowInt", v.Kind()})
}

func (v Value) OverflowUint(x uint64) bool {
	switch k := v.Kind(); k {
	case Uint, Uintptr, Uint8, Uint16, Uint32, Uint64:
		bitSize := v.Type().Size() * 8
		trunc := (x << (64 - bitSize)) >> (64 - bitSize)
		return x != trunc
	}
	panic(&ValueError{"reflect.Value.OverflowUint", v.Kind()})
}

func (v Value) OverflowFloat(x float64) bool {
	switch k := v.Kind(); k {
	case Float32:
		return overflowFloat32(x)
	case Float64:
		return false
	}
	panic(&ValueError{"reflect.Value.OverflowFloat", v.Kind()})
}

func (v Value) OverflowComplex(x complex128) bool {
	switch k := v.Kind(); k {
	case Complex64:
		return overflowFloat32(real(x)) || overflowFloat32(imag(x))
	case Complex128:
		return false
	}
	panic(&ValueError{"reflect.Value.OverflowComplex", v.Kind()})
}

func overflowFloat32(x float64) bool {
	if x < 0 {
		x = -x
	}
	return 3.4028234663852886e38 < x && x <= 1.7976931348623157e308
}

// ---- conversion ----

// Convert returns the value v converted to type t.
func (v Value) Convert(t Type) Value {
	if v.flag()&flagMethod != 0 {
		panic("reflect.Value.Convert of method value not supported yet")
	}
	if !v.Type().ConvertibleTo(t) {
		panic("reflect.Value.Convert: value of type " + v.Type().String() + " cannot be converted to type " + t.String())
	}
	if v.Kind() == Slice && t.Kind() == Array {
		n := t.Len()
		if n > v.Len() {
			panic("reflect: cannot convert slice with length " + itoa(v.Len()) + " to array with length " + itoa(n))
		}
		a := New(t).Elem()
		Copy(a, v)
		return a
	}
	if v.Kind() == Slice && t.Kind() == Pointer && t.Elem().Kind() == Array {
		n := t.Elem().Len()
		if n > v.Len() {
			panic("reflect: cannot convert slice with length " + itoa(v.Len()) + " to pointer to array with length " + itoa(n))
		}
		a := New(t.Elem())
		Copy(a.Elem(), v)
		return a
	}
	return Value{rvConvert(v.h, typeDesc(t))}
}

// CanConvert reports whether the value v can be converted to type t.
func (v Value) CanConvert(t Type) bool {
	vt := v.Type()
	if !vt.ConvertibleTo(t) {
		return false
	}
	switch {
	case vt.Kind() == Slice && t.Kind() == Array:
		if t.Len() > v.Len() {
			return false
		}
	case vt.Kind() == Slice && t.Kind() == Pointer && t.Elem().Kind() == Array:
		n := t.Elem().Len()
		if n > v.Len() {
			return false
		}
	}
	return true
}

// ---- making slices, maps and channels ----

// MakeSlice creates a new zero-initialized slice value for the specified slice type, length, and capacity.
func MakeSlice(typ Type, len, cap int) Value {
	if typ.Kind() != Slice {
		panic("reflect.MakeSlice of non-slice type")
	}
	if len < 0 {
		panic("reflect.MakeSlice: negative len")
	}
	if cap < 0 {
		panic("reflect.MakeSlice: negative cap")
	}
	if len > cap {
		panic("reflect.MakeSlice: len > cap")
	}
	return Value{rvMakeSlice(typeDesc(typ), len, cap)}
}

// MakeMap creates a new map with the specified type.
func MakeMap(typ Type) Value {
	return MakeMapWithSize(typ, 0)
}

// MakeMapWithSize creates a new map with the specified type and initial space for approximately n elements.
func MakeMapWithSize(typ Type, n int) Value {
	if typ.Kind() != Map {
		panic("reflect.MakeMapWithSize of non-map type")
	}
	return Value{rvMakeMap(typeDesc(typ), n)}
}

// MakeChan creates a new channel with the specified type and buffer size.
func MakeChan(typ Type, buffer int) Value {
	if typ.Kind() != Chan {
		panic("reflect.MakeChan of non-chan type")
	}
	if buffer < 0 {
		panic("reflect.MakeChan: negative buffer size")
	}
	if typ.ChanDir() != BothDir {
		panic("reflect.MakeChan: unidirectional channel type")
	}
	return Value{rvMakeChan(typeDesc(typ), buffer)}
}

// Append appends the values x to a slice s and returns the resulting slice.
func Append(s Value, x ...Value) Value {
	s.mustBe(Slice, "reflect.Append")
	s.mustBeExported("reflect.Append")
	et := s.Type().Elem()
	hs := make([]any, len(x))
	for i, e := range x {
		e.mustBeExported("reflect.Append")
		hs[i] = e.assignTo("reflect.Append", et).h
	}
	return Value{rvAppend(s.h, hs)}
}

// AppendSlice appends a slice t to a slice s and returns the resulting slice.
func AppendSlice(s, t Value) Value {
	s.mustBe(Slice, "reflect.AppendSlice")
	t.mustBe(Slice, "reflect.AppendSlice")
	s.mustBeExported("reflect.AppendSlice")
	t.mustBeExported("reflect.AppendSlice")
	if s.Type().Elem() != t.Type().Elem() {
		panic("reflect.AppendSlice: " + s.Type().String() + " != " + t.Type().String())
	}
	if t.Type() != s.Type() {
		t = t.Convert(s.Type())
	}
	return Value{rvAppendSlice(s.h, t.h)}
}

// Copy copies the contents of src into dst until either dst has been filled or src has been exhausted.
func Copy(dst, src Value) int {
	dk := dst.Kind()
	if dk != Array && dk != Slice {
		panic(&ValueError{"reflect.Copy", dk})
	}
	if dk == Array {
		dst.mustBeAssignable("reflect.Copy")
	}
	dst.mustBeExported("reflect.Copy")
	sk := src.Kind()
	var stringCopy bool
	if sk != Array && sk != Slice {
		stringCopy = sk == String && dst.Type().Elem().Kind() == Uint8
		if !stringCopy {
			panic(&ValueError{"reflect.Copy", sk})
		}
	}
	src.mustBeExported("reflect.Copy")
	de := dst.Type().Elem()
	if !stringCopy {
		se := src.Type().Elem()
		if de != se {
			panic("reflect.Copy: " + de.String() + " != " + se.String())
		}
	}
	if dk == Array {
		dst = dst.Slice(0, dst.Len())
	}
	if sk == Array {
		if src.CanAddr() {
			src = src.Slice(0, src.Len())
		} else {
			s := MakeSlice(SliceOf(src.Type().Elem()), src.Len(), src.Len())
			for i := 0; i < src.Len(); i++ {
				s.Index(i).Set(src.Index(i))
			}
			src = s
		}
	}
	if dst.Type() != src.Type() && !stringCopy {
		src = Value{rvConvert(src.h, typeDesc(dst.Type()))}
	}
	return rvCopy(dst.h, src.h)
}

// ---- channels ----

func (v Value) Send(x Value) {
	v.mustBe(Chan, "reflect.Value.Send")
	v.mustBeExported("reflect.Value.Send")
	if ChanDir(v.Type().ChanDir())&SendDir == 0 {
		panic("reflect: send on recv-only channel")
	}
	x.mustBeExported("reflect.Value.Send")
	x = x.assignTo("reflect.Value.Send", v.Type().Elem())
	rvSend(v.h, x.h)
}

func (v Value) Recv() (x Value, ok bool) {
	v.mustBe(Chan, "reflect.Value.Recv")
	v.mustBeExported("reflect.Value.Recv")
	if ChanDir(v.Type().ChanDir())&RecvDir == 0 {
		panic("reflect: recv on send-only channel")
	}
	r := rvRecv(v.h)
	if r == nil {
		return Zero(v.Type().Elem()), false
	}
	return Value{r}, true
}

func (v Value) Close() {
	v.mustBe(Chan, "reflect.Value.Close")
	v.mustBeExported("reflect.Value.Close")
	rvClose(v.h)
}

// SliceHeader is the runtime representation of a slice in gc (gava's slices are Java objects:
// declared for source compatibility only).
type SliceHeader struct {
	Data uintptr
	Len  int
	Cap  int
}

// StringHeader is the runtime representation of a string in gc (declared for source compatibility only).
type StringHeader struct {
	Data uintptr
	Len  int
}
