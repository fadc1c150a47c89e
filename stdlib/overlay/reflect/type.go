//gava:replace-package
//gava:share internal/reflectlite kind.go type_java.go

// Package reflect is gava's own: types are the run-time descriptors the compiler emits
// (gava.runtime.RType, bound in internal/reflectlite's type_java.go and type_java_reflect.go),
// values are gava.runtime.RValue handles (value*.go). Kind and ValueError are reflectlite's
// kind.go (//gava:share).
package reflect

import (
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// String returns the name of k.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "kind" + itoa(int(k))
}

func itoa(i int) string {
	if i == 0 {
		return "0"
	}
	neg := i < 0
	if neg {
		i = -i
	}
	var b [24]byte
	n := len(b)
	for i > 0 {
		n--
		b[n] = byte('0' + i%10)
		i /= 10
	}
	if neg {
		n--
		b[n] = '-'
	}
	return string(b[n:])
}

// ChanDir represents a channel type's direction.
type ChanDir int

const (
	RecvDir ChanDir = 1 << iota
	SendDir
	BothDir = RecvDir | SendDir
)

func (d ChanDir) String() string {
	switch d {
	case SendDir:
		return "chan<-"
	case RecvDir:
		return "<-chan"
	case BothDir:
		return "chan"
	}
	return "ChanDir" + itoa(int(d))
}

// Type is the representation of a Go type. Type values are comparable: equal iff the types are
// identical.
type Type interface {
	Align() int
	FieldAlign() int
	Method(int) Method
	MethodByName(string) (Method, bool)
	NumMethod() int
	Name() string
	PkgPath() string
	Size() uintptr
	String() string
	Kind() Kind
	Implements(u Type) bool
	AssignableTo(u Type) bool
	ConvertibleTo(u Type) bool
	Comparable() bool
	Bits() int
	ChanDir() ChanDir
	IsVariadic() bool
	Elem() Type
	Field(i int) StructField
	FieldByIndex(index []int) StructField
	FieldByName(name string) (StructField, bool)
	FieldByNameFunc(match func(string) bool) (StructField, bool)
	In(i int) Type
	Key() Type
	Len() int
	NumField() int
	NumIn() int
	NumOut() int
	Out(i int) Type
	common() *rtype
}

// Method represents a single method.
type Method struct {
	Name    string
	PkgPath string
	Type    Type
	Func    Value
	Index   int
}

// IsExported reports whether the method is exported.
func (m Method) IsExported() bool {
	return m.PkgPath == ""
}

// A StructField describes a single field in a struct.
type StructField struct {
	Name      string
	PkgPath   string
	Type      Type
	Tag       StructTag
	Offset    uintptr
	Index     []int
	Anonymous bool
}

// IsExported reports whether the field is exported.
func (f StructField) IsExported() bool {
	return f.PkgPath == ""
}

// A StructTag is the tag string in a struct field.
type StructTag string

// Get returns the value associated with key in the tag string.
func (tag StructTag) Get(key string) string {
	v, _ := tag.Lookup(key)
	return v
}

// Lookup returns the value associated with key in the tag string, and whether it was there.
func (tag StructTag) Lookup(key string) (value string, ok bool) {
	v, ok := rtTagLookup(string(tag), key).(string)
	return v, ok
}

// rtype implements Type: d holds the Java descriptor (gava.runtime.RType). There is one *rtype per
// descriptor, so Type values compare as gc's do.
type rtype struct {
	d any
}

// toRType returns the canonical *rtype of a descriptor.
func toRType(d any) *rtype {
	if w := rtWrapper(d, 0); w != nil {
		return w.(*rtype)
	}
	return rtSetWrapper(d, 0, &rtype{d}).(*rtype)
}

// toType returns the Type of a descriptor (nil for nil).
func toType(d any) Type {
	if d == nil {
		return nil
	}
	return toRType(d)
}

// typeDesc returns the descriptor of a Type (nil for nil).
func typeDesc(t Type) any {
	if t == nil {
		return nil
	}
	return t.common().d
}

