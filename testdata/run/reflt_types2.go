package main

// reflect's Type side: field lookup through embedded structs, struct tags, method sets with
// embedded interfaces, type relations, run-time made types, and the panics of misuse.

import "reflect"

type Inner struct {
	X, Y int
	Z    string `k:"v"`
}

type Other struct{ X int }

type Outer struct {
	Inner
	*Other
	Y   float64
	tag int `a:"1" b:"two words" c:"esc\"aped" d:"" e:bad f:"\u00e9\x41\101"`
}

type Shower interface{ Show() string }

type WithIface struct {
	Shower
	N int
}

type Named int

func (Named) Show() string { return "named" }

type Pair[K comparable, V any] struct {
	K K
	V V
}

type Celsius float64
type Fahrenheit float64

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			if s, ok := r.(string); ok {
				println(name, "panics:", s)
			} else {
				println(name, "panics (non-string)")
			}
		}
	}()
	f()
}

func field(t reflect.Type, name string) {
	f, ok := t.FieldByName(name)
	if !ok {
		println(t.String(), name, "not found")
		return
	}
	print(t.String(), " ", name, " -> ", f.Name, " ", f.Type.String(), " [")
	for i, x := range f.Index {
		if i > 0 {
			print(" ")
		}
		print(x)
	}
	println("]")
}

func main() {
	ot := reflect.TypeOf(Outer{})
	field(ot, "X") // ambiguous: Inner.X and Other.X at depth 1
	field(ot, "Y") // Outer.Y shadows Inner.Y
	field(ot, "Z")
	field(ot, "Other")
	field(ot, "missing")
	println(ot.FieldByIndex([]int{0, 2}).Name, ot.FieldByIndex([]int{1, 0}).Type.String())
	f, ok := ot.FieldByNameFunc(func(s string) bool { return s == "Z" || s == "tag" })
	println(f.Name, ok)

	tag := ot.Field(3).Tag
	for _, k := range []string{"a", "b", "c", "d", "e", "f", "zz"} {
		v, ok := tag.Lookup(k)
		println(k, "=", v, ok)
	}
	println(ot.Field(3).Name, ot.Field(3).PkgPath, ot.Field(3).IsExported(), ot.Field(0).IsExported(), ot.Field(3).Offset, ot.Size())

	wt := reflect.TypeOf(WithIface{})
	println(wt.NumMethod(), wt.Method(0).Name, wt.Method(0).Type.String())
	println(reflect.TypeOf(struct{ Named }{}).NumMethod(), reflect.TypeOf(struct{ Named }{}).String())
	st := reflect.TypeOf((*Shower)(nil)).Elem()
	println(st.String(), st.Kind().String(), st.NumMethod(), st.Method(0).Type.String())
	println(wt.Implements(st), reflect.TypeOf(Named(0)).Implements(st), reflect.TypeOf(0).Implements(st), st.Implements(st))

	pt := reflect.TypeOf(Pair[string, []int]{})
	println(pt.String(), pt.Name(), pt.Field(1).Type.String())
	type local struct{ A int }
	lt := reflect.TypeOf(local{})
	println(lt.String(), lt.Name(), lt.PkgPath())

	c, fa := reflect.TypeOf(Celsius(0)), reflect.TypeOf(Fahrenheit(0))
	println(c == fa, c.ConvertibleTo(fa), c.AssignableTo(fa), c.ConvertibleTo(reflect.TypeOf("")))
	str, bs, rs, i := reflect.TypeOf(""), reflect.TypeOf([]byte(nil)), reflect.TypeOf([]rune(nil)), reflect.TypeOf(0)
	println(str.ConvertibleTo(bs), bs.ConvertibleTo(str), rs.ConvertibleTo(str), i.ConvertibleTo(str), str.ConvertibleTo(i))
	println(reflect.TypeOf([]int(nil)).ConvertibleTo(reflect.TypeOf((*[3]int)(nil))), reflect.TypeOf(Named(0)).ConvertibleTo(st))
	bidi, recv := reflect.TypeOf(make(chan int)), reflect.TypeOf(make(<-chan int))
	println(bidi.AssignableTo(recv), recv.AssignableTo(bidi), bidi.ConvertibleTo(recv))
	println(reflect.TypeOf(struct{ A int }{}).AssignableTo(reflect.TypeOf(local{})), reflect.TypeOf(struct{ A int }{}).ConvertibleTo(reflect.TypeOf(local{})))

	pp := reflect.PointerTo(reflect.PointerTo(ot))
	println(pp.String(), pp.Elem().Elem() == ot, reflect.PtrTo(ot) == reflect.TypeOf(&Outer{}))
	m := reflect.MapOf(reflect.TypeOf(Named(0)), reflect.SliceOf(reflect.TypeOf(Inner{})))
	println(m.String(), m.Key().NumMethod(), m == reflect.MapOf(reflect.TypeOf(Named(0)), reflect.SliceOf(reflect.TypeOf(Inner{}))))
	a := reflect.ArrayOf(3, reflect.TypeOf(int16(0)))
	println(a.String(), a.Size(), a.Align(), a.Len(), a.Comparable())
	ch := reflect.ChanOf(reflect.RecvDir, reflect.ChanOf(reflect.BothDir, i))
	println(ch.String(), ch.ChanDir().String(), reflect.ChanOf(reflect.BothDir, reflect.ChanOf(reflect.RecvDir, i)).String())
	fn := reflect.FuncOf([]reflect.Type{i, reflect.SliceOf(str)}, []reflect.Type{bs, reflect.TypeOf((*error)(nil)).Elem()}, true)
	println(fn.String(), fn.NumIn(), fn.IsVariadic(), fn.Out(1).String())
	println(reflect.FuncOf(nil, nil, false).String(), reflect.FuncOf(nil, []reflect.Type{i}, false) == reflect.TypeOf(func() int { return 0 }))

	for _, v := range []any{int8(0), uint16(0), float32(0), complex64(0), complex128(0), uintptr(0)} {
		t := reflect.TypeOf(v)
		println(t.String(), t.Bits(), t.Size(), t.Align(), t.FieldAlign())
	}
	println(reflect.Kind(100).String(), reflect.Ptr == reflect.Pointer, reflect.ChanDir(0).String(), reflect.SendDir.String())

	try("Elem", func() { reflect.TypeOf(0).Elem() })
	try("Field", func() { reflect.TypeOf(0).Field(0) })
	try("NumIn", func() { reflect.TypeOf("").NumIn() })
	try("Key", func() { reflect.TypeOf([]int{}).Key() })
	try("Len", func() { reflect.TypeOf([]int{}).Len() })
	try("Bits", func() { reflect.TypeOf("").Bits() })
	try("ChanDir", func() { reflect.TypeOf(0).ChanDir() })
	try("MapOf", func() { reflect.MapOf(bs, i) })
	try("Implements nil", func() { i.Implements(nil) })
	try("Implements non-iface", func() { i.Implements(str) })
	try("Field range", func() { ot.Field(10) })
	try("FuncOf", func() { reflect.FuncOf([]reflect.Type{i}, nil, true) })
}
