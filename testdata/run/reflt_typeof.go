package main

import "reflect"

type T struct {
	A int    `json:"a" xml:"aa"`
	b string
}

func (T) M()                  {}
func (*T) P(x int) string     { return "" }
func (T) m()                  {}

type E struct {
	*T
	X int
}

type I interface {
	M()
	m()
}

type G[X any] struct{ x X }

type MyInt int

func (MyInt) String() string { return "" }

func main() {
	vals := []any{1, int8(1), uint8(2), "s", 1.5, float32(1), true, 'x', uint(3), complex(1, 2),
		T{}, &T{}, E{}, &E{}, []byte{}, map[string]int{}, []T{}, [3]*T{}, make(chan int), make(<-chan []int),
		func(int, ...string) (bool, error) { return false, nil }, G[int]{}, G[T]{}, MyInt(3), (*I)(nil),
		struct {
			A int "x"
			B []string
		}{}, struct{}{}, (*error)(nil), (*any)(nil)}
	for _, v := range vals {
		t := reflect.TypeOf(v)
		println(t.String(), "|", t.Name(), "|", t.PkgPath(), "|", t.Kind().String(), t.Size(), t.Align(), t.NumMethod(), t.Comparable())
		switch t.Kind() {
		case reflect.Pointer, reflect.Slice, reflect.Array, reflect.Chan:
			println("  elem", t.Elem().String(), t.Elem().NumMethod())
		case reflect.Map:
			println("  key", t.Key().String(), "elem", t.Elem().String())
		case reflect.Func:
			println("  func", t.NumIn(), t.NumOut(), t.IsVariadic(), t.In(0).String(), t.Out(1).String())
		case reflect.Struct:
			for i := 0; i < t.NumField(); i++ {
				f := t.Field(i)
				println("  field", f.Name, f.PkgPath, f.Type.String(), string(f.Tag), f.Offset, f.Anonymous, f.Index[0])
			}
		}
		for i := 0; i < t.NumMethod(); i++ {
			m := t.Method(i)
			println("  method", m.Name, m.PkgPath, m.Type.String(), m.Index)
		}
	}
	tt := reflect.TypeOf(T{})
	f, _ := tt.FieldByName("A")
	println(f.Tag.Get("json"), f.Tag.Get("xml"), f.Tag.Get("none"))
	ef, ok := reflect.TypeOf(E{}).FieldByName("A")
	println(ef.Name, ok, len(ef.Index), ef.Index[0], ef.Index[1])
	it := reflect.TypeOf((*I)(nil)).Elem()
	errT := reflect.TypeOf((*error)(nil)).Elem()
	println(reflect.TypeOf(T{}).Implements(it), reflect.TypeOf(&T{}).Implements(it), reflect.TypeOf(E{}).Implements(it))
	println(reflect.TypeOf(MyInt(1)).Implements(errT), reflect.TypeOf(MyInt(1)).ConvertibleTo(reflect.TypeOf(1)), reflect.TypeOf(MyInt(1)).AssignableTo(reflect.TypeOf(1)))
	println(reflect.PtrTo(tt) == reflect.TypeOf(&T{}), reflect.SliceOf(tt) == reflect.TypeOf([]T{}), reflect.TypeOf(1) == reflect.TypeOf(2))
	println(reflect.MapOf(reflect.TypeOf(""), reflect.TypeOf(1)).String(), reflect.SliceOf(reflect.TypeOf(uint16(1))).String())
	println(reflect.ArrayOf(4, tt).String(), reflect.ChanOf(reflect.SendDir, tt).String())
	println(reflect.FuncOf([]reflect.Type{tt, reflect.TypeOf(1)}, []reflect.Type{reflect.TypeOf("")}, false).String())
	m, ok := reflect.TypeOf(&T{}).MethodByName("P")
	println(m.Name, ok, m.Type.String())
	println(reflect.TypeOf(1.5).Bits(), reflect.TypeOf(make(chan int)).ChanDir().String())
	println(reflect.TypeOf(nil) == nil)
}
