// reflect.StructOf: struct types made at run time, their values through reflect, fmt, encoding/json,
// ==, maps, pointers and interfaces; a StructOf type the program also declares is that same type.
package main

import (
	"encoding/json"
	"fmt"
	"reflect"
)

type Inner struct {
	X, Y int
}

func main() {
	t := reflect.StructOf([]reflect.StructField{
		{Name: "Name", Type: reflect.TypeOf(""), Tag: `json:"name"`},
		{Name: "Age", Type: reflect.TypeOf(int(0)), Tag: `json:"age,omitempty"`},
		{Name: "Small", Type: reflect.TypeOf(int8(0))},
		{Name: "F", Type: reflect.TypeOf(float64(0))},
		{Name: "In", Type: reflect.TypeOf(Inner{})},
		{Name: "Arr", Type: reflect.ArrayOf(3, reflect.TypeOf(uint16(0)))},
		{Name: "Tags", Type: reflect.TypeOf([]string(nil))},
		{Name: "hidden", PkgPath: "main", Type: reflect.TypeOf(true)},
	})
	fmt.Println(t)
	fmt.Println(t.Kind(), t.NumField(), t.Size(), t.Align(), t.Name() == "", t.Comparable())
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		fmt.Println(i, f.Name, f.Type, f.Offset, f.Tag.Get("json"), f.IsExported())
	}
	v := reflect.New(t).Elem()
	fmt.Printf("zero: %+v\n", v.Interface())
	v.Field(0).SetString("gopher")
	v.FieldByName("Age").SetInt(13)
	v.Field(2).SetInt(-5)
	v.Field(3).SetFloat(2.5)
	v.Field(4).Set(reflect.ValueOf(Inner{1, 2}))
	v.Field(5).Index(1).SetUint(7)
	v.Field(6).Set(reflect.ValueOf([]string{"a", "b"}))
	fmt.Printf("set:  %+v\n", v.Interface())
	fmt.Printf("%v\n", v.Addr().Interface())

	b, err := json.Marshal(v.Interface())
	fmt.Println(string(b), err)
	p := reflect.New(t)
	err = json.Unmarshal([]byte(`{"name":"json","age":3,"Small":100,"In":{"X":9},"Arr":[1,2,3]}`), p.Interface())
	fmt.Printf("%+v %v\n", p.Elem().Interface(), err)

	// copies are values: changing the copy leaves the original
	w := reflect.New(t).Elem()
	w.Set(v)
	w.Field(4).Field(0).SetInt(100)
	w.Field(5).Index(0).SetUint(1)
	fmt.Println(v.Field(4).Interface(), v.Field(5).Interface(), w.Field(4).Interface(), w.Field(5).Interface())

	// comparable StructOf types: == and map keys
	kt := reflect.StructOf([]reflect.StructField{
		{Name: "A", Type: reflect.TypeOf(0)},
		{Name: "B", Type: reflect.TypeOf("")},
	})
	k1 := reflect.New(kt).Elem()
	k1.Field(0).SetInt(1)
	k1.Field(1).SetString("x")
	k2 := reflect.New(kt).Elem()
	k2.Set(k1)
	fmt.Println(k1.Interface() == k2.Interface(), reflect.DeepEqual(k1.Interface(), k2.Interface()))
	k2.Field(0).SetInt(2)
	fmt.Println(k1.Interface() == k2.Interface())
	m := reflect.MakeMap(reflect.MapOf(kt, reflect.TypeOf(0)))
	m.SetMapIndex(k1, reflect.ValueOf(10))
	m.SetMapIndex(k2, reflect.ValueOf(20))
	k3 := reflect.New(kt).Elem()
	k3.Field(0).SetInt(1)
	k3.Field(1).SetString("x")
	fmt.Println(m.Len(), m.MapIndex(k3))

	// a slice of them
	s := reflect.MakeSlice(reflect.SliceOf(kt), 2, 2)
	s.Index(1).Field(1).SetString("second")
	fmt.Printf("%v %d\n", s.Interface(), s.Len())

	// the same type as a declared one: identical to it, values convert by assertion
	same := reflect.StructOf([]reflect.StructField{
		{Name: "X", Type: reflect.TypeOf(0)},
		{Name: "Y", Type: reflect.TypeOf(0)},
	})
	type XY = struct{ X, Y int }
	fmt.Println(same == reflect.TypeOf(XY{}), same.ConvertibleTo(reflect.TypeOf(Inner{})))
	xy := reflect.New(same).Elem()
	xy.Field(1).SetInt(4)
	fmt.Println(xy.Interface().(XY).Y, xy.Convert(reflect.TypeOf(Inner{})).Interface().(Inner))

	// gc's checks
	for _, fs := range [][]reflect.StructField{
		{{Name: "", Type: reflect.TypeOf(0)}},
		{{Name: "a", Type: reflect.TypeOf(0)}},
		{{Name: "A", Type: reflect.TypeOf(0)}, {Name: "A", Type: reflect.TypeOf(0)}},
		{{Name: "1x", Type: reflect.TypeOf(0)}},
		{{Name: "A"}},
		{{Name: "_", PkgPath: "main", Type: reflect.TypeOf(0)}, {Name: "_", PkgPath: "main", Type: reflect.TypeOf(0)}},
	} {
		func() {
			defer func() { fmt.Println("panic:", recover()) }()
			fmt.Println(reflect.StructOf(fs))
		}()
	}
	// nested StructOf types and an embedded field
	nt := reflect.StructOf([]reflect.StructField{
		{Name: "Inner", Type: reflect.TypeOf(Inner{}), Anonymous: true},
		{Name: "K", Type: kt},
		{Name: "P", Type: reflect.PtrTo(kt)},
	})
	fmt.Println(nt)
	nv := reflect.New(nt).Elem()
	nv.FieldByName("Y").SetInt(8)
	nv.Field(1).Set(k1)
	nv.Field(2).Set(k2.Addr())
	fmt.Printf("%+v %+v\n", nv.Field(0).Interface(), nv.Field(1).Interface())
	b, err = json.Marshal(nv.Interface())
	fmt.Println(string(b), err)
	e := reflect.StructOf(nil)
	fmt.Println(e, e.Size(), reflect.New(e).Elem().Interface())
}