func (t *rtype) desc() any      { return t.d }
func (t *rtype) common() *rtype { return t }

// TypeOf returns the dynamic type of i (nil for a nil interface).
func TypeOf(i any) Type {
	return toType(rtTypeOf(i))
}

func (t *rtype) String() string  { return rtString(t.d) }
func (t *rtype) Name() string    { return rtName(t.d) }
func (t *rtype) PkgPath() string { return rtPkgPath(t.d) }
func (t *rtype) Kind() Kind      { return Kind(rtKind(t.d)) }
func (t *rtype) Size() uintptr   { return uintptr(rtSize(t.d)) }
func (t *rtype) Align() int      { return rtAlign(t.d) }
func (t *rtype) FieldAlign() int { return rtAlign(t.d) }
func (t *rtype) Comparable() bool {
	return rtComparable(t.d)
}

func (t *rtype) Bits() int {
	k := t.Kind()
	if k < Int || k > Complex128 {
		panic("reflect: Bits of non-arithmetic Type " + t.String())
	}
	return int(t.Size()) * 8
}

func (t *rtype) ChanDir() ChanDir {
	if t.Kind() != Chan {
		panic("reflect: ChanDir of non-chan type " + t.String())
	}
	return ChanDir(rtChanDir(t.d))
}

func (t *rtype) IsVariadic() bool {
	if t.Kind() != Func {
		panic("reflect: IsVariadic of non-func type " + t.String())
	}
	return rtVariadic(t.d)
}

func (t *rtype) Elem() Type {
	switch t.Kind() {
	case Array, Chan, Map, Pointer, Slice:
		return toType(rtElem(t.d))
	}
	panic("reflect: Elem of invalid type " + t.String())
}

func (t *rtype) Key() Type {
	if t.Kind() != Map {
		panic("reflect: Key of non-map type " + t.String())
	}
	return toType(rtKey(t.d))
}

func (t *rtype) Len() int {
	if t.Kind() != Array {
		panic("reflect: Len of non-array type " + t.String())
	}
	return rtLen(t.d)
}

func (t *rtype) NumField() int {
	if t.Kind() != Struct {
		panic("reflect: NumField of non-struct type " + t.String())
	}
	return rtNumField(t.d)
}

func (t *rtype) Field(i int) StructField {
	if t.Kind() != Struct {
		panic("reflect: Field of non-struct type " + t.String())
	}
	if i < 0 || i >= rtNumField(t.d) {
		panic("reflect: Field index out of bounds")
	}
	return StructField{
		Name:      rtFieldName(t.d, i),
		PkgPath:   rtFieldPkgPath(t.d, i),
		Type:      toType(rtFieldType(t.d, i)),
		Tag:       StructTag(rtFieldTag(t.d, i)),
		Offset:    uintptr(rtFieldOffset(t.d, i)),
		Index:     []int{i},
		Anonymous: rtFieldEmbedded(t.d, i),
	}
}

func (t *rtype) FieldByIndex(index []int) StructField {
	var f StructField
	var cur Type = t
	for i, x := range index {
		if i > 0 && cur.Kind() == Pointer && cur.Elem().Kind() == Struct {
			cur = cur.Elem()
		}
		f = cur.Field(x)
		cur = f.Type
	}
	f.Index = append([]int(nil), index...)
	return f
}

func (t *rtype) FieldByName(name string) (StructField, bool) {
	return t.FieldByNameFunc(func(s string) bool { return s == name })
}

// FieldByNameFunc searches the fields breadth first through embedded structs: the shallowest
// match wins; several matches at that depth (or one reached through an embedded type found twice
// at its depth) mean none.
func (t *rtype) FieldByNameFunc(match func(string) bool) (StructField, bool) {
	if t.Kind() != Struct {
		panic("reflect: FieldByNameFunc of non-struct type " + t.String())
	}
	type level struct {
		t     *rtype
		index []int
	}
	current := []level{{t, nil}}
	count := map[*rtype]int{t: 1}
	visited := map[*rtype]bool{}
	for len(current) > 0 {
		var next []level
		nextCount := map[*rtype]int{}
		var result StructField
		found := 0
		for _, l := range current {
			if visited[l.t] {
				continue
			}
			visited[l.t] = true
			n := rtNumField(l.t.d)
			for i := 0; i < n; i++ {
				f := l.t.Field(i)
				var ft *rtype
				if f.Anonymous {
					ft = f.Type.common()
					if ft.Kind() == Pointer {
						ft = ft.Elem().common()
					}
				}
				if match(f.Name) {
					found += count[l.t]
					if found > 1 {
						return StructField{}, false
					}
					result = f
					result.Index = append(append([]int(nil), l.index...), i)
					continue
				}
				if found > 0 || ft == nil || ft.Kind() != Struct {
					continue
				}
				nextCount[ft] += count[l.t]
				if nextCount[ft] == 1 {
					next = append(next, level{ft, append(append([]int(nil), l.index...), i)})
				}
			}
		}
		if found == 1 {
			return result, true
		}
		current = next
		count = nextCount
	}
	return StructField{}, false
}

func (t *rtype) NumIn() int {
	if t.Kind() != Func {
		panic("reflect: NumIn of non-func type " + t.String())
	}
	return rtNumIn(t.d)
}

func (t *rtype) NumOut() int {
	if t.Kind() != Func {
		panic("reflect: NumOut of non-func type " + t.String())
	}
	return rtNumOut(t.d)
}

func (t *rtype) In(i int) Type {
	if t.Kind() != Func {
		panic("reflect: In of non-func type " + t.String())
	}
	return toType(rtIn(t.d, i))
}

func (t *rtype) Out(i int) Type {
	if t.Kind() != Func {
		panic("reflect: Out of non-func type " + t.String())
	}
	return toType(rtOut(t.d, i))
}

func (t *rtype) NumMethod() int {
	return rtNumMethod(t.d)
}

func (t *rtype) Method(i int) Method {
	if i < 0 || i >= rtNumMethod(t.d) {
		panic("reflect: Method index out of range")
	}
	m := Method{
		Name:    rtMethodName(t.d, i),
		PkgPath: rtMethodPkgPath(t.d, i),
		Type:    toType(rtMethodType(t.d, i)),
		Index:   i,
	}
	if t.Kind() != Interface && methodFuncHook != nil {
		m.Func = methodFunc(t, i)
	}
	return m
}

// methodFunc asks the value side for Method(i).Func; a method whose func value cannot be made
// (yet) leaves Func the zero Value rather than failing Method itself.
func methodFunc(t *rtype, i int) (f Value) {
	defer func() {
		if recover() != nil {
			f = Value{}
		}
	}()
	return methodFuncHook(t, i)
}

// methodFuncHook, set by the value side, makes Method(i).Func: the method expression as a func
// Value taking the receiver first.
var methodFuncHook func(t *rtype, i int) Value

func (t *rtype) MethodByName(name string) (Method, bool) {
	i := rtMethodIndex(t.d, name)
	if i < 0 {
		return Method{}, false
	}
	return t.Method(i), true
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

func (t *rtype) ConvertibleTo(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.ConvertibleTo")
	}
	return rtConvertibleTo(t.d, u.common().d)
}

// PtrTo returns the pointer type with element t.
func PtrTo(t Type) Type { return PointerTo(t) }

// PointerTo returns the pointer type with element t.
func PointerTo(t Type) Type {
	return toType(rtPtrTo(t.common().d))
}

// SliceOf returns the slice type with element type t.
func SliceOf(t Type) Type {
	return toType(rtSliceOf(t.common().d))
}

// MapOf returns the map type with the given key and element types.
func MapOf(key, elem Type) Type {
	if !key.Comparable() {
		panic("reflect.MapOf: invalid key type " + key.String())
	}
	return toType(rtMapOf(key.common().d, elem.common().d))
}

// ArrayOf returns the array type with the given length and element type.
func ArrayOf(length int, elem Type) Type {
	if length < 0 {
		panic("reflect: negative length passed to ArrayOf")
	}
	return toType(rtArrayOf(length, elem.common().d))
}

// ChanOf returns the channel type with the given direction and element type.
func ChanOf(dir ChanDir, t Type) Type {
	if dir != RecvDir && dir != SendDir && dir != BothDir {
		panic("reflect.ChanOf: invalid dir")
	}
	return toType(rtChanOf(int(dir), t.common().d))
}

// FuncOf returns the function type with the given argument and result types.
func FuncOf(in, out []Type, variadic bool) Type {
	if variadic && (len(in) == 0 || in[len(in)-1].Kind() != Slice) {
		panic("reflect.FuncOf: last arg of variadic func must be slice")
	}
	ins := make([]any, len(in))
	for i, t := range in {
		ins[i] = t.common().d
	}
	outs := make([]any, len(out))
	for i, t := range out {
		outs[i] = t.common().d
	}
	return toType(rtFuncOf(ins, outs, variadic))
}

// StructOf returns the struct type containing fields, with gc's checks. Its values are objects of
// a class generated at run time (gava.runtime.RStructOf) unless the program has the type; methods
// of embedded fields are not promoted.
func StructOf(fields []StructField) Type {
	n := len(fields)
	names, pkgPaths, tags := make([]string, n), make([]string, n), make([]string, n)
	types, embedded := make([]any, n), make([]bool, n)
	seen := map[string]bool{}
	pkgpath := ""
	for i, field := range fields {
		if field.Name == "" {
			panic("reflect.StructOf: field " + itoa(i) + " has no name")
		}
		if !isValidFieldName(field.Name) {
			panic("reflect.StructOf: field " + itoa(i) + " has invalid name")
		}
		if field.Type == nil {
			panic("reflect.StructOf: field " + itoa(i) + " has no type")
		}
		if field.Anonymous && field.PkgPath != "" {
			panic("reflect.StructOf: field \"" + field.Name + "\" is anonymous but has PkgPath set")
		}
		if field.IsExported() {
			if c := field.Name[0]; 'a' <= c && c <= 'z' || c == '_' {
				panic("reflect.StructOf: field \"" + field.Name + "\" is unexported but missing PkgPath")
			}
		}
		if field.PkgPath != "" {
			if pkgpath == "" {
				pkgpath = field.PkgPath
			} else if pkgpath != field.PkgPath {
				panic("reflect.Struct: fields with different PkgPath " + pkgpath + " and " + field.PkgPath)
			}
		}
		ft := field.Type
		if field.Anonymous && ft.Kind() == Pointer {
			if k := ft.Elem().Kind(); k == Pointer || k == Interface {
				panic("reflect.StructOf: illegal embedded field type " + ft.String())
			}
		}
		if seen[field.Name] && field.Name != "_" {
			panic("reflect.StructOf: duplicate field " + field.Name)
		}
		seen[field.Name] = true
		names[i], pkgPaths[i], tags[i] = field.Name, field.PkgPath, string(field.Tag)
		types[i], embedded[i] = ft.common().d, field.Anonymous
	}
	return toType(rtStructOf(names, pkgPaths, types, tags, embedded))
}

// isValidFieldName checks if a string is a valid (struct) field name or not:
// a letter or underscore followed by letters, digits and underscores.
func isValidFieldName(fieldName string) bool {
	for i, c := range fieldName {
		if i == 0 && !isLetter(c) {
			return false
		}
		if !(isLetter(c) || unicode.IsDigit(c)) {
			return false
		}
	}
	return len(fieldName) > 0
}

func isLetter(ch rune) bool {
	return 'a' <= ch && ch <= 'z' || 'A' <= ch && ch <= 'Z' || ch == '_' || ch >= utf8.RuneSelf && unicode.IsLetter(ch)
}

var _ unsafe.Pointer
